// Whether the bytes of a text file are text the exhibit can read: UTF-8, with no NUL bytes. Files saved as UTF-16
// or UTF-32 (Windows Notepad's "Unicode"), in an 8-bit encoding, cut short inside a character, or damaged are
// named as such, at their line and column, with what to do: nlohmann's messages for these say nothing a curator
// can act on.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "../problem.h"

namespace app {

// The first problem of encoding in `bytes` (a file's whole content), or nothing when it is clean UTF-8.
// An empty file is a problem too: no content file may be empty, and an interrupted copy leaves them so.
std::optional<Problem> check_text_encoding(std::string_view bytes, const std::string& file);

// The text without a leading UTF-8 byte order mark, which some editors write and which is accepted silently.
std::string_view without_utf8_bom(std::string_view bytes);

}  // namespace app
