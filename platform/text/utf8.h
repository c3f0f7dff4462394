// Just enough UTF-8 decoding for choosing a shaping script and for checking glyph coverage.
#pragma once
#include <string>
#include <string_view>

namespace platform {

// Code points of `text`; malformed sequences become U+FFFD rather than stopping, since curators' files
// are decoded for display, not validated here.
std::u32string decode_utf8(std::string_view text);

}  // namespace platform
