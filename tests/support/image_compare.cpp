#include "support/image_compare.h"

#include <cstdlib>

namespace platform {
namespace {

bool differs(const std::uint8_t* a, const std::uint8_t* b, int tolerance) {
    for (int c = 0; c < 4; ++c) {
        if (std::abs(int(a[c]) - int(b[c])) > tolerance) return true;
    }
    return false;
}

}  // namespace

ImageComparison compare_images(const Pixels& actual, const Pixels& expected, const ImageTolerance& tolerance) {
    ImageComparison result;
    result.same_size = actual.width == expected.width && actual.height == expected.height &&
                       actual.rgba.size() == expected.rgba.size();
    if (!result.same_size) return result;
    result.total_pixels = static_cast<std::size_t>(actual.width) * static_cast<std::size_t>(actual.height);
    for (std::size_t i = 0; i < result.total_pixels; ++i) {
        if (differs(&actual.rgba[i * 4], &expected.rgba[i * 4], tolerance.channel)) ++result.different_pixels;
    }
    result.matches = static_cast<double>(result.different_pixels) <=
                     tolerance.max_different_fraction * static_cast<double>(result.total_pixels);
    return result;
}

Pixels difference_image(const Pixels& actual, const Pixels& expected, int channel_tolerance) {
    if (actual.width != expected.width || actual.height != expected.height ||
        actual.rgba.size() != expected.rgba.size()) {
        return actual;
    }
    Pixels diff = actual;
    for (std::size_t i = 0; i + 3 < diff.rgba.size(); i += 4) {
        std::uint8_t* p = &diff.rgba[i];
        if (differs(&actual.rgba[i], &expected.rgba[i], channel_tolerance)) {
            p[0] = 255;
            p[1] = 0;
            p[2] = 0;
        } else {
            p[0] = static_cast<std::uint8_t>(p[0] / 3);
            p[1] = static_cast<std::uint8_t>(p[1] / 3);
            p[2] = static_cast<std::uint8_t>(p[2] / 3);
        }
        p[3] = 255;
    }
    return diff;
}

}  // namespace platform
