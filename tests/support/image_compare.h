// Comparing a rendered picture with its golden image, with a tolerance for anti-aliasing differences.
#pragma once
#include <cstddef>

#include "render/pixels.h"

namespace platform {

struct ImageTolerance {
    int channel = 24;                       // a pixel differs when any channel differs by more than this
    double max_different_fraction = 0.005;  // the pictures match while at most this share of pixels differ
};

// The one rule for every golden picture (tests/golden/README.md): at most 0.5% of the pixels may differ by more
// than 24 in any channel, for anti-aliasing that differs slightly between machines. A picture of another size
// never matches.
inline constexpr ImageTolerance kGoldenTolerance{24, 0.005};

struct ImageComparison {
    bool same_size = false;
    std::size_t different_pixels = 0;
    std::size_t total_pixels = 0;
    bool matches = false;
};

ImageComparison compare_images(const Pixels& actual, const Pixels& expected, const ImageTolerance& tolerance = {});

// `actual` dimmed to a third, with every differing pixel in pure red: where to look, at a glance.
// Needs pictures of the same size (returns `actual` unchanged otherwise).
Pixels difference_image(const Pixels& actual, const Pixels& expected, int channel_tolerance);

}  // namespace platform
