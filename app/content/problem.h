// A mistake found in content, located precisely enough for a curator to fix it.
#pragma once
#include <string>
#include <vector>

namespace app {

// Where something was written in a content file (1-based; 0 when absent).
struct LineColumn {
    int line = 0;
    int column = 0;
};

struct Problem {
    std::string file;  // relative to the assets folder
    int line = 0;      // 1-based; 0 when the problem concerns the whole file
    int column = 0;    // 1-based; 0 when unknown
    std::string message;
    bool warning = false;  // warnings are listed but do not reject the content
};

// "telegram/telegram.json:12:5: error: ..." — the form compilers use, which editors can jump to.
std::string format_problem(const Problem& problem);

bool has_errors(const std::vector<Problem>& problems);

// A count as messages write it, with thousands separated: "5,000,000".
std::string format_count(std::size_t n);

// A file's size as messages write it: "5.2 MB" (MB of 1,048,576 bytes, as file managers count).
std::string format_megabytes(std::size_t bytes);

}  // namespace app
