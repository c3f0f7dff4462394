// Numbers as text without <cstdio>: the same digits printf wrote, which the statistics' day keys, the CSV export's
// seconds, replay files and the chart's money labels depend on.
#include "text/number_text.h"

#include <gtest/gtest.h>

namespace app {
namespace {

TEST(NumberText, FixedDecimalsRoundAsPrintfDid) {
    EXPECT_EQ(fixed_decimals(3.0, 0), "3");
    EXPECT_EQ(fixed_decimals(2.25, 1), "2.2");  // 2.25 is exact in binary: to even, as printf
    EXPECT_EQ(fixed_decimals(0.35, 1), "0.3");  // 0.35 is a little under in binary
    EXPECT_EQ(fixed_decimals(12.5, 1), "12.5");
    EXPECT_EQ(fixed_decimals(0.123456, 5), "0.12346");
    EXPECT_EQ(fixed_decimals(-1.05, 1), "-1.1");
}

TEST(NumberText, ZeroPaddedCountsTheSign) {
    EXPECT_EQ(zero_padded(7, 2), "07");
    EXPECT_EQ(zero_padded(1935, 4), "1935");
    EXPECT_EQ(zero_padded(12345, 4), "12345");
    EXPECT_EQ(zero_padded(-1, 4), "-001");
}

TEST(NumberText, DigitsValueTakesDigitsOnly) {
    EXPECT_EQ(digits_value("0042"), 42);
    EXPECT_FALSE(digits_value(""));
    EXPECT_FALSE(digits_value("+42"));
    EXPECT_FALSE(digits_value(" 42"));
    EXPECT_FALSE(digits_value("4x"));
}

}  // namespace
}  // namespace app
