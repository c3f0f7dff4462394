// What a picture file is, read from its first bytes: PNG or JPEG, and its size in pixels. Decoding is platform/'s
// (stb_image); app/ reads only the header, so --check, the live preview and Reload refuse a file that is not a
// picture, or one too large to decode on a Raspberry Pi, without spending the memory to find out.
#pragma once
#include <string>

namespace app {

struct PictureHeader {
    enum class Format { None, Png, Jpeg };
    Format format = Format::None;
    int width = 0;
    int height = 0;
    std::string problem;  // when format is None or the size is unreadable: why, in a curator's words
};

PictureHeader read_picture_header(const std::string& bytes);

}  // namespace app
