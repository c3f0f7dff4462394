// A cheap first pass over JSON text, before nlohmann builds anything: how deep lists and groups nest, how long each
// text in quotes is, how many entries each list has. A file 100,000 brackets deep or a card holding a pasted book
// is refused here, at the line and column where it goes wrong, in one pass over the bytes; parsing, positions and
// layout never see it.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "content_limits.h"
#include "../problem.h"

namespace app {

// The first place where `text` (valid UTF-8) goes past `limits`, or nothing. Syntax is not checked here: the parser
// that follows does that, with its own messages.
std::optional<Problem> check_json_shape(std::string_view text, const std::string& file, const TextLimits& limits);

}  // namespace app
