// PNG encoding with libdeflate: screenshots, proof sheets and golden images.
#pragma once
#include <string>

#include "render/pixels.h"

namespace platform {

// The compressor's effort, 1 (fastest) to 12 (smallest). A screenshot is written once and read by a person or a
// test, so the default is fast: stb_image_write tried all five filters on every row and compressed at its highest
// effort, which was about half the time of `exhibit --screenshot` at 1920x1080; zlib at its fastest was still a
// third of it, libdeflate at its fastest compresses the same image about three times faster and a little smaller.
// Level 2, not 1: libdeflate 1.14's level 1 has a matchfinder of its own that is slow on long runs of zeros, which
// is most of a screen filtered "Up": on the golden screens at 1080p level 2 took 9-13 ms where level 1 took 16-23,
// and its files were the same size or smaller.
constexpr int kPngFast = 2;
constexpr int kPngSmallest = 12;  // for files kept in the repository (golden images)

// The PNG file's bytes for 8-bit RGBA `pixels`; empty when `pixels` is not a picture.
std::string png_bytes(const Pixels& pixels, int level = kPngFast);

// The same for a screen, which shows no alpha (the frame's alpha is whatever SDL's blending left, 251 here and
// there): written as RGB, a quarter less to filter, compress and store, and filtered where the pixels lie (they are
// taken), so that a 1080p screenshot needs no second 8 MB of fresh memory.
std::string screen_png_bytes(Pixels&& screen, int level = kPngFast);

}  // namespace platform
