// Annotations: what a visitor learns by touching a phrase of the telegram.
#pragma once
#include <string>
#include <vector>

#include "../content.h"
#include "../load_content.h"

namespace app {

// Reads `file` and anchors each annotation to its phrase in `telegram`. Annotations whose phrase cannot be
// found are reported by id and phrase, so an edit of the text never silently detaches them.
std::vector<Annotation> load_annotations(const std::string& file, const ReadFile& read_file, const Telegram& telegram,
                                         std::vector<Problem>& problems);

}  // namespace app
