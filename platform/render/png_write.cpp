#include "render/png_write.h"

#include <cstdint>
#include <cstring>

#include <zlib.h>

namespace platform {
namespace {

void put_u32(std::string& out, std::uint32_t v) {
    const char b[4] = {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8),
                       static_cast<char>(v)};
    out.append(b, 4);
}

// A chunk: length, type, data, CRC of type and data.
void put_chunk(std::string& out, const char* type, const std::string& data) {
    put_u32(out, static_cast<std::uint32_t>(data.size()));
    const std::size_t start = out.size();
    out.append(type, 4);
    out += data;
    const auto* crc_from = reinterpret_cast<const Bytef*>(out.data() + start);
    put_u32(out, static_cast<std::uint32_t>(crc32(0, crc_from, static_cast<uInt>(out.size() - start))));
}

}  // namespace

std::string png_bytes(const Pixels& pixels, int level) {
    const std::size_t w = static_cast<std::size_t>(pixels.width);
    const std::size_t h = static_cast<std::size_t>(pixels.height);
    if (pixels.width <= 0 || pixels.height <= 0 || pixels.rgba.size() != w * h * 4) return {};
    const std::size_t stride = w * 4;

    std::string header;
    put_u32(header, static_cast<std::uint32_t>(w));
    put_u32(header, static_cast<std::uint32_t>(h));
    header += std::string("\x08\x06\x00\x00\x00", 5);  // 8 bits, RGBA, deflate, adaptive filtering, no interlace

    z_stream z{};
    if (deflateInit(&z, level) != Z_OK) return {};
    std::string idat(deflateBound(&z, static_cast<uLong>((stride + 1) * h)), '\0');
    z.next_out = reinterpret_cast<Bytef*>(idat.data());
    z.avail_out = static_cast<uInt>(idat.size());
    // Every row filtered "Up" (the difference from the row above; the first row has none above): a screen is
    // mostly flat colour, so most rows become runs of zeros that even the fastest level packs tightly. Cheaper
    // than choosing a filter per row, and close to it in size for pictures like these.
    std::string row(stride + 1, '\0');
    bool ok = true;
    for (std::size_t y = 0; y < h && ok; ++y) {
        const std::uint8_t* cur = pixels.rgba.data() + y * stride;
        auto* out = reinterpret_cast<std::uint8_t*>(row.data());
        if (y == 0) {
            out[0] = 0;  // None
            std::memcpy(out + 1, cur, stride);
        } else {
            out[0] = 2;  // Up
            const std::uint8_t* above = cur - stride;
            for (std::size_t i = 0; i < stride; ++i) out[i + 1] = static_cast<std::uint8_t>(cur[i] - above[i]);
        }
        z.next_in = out;
        z.avail_in = static_cast<uInt>(row.size());
        ok = deflate(&z, y + 1 == h ? Z_FINISH : Z_NO_FLUSH) == (y + 1 == h ? Z_STREAM_END : Z_OK);
    }
    idat.resize(z.total_out);
    deflateEnd(&z);
    if (!ok) return {};

    std::string png("\x89PNG\r\n\x1a\n", 8);
    put_chunk(png, "IHDR", header);
    put_chunk(png, "IDAT", idat);
    put_chunk(png, "IEND", std::string());
    return png;
}

}  // namespace platform
