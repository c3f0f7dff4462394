// NONEMPTY itself: it fails a loop over nothing, once, and lets a loop over something run over all of it, whether
// the range is named or a temporary. Runs in app_tests.
#include <vector>

#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>

#include "support/nonempty.h"

namespace {

std::vector<int> three() { return {1, 2, 3}; }

TEST(NonEmpty, ALoopOverNothingFails) {
    const std::vector<int> none;
    EXPECT_NONFATAL_FAILURE(
        {
            for (int v : NONEMPTY(none)) (void)v;
        },
        "none is empty");
}

TEST(NonEmpty, ALoopOverSomethingRunsOverAllOfIt) {
    const std::vector<int> named{4, 5};
    int sum = 0;
    for (int v : NONEMPTY(named)) sum += v;
    for (int v : NONEMPTY(three())) sum += v;  // a temporary, kept alive by the loop
    EXPECT_EQ(sum, 15);
}

}  // namespace
