#include "render/png_write.h"

#include <cstdint>
#include <cstring>
#include <utility>
#include <memory>
#include <vector>

#include <libdeflate.h>

#include "render/frame_memory.h"

namespace platform {
namespace {

void put_u32(std::string& out, std::uint32_t v) {
    const char b[4] = {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8),
                       static_cast<char>(v)};
    out.append(b, 4);
}

// A chunk: length, type, data, CRC of type and data.
void put_chunk(std::string& out, const char* type, const void* data, std::size_t size) {
    put_u32(out, static_cast<std::uint32_t>(size));
    const std::size_t start = out.size();
    out.append(type, 4);
    out.append(static_cast<const char*>(data), size);
    put_u32(out, libdeflate_crc32(0, out.data() + start, out.size() - start));
}

// out = cur - above, byte by byte (wrapping), sixteen bytes at a time: GCC and Clang turn the vector type into
// SSE2 or NEON, which the plain loop at -O2 did not (it was a third of the PNG's time).
void subtract_row(std::uint8_t* out, const std::uint8_t* cur, const std::uint8_t* above, std::size_t n) {
    typedef std::uint8_t Bytes16 __attribute__((vector_size(16)));
    std::size_t i = 0;
    for (; i + 16 <= n; i += 16) {
        Bytes16 a, b;
        std::memcpy(&a, cur + i, 16);
        std::memcpy(&b, above + i, 16);
        const Bytes16 d = a - b;
        std::memcpy(out + i, &d, 16);
    }
    for (; i < n; ++i) out[i] = static_cast<std::uint8_t>(cur[i] - above[i]);
}

// Every row filtered "Up" (the difference from the row above; the first row has none above): a screen is mostly
// flat colour, so most rows become runs of zeros that even the fastest level packs tightly. Cheaper than choosing a
// filter per row, and close to it in size for pictures like these. `h` rows of `w` RGBA pixels at `rgba` go to `out`
// as `channels` bytes a pixel (3: alpha left out), each row led by its filter byte. With 3 channels `out` may be
// `rgba` itself: each row is copied out before its filtered bytes are written, and those end where the next row
// begins at the latest ((3w + 1)(y + 1) <= 4w(y + 1)).
void filter_rows(const std::uint8_t* rgba, std::size_t w, std::size_t h, int channels, std::uint8_t* out) {
    const std::size_t row = w * static_cast<std::size_t>(channels);
    std::vector<std::uint8_t> above(row + 1, 0), current(row + 1);  // + 1: see the packing of RGB below
    for (std::size_t y = 0; y < h; ++y) {
        const std::uint8_t* pixels = rgba + y * w * 4;
        if (channels == 4) {
            std::memcpy(current.data(), pixels, row);
        } else {
            // Each pixel's four bytes copied to three bytes apart: the next pixel writes over this one's alpha
            // (the row has a byte to spare for the last). Fewer instructions than three byte copies.
            for (std::size_t x = 0; x < w; ++x) std::memcpy(current.data() + x * 3, pixels + x * 4, 4);
        }
        std::uint8_t* filtered = out + y * (row + 1);
        filtered[0] = y == 0 ? 0 : 2;  // None for the first row (nothing above it), then Up
        subtract_row(filtered + 1, current.data(), above.data(), row);  // above is zeros for the first row
        std::swap(above, current);
    }
}

struct CompressorFree {
    void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};

// The file around the filtered rows: signature, header, the rows compressed, end.
std::string png_file(const std::uint8_t* rows, std::size_t w, std::size_t h, int channels, int level) {
    std::string header;
    put_u32(header, static_cast<std::uint32_t>(w));
    put_u32(header, static_cast<std::uint32_t>(h));
    // 8 bits, RGB (2) or RGBA (6), deflate, adaptive filtering, no interlace
    header += std::string{'\x08', channels == 3 ? '\x02' : '\x06', '\x00', '\x00', '\x00'};

    const std::unique_ptr<libdeflate_compressor, CompressorFree> compressor(libdeflate_alloc_compressor(level));
    if (!compressor) return {};
    const std::size_t in_size = (w * static_cast<std::size_t>(channels) + 1) * h;
    const std::size_t bound = libdeflate_zlib_compress_bound(compressor.get(), in_size);
    std::unique_ptr<std::uint8_t[]> idat(new std::uint8_t[bound]);
    const std::size_t idat_size = libdeflate_zlib_compress(compressor.get(), rows, in_size, idat.get(), bound);
    if (idat_size == 0) return {};

    std::string png("\x89PNG\r\n\x1a\n", 8);
    put_chunk(png, "IHDR", header.data(), header.size());
    put_chunk(png, "IDAT", idat.get(), idat_size);
    put_chunk(png, "IEND", nullptr, 0);
    return png;
}

bool is_picture(const Pixels& p) {
    return p.width > 0 && p.height > 0 &&
           p.rgba.size() == static_cast<std::size_t>(p.width) * static_cast<std::size_t>(p.height) * 4;
}

}  // namespace

std::string png_bytes(const Pixels& pixels, int level) {
    if (!is_picture(pixels)) return {};
    const std::size_t w = static_cast<std::size_t>(pixels.width);
    const std::size_t h = static_cast<std::size_t>(pixels.height);
    // libdeflate compresses a whole buffer at once, so the filtered rows are gathered first.
    std::vector<std::uint8_t, FrameAllocator<std::uint8_t>> rows((w * 4 + 1) * h);
    filter_rows(pixels.rgba.data(), w, h, 4, rows.data());
    return png_file(rows.data(), w, h, 4, level);
}

std::string screen_png_bytes(Pixels&& screen, int level) {
    Pixels pixels = std::move(screen);  // ours now: its memory becomes the filtered rows
    if (!is_picture(pixels)) return {};
    const std::size_t w = static_cast<std::size_t>(pixels.width);
    const std::size_t h = static_cast<std::size_t>(pixels.height);
    filter_rows(pixels.rgba.data(), w, h, 3, pixels.rgba.data());
    return png_file(pixels.rgba.data(), w, h, 3, level);
}

}  // namespace platform
