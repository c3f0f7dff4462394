#include "support/image_compare.h"

#include <gtest/gtest.h>

namespace platform {
namespace {

// A 100x100 picture: grey background with a dark square at (x, y).
Pixels picture(int square_x, int square_y) {
    Pixels p;
    p.width = 100;
    p.height = 100;
    p.rgba.assign(100 * 100 * 4, 200);
    for (int y = square_y; y < square_y + 10; ++y) {
        for (int x = square_x; x < square_x + 10; ++x) {
            std::uint8_t* q = p.at(x, y);
            q[0] = q[1] = q[2] = 20;
        }
    }
    return p;
}

TEST(ImageCompare, IdenticalPicturesMatch) {
    ImageComparison c = compare_images(picture(10, 10), picture(10, 10));
    EXPECT_TRUE(c.same_size);
    EXPECT_EQ(c.different_pixels, 0u);
    EXPECT_EQ(c.total_pixels, 10000u);
    EXPECT_TRUE(c.matches);
}

TEST(ImageCompare, AShiftedRegionFails) {
    ImageComparison c = compare_images(picture(10, 10), picture(14, 10));
    EXPECT_EQ(c.different_pixels, 80u);  // 40 newly dark + 40 newly light
    EXPECT_FALSE(c.matches);             // 0.8% > 0.5%
}

TEST(ImageCompare, SmallChannelDifferencesAreTolerated) {
    Pixels a = picture(10, 10);
    Pixels b = a;
    for (std::uint8_t& v : b.rgba) v = static_cast<std::uint8_t>(v > 100 ? v - 24 : v + 24);  // exactly at the limit
    EXPECT_TRUE(compare_images(a, b).matches);
    EXPECT_EQ(compare_images(a, b).different_pixels, 0u);
    b.at(50, 50)[1] = static_cast<std::uint8_t>(a.at(50, 50)[1] - 25);  // one past it
    EXPECT_EQ(compare_images(a, b).different_pixels, 1u);
    EXPECT_TRUE(compare_images(a, b).matches);  // 1 of 10000 is within 0.5%
}

TEST(ImageCompare, FractionThresholdIsInclusive) {
    Pixels a = picture(10, 10);
    Pixels b = a;
    for (int x = 0; x < 50; ++x) b.at(x, 90)[0] = 0;  // exactly 0.5%
    EXPECT_TRUE(compare_images(a, b).matches);
    b.at(60, 90)[0] = 0;  // 51 pixels
    EXPECT_FALSE(compare_images(a, b).matches);
    EXPECT_TRUE(compare_images(a, b, ImageTolerance{24, 0.01}).matches);
}

TEST(ImageCompare, DifferentSizesNeverMatch) {
    Pixels small;
    small.width = 10;
    small.height = 10;
    small.rgba.assign(400, 200);
    ImageComparison c = compare_images(picture(0, 0), small);
    EXPECT_FALSE(c.same_size);
    EXPECT_FALSE(c.matches);
}

TEST(ImageCompare, DifferenceImageMarksChangesInRed) {
    Pixels diff = difference_image(picture(10, 10), picture(14, 10), 24);
    const std::uint8_t* changed = diff.at(11, 11);
    EXPECT_EQ(changed[0], 255);
    EXPECT_EQ(changed[1], 0);
    const std::uint8_t* same = diff.at(50, 50);
    EXPECT_EQ(same[0], 200 / 3);
    EXPECT_EQ(same[1], 200 / 3);
    EXPECT_EQ(same[3], 255);
}

}  // namespace
}  // namespace platform
