// A picture in memory: what screenshots return and golden tests compare.
#pragma once
#include <cstdint>
#include <vector>

#include "render/frame_memory.h"

namespace platform {

// Row-major, top row first, 4 bytes per pixel in the order R, G, B, A, no padding between rows.
struct Pixels {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t, FrameAllocator<std::uint8_t>> rgba;  // a screen's worth is big: see frame_memory.h

    const std::uint8_t* at(int x, int y) const { return &rgba[(static_cast<std::size_t>(y) * width + x) * 4]; }
    std::uint8_t* at(int x, int y) { return &rgba[(static_cast<std::size_t>(y) * width + x) * 4]; }
};

}  // namespace platform
