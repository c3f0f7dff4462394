// Replays every saved fuzz finding (tests/fuzz/regressions/<target>/<file>) through the same code the fuzzer
// ran, with whatever compiler builds the tests: a crash found once can never come back unnoticed.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "fuzz_inputs.h"
#include "support/nonempty.h"

namespace fs = std::filesystem;

using fuzz::read_whole;

namespace {

// known_bugs.txt: "<target>/<file>  why", '#' comments.
std::set<std::string> known_bugs(const fs::path& root) {
    std::set<std::string> known;
    std::istringstream lines(read_whole(root / "known_bugs.txt"));
    std::string line;
    while (std::getline(lines, line)) {
        std::istringstream words(line);
        std::string entry;
        if (words >> entry && entry[0] != '#') known.insert(entry);
    }
    return known;
}

TEST(FuzzRegressions, EverySavedInputRunsCleanly) {
    const fs::path root = EXHIBIT_FUZZ_REGRESSIONS_DIR;
    const std::set<std::string> known = known_bugs(root);
    int replayed = 0;
    for (const auto& dir : NONEMPTY(fs::directory_iterator(root))) {
        if (!dir.is_directory()) continue;
        const std::string target = dir.path().filename().string();
        for (const auto& file : NONEMPTY(fs::directory_iterator(dir.path()))) {
            const std::string entry = target + "/" + file.path().filename().string();
            SCOPED_TRACE(entry);
            const std::string input = read_whole(file.path());
            if (known.count(entry)) {
                // Reported, not fixed yet: it must still fail as described, else its line has done its job.
                EXPECT_ANY_THROW(fuzz::run_target(target, input))
                    << "fixed? then remove " << entry << " from tests/fuzz/regressions/known_bugs.txt";
            } else {
                // A folder named after no target would silently replay nothing.
                EXPECT_TRUE(fuzz::run_target(target, input)) << "no fuzz target named " << target;
            }
            ++replayed;
        }
    }
    EXPECT_GT(replayed, 0);
}

// Each target takes the shipped file it replaces, and nonsense, without crashing: the harness itself works.
TEST(FuzzRegressions, EveryTargetRunsOnShippedAndBrokenInput) {
    for (const std::string& target : NONEMPTY(fuzz::target_names())) {
        SCOPED_TRACE(target);
        const std::string file = fuzz::replaced_file(target);
        const std::string shipped = file.empty() ? "{}" : read_whole(fs::path(EXHIBIT_SOURCE_ASSETS_DIR) / file);
        EXPECT_TRUE(fuzz::run_target(target, shipped));
        EXPECT_TRUE(fuzz::run_target(target, shipped.substr(0, shipped.size() / 2)));
        EXPECT_TRUE(fuzz::run_target(target, std::string("\0\xff{[\"", 6)));
    }
    EXPECT_FALSE(fuzz::run_target("no-such-target", ""));
}

}  // namespace
