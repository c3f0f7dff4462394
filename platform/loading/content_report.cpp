#include "loading/content_report.h"

namespace platform {
namespace {

std::string count(std::size_t n, const char* noun) { return std::to_string(n) + " " + noun + (n == 1 ? "" : "s"); }

}  // namespace

void print_problems(const std::vector<app::Problem>& problems, const std::string& assets_dir, bool list_warnings,
                    std::ostream& out) {
    std::size_t warnings = 0;
    for (const app::Problem& problem : problems) {
        if (!problem.warning || list_warnings) out << app::format_problem(problem) << "\n";
        if (problem.warning) ++warnings;
    }
    std::size_t errors = problems.size() - warnings;
    if (problems.empty()) {
        out << "exhibit: content in " << assets_dir << " is fine\n";
    } else {
        out << "exhibit: content in " << assets_dir << ": " << count(errors, "error") << ", "
            << count(warnings, "warning") << (warnings > 0 && !list_warnings ? " (listed by --check)" : "") << "\n";
    }
}

}  // namespace platform
