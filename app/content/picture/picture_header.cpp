#include "picture_header.h"

#include <cstdint>

namespace app {
namespace {

std::uint32_t byte_at(const std::string& b, std::size_t i) { return static_cast<unsigned char>(b[i]); }
std::uint32_t big_endian_16(const std::string& b, std::size_t i) { return byte_at(b, i) << 8 | byte_at(b, i + 1); }
std::uint32_t big_endian_32(const std::string& b, std::size_t i) {
    return big_endian_16(b, i) << 16 | big_endian_16(b, i + 2);
}

// PNG: the signature, then the IHDR chunk, whose first fields are width and height (PNG spec 11.2.2).
PictureHeader png_header(const std::string& b) {
    PictureHeader h;
    if (b.size() < 24 || b.compare(12, 4, "IHDR") != 0) {
        h.problem = "the PNG file is cut short or damaged (no IHDR header)";
        return h;
    }
    h.format = PictureHeader::Format::Png;
    const std::uint32_t w = big_endian_32(b, 16), ht = big_endian_32(b, 20);
    h.width = w > 0x7fffffffu ? 0 : static_cast<int>(w);
    h.height = ht > 0x7fffffffu ? 0 : static_cast<int>(ht);
    return h;
}

// JPEG: segments after the SOI marker until a start-of-frame (SOF0..SOF15 but not DHT C4, JPG C8, DAC CC), whose
// fields are precision, height, width (ITU T.81 B.2.2).
PictureHeader jpeg_header(const std::string& b) {
    PictureHeader h;
    std::size_t i = 2;
    while (i + 4 <= b.size()) {
        if (byte_at(b, i) != 0xFF) break;
        const std::uint32_t marker = byte_at(b, i + 1);
        if (marker == 0xFF) {  // fill byte
            ++i;
            continue;
        }
        if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {  // no length
            i += 2;
            continue;
        }
        const std::uint32_t length = big_endian_16(b, i + 2);
        if (length < 2) break;
        const bool start_of_frame =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (start_of_frame) {
            if (i + 9 > b.size()) break;
            h.format = PictureHeader::Format::Jpeg;
            h.height = static_cast<int>(big_endian_16(b, i + 5));
            h.width = static_cast<int>(big_endian_16(b, i + 7));
            return h;
        }
        if (marker == 0xD9 || marker == 0xDA) break;  // end of image, or scan data before any frame header
        i += 2 + length;
    }
    h.problem = "the JPEG file is cut short or damaged (no frame header giving its size)";
    return h;
}

}  // namespace

PictureHeader read_picture_header(const std::string& bytes) {
    static const std::string kPngSignature("\x89PNG\r\n\x1a\n", 8);
    if (bytes.compare(0, kPngSignature.size(), kPngSignature) == 0) return png_header(bytes);
    if (bytes.size() >= 3 && byte_at(bytes, 0) == 0xFF && byte_at(bytes, 1) == 0xD8 && byte_at(bytes, 2) == 0xFF)
        return jpeg_header(bytes);
    PictureHeader h;
    if (bytes.compare(0, 4, "GIF8") == 0) h.problem = "is a GIF; save it as PNG or JPEG";
    else if (bytes.compare(0, 4, "RIFF") == 0 && bytes.compare(8, 4, "WEBP") == 0)
        h.problem = "is a WebP picture; save it as PNG or JPEG";
    else if (bytes.compare(0, 2, "BM") == 0) h.problem = "is a BMP picture; save it as PNG or JPEG";
    else if (bytes.compare(0, 4, std::string("II*\0", 4)) == 0 || bytes.compare(0, 4, std::string("MM\0*", 4)) == 0)
        h.problem = "is a TIFF picture; save it as PNG or JPEG";
    else h.problem = "is not a PNG or JPEG picture";
    return h;
}

}  // namespace app
