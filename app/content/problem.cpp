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

std::string format_count(std::size_t n) {
    std::string digits = std::to_string(n);
    for (std::size_t i = digits.size(); i > 3; i -= 3) digits.insert(i - 3, ",");
    return digits;
}

std::string format_megabytes(std::size_t bytes) {
    const std::size_t tenths = (bytes * 10 + (1u << 19)) >> 20;  // rounded to 0.1 MB
    if (tenths % 10 == 0) return std::to_string(tenths / 10) + " MB";
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " MB";
}

}  // namespace app
