// The optional "picture" of a card (annotation, timeline event, map place, map story):
//   "picture": {"file": "pictures/….jpg", "caption": {"en": …, "ru": …, "pt": …}, "credit": "…"}
// Its file is opened through the ReadFile at load, so --check, the live preview and Reload all refuse a missing
// file, one that is not a PNG or JPEG, or one too large for a kiosk, each at the line where it is named.
#pragma once
#include <string>

#include "../read/json_fields.h"
#include "../picture.h"
#include "../read_file.h"

namespace app {

// Reads member "picture" of the object at `pointer`: an empty Picture when absent or wrong (each mistake reported).
Picture optional_picture(const JsonReport& report, const std::string& pointer, const ReadFile& read_file);

}  // namespace app
