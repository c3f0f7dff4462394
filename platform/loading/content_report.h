// Content problems on stderr, in the file:line:column form editors can jump to.
#pragma once
#include <ostream>
#include <string>
#include <vector>

#include "content/problem.h"

namespace platform {

// Every error (and, with `list_warnings`, every warning) on its own line, then a one-line summary naming the
// folder ("... 2 errors, 1 warning"). Warnings are for curators running --check, not for every kiosk start.
void print_problems(const std::vector<app::Problem>& problems, const std::string& assets_dir, bool list_warnings,
                    std::ostream& out);

}  // namespace platform
