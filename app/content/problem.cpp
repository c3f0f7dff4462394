#include "problem.h"

#include <algorithm>

namespace app {

std::string format_problem(const Problem& problem) {
    std::string out = problem.file;
    if (problem.line > 0) {
        out += ":" + std::to_string(problem.line);
        if (problem.column > 0) out += ":" + std::to_string(problem.column);
    }
    out += problem.warning ? ": warning: " : ": error: ";
    out += problem.message;
    return out;
}

bool has_errors(const std::vector<Problem>& problems) {
    return std::any_of(problems.begin(), problems.end(), [](const Problem& p) { return !p.warning; });
}

}  // namespace app
