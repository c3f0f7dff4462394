// How much a content file may hold. Each limit is many times what the shipped content needs (in brackets) and far
// below what would make the exhibit slow, so a mistake such as a book pasted into a card is refused with a located
// message before any layout, shaping or decoding starts. assets/README.md ("Limits") and CURATORS.md state them.
#pragma once
#include <cstddef>

namespace app {

// Any one file, text or not (a font, a recording): the platform's reader refuses a larger file without reading it.
// (Largest shipped: a 0.5 MB recording; fonts up to 0.4 MB.)
constexpr std::size_t kMaxFileBytes = 32u << 20;

// A picture, from its header before it is decoded (4 bytes a pixel once decoded: 40 million pixels are 160 MB).
constexpr int kMaxPictureSide = 10'000;
constexpr std::size_t kMaxPicturePixels = 40'000'000;

// A picture in a card, checked at load from its file and header. Decoding briefly needs 4 bytes a pixel (24 million
// pixels: 96 MB on a 1 GB Raspberry Pi), then the picture is kept no larger than kPictureTextureSide on its longer
// side (2048 x 2048 x 4 = 16 MB), enough for a 1920 x 1080 screen zoomed in on. (A 6000 x 4000 photograph fits.)
constexpr std::size_t kMaxCardPictureBytes = 8u << 20;
constexpr int kMaxCardPictureSide = 8'000;
constexpr std::size_t kMaxCardPicturePixels = 24'000'000;
constexpr int kPictureTextureSide = 2048;

struct TextLimits {
    std::size_t max_bytes;       // the whole file
    int max_depth;               // lists [ ] and groups { } inside one another (JSON only)
    std::size_t max_text_chars;  // one text in quotes, or one paragraph of body.txt, in characters (code points)
    std::size_t max_list_items;  // entries of one list [ ] (JSON only)
};

// Curators' files: JSON and the telegram's body.txt. (Shipped: at most 65 KB, 6 levels, 2,239 bytes in one text,
// 84 entries in one list.)
constexpr TextLimits kCuratorTextLimits{1u << 20, 32, 10'000, 2'000};

// The generated borders (countries-1935.geojson), whose coordinate lists are long. (Shipped: 99 KB, 8 levels,
// 1,406 points in one ring.)
constexpr TextLimits kBordersLimits{8u << 20, 32, 10'000, 50'000};

}  // namespace app
