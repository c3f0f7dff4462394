#include "render/image_file.h"

#include <algorithm>
#include <climits>
#include <cstdio>
#include <cstring>
#include <utility>

#include <stb_image.h>
#include <stb_image_resize.h>

#include "content/read/content_limits.h"
#include "content/problem.h"
#include "render/png_write.h"

namespace platform {
namespace {

std::optional<Pixels> take_stb_pixels(unsigned char* data, int w, int h, std::string* error) {
    if (!data) {
        if (error) *error = stbi_failure_reason() ? stbi_failure_reason() : "cannot decode";
        return std::nullopt;
    }
    Pixels pixels;
    pixels.width = w;
    pixels.height = h;
    pixels.rgba.assign(data, data + static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4);
    stbi_image_free(data);
    return pixels;
}

}  // namespace

std::optional<Pixels> decode_image(const std::string& bytes, std::string* error) {
    if (bytes.empty() || bytes.size() > static_cast<std::size_t>(INT_MAX)) {
        if (error) *error = "empty or too large file";
        return std::nullopt;
    }
    int w = 0;
    int h = 0;
    int channels = 0;
    // The picture's size from its header, before decoding: a 50,000 x 50,000 PNG is a few KB and 10 GB decoded.
    const auto* raw = reinterpret_cast<const stbi_uc*>(bytes.data());
    if (stbi_info_from_memory(raw, static_cast<int>(bytes.size()), &w, &h, &channels) &&
        (w > app::kMaxPictureSide || h > app::kMaxPictureSide ||
         static_cast<std::size_t>(w) * static_cast<std::size_t>(h) > app::kMaxPicturePixels)) {
        if (error) {
            *error = "the picture is " + std::to_string(w) + " x " + std::to_string(h) +
                     " pixels, more than a picture may be (" + std::to_string(app::kMaxPictureSide) + " on a side, " +
                     app::format_count(app::kMaxPicturePixels) + " pixels in all)";
        }
        return std::nullopt;
    }
    unsigned char* data = stbi_load_from_memory(reinterpret_cast<const stbi_uc*>(bytes.data()),
                                                static_cast<int>(bytes.size()), &w, &h, &channels, 4);
    return take_stb_pixels(data, w, h, error);
}

std::optional<Pixels> read_png(const std::string& path, std::string* error) {
    int w = 0;
    int h = 0;
    int channels = 0;
    unsigned char* data = stbi_load(path.c_str(), &w, &h, &channels, 4);
    return take_stb_pixels(data, w, h, error);
}

namespace {

bool write_file(const std::string& path, const std::string& bytes) {
    if (bytes.empty()) return false;
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (!file) return false;
    const bool written = std::fwrite(bytes.data(), 1, bytes.size(), file) == bytes.size();
    return std::fclose(file) == 0 && written;
}

}  // namespace

bool write_png(const std::string& path, const Pixels& pixels, int level) {
    return write_file(path, png_bytes(pixels, level));
}

bool write_screen_png(const std::string& path, Pixels&& screen) {
    return write_file(path, screen_png_bytes(std::move(screen)));
}

std::string encode_png(const Pixels& pixels) { return png_bytes(pixels); }

Pixels fit_within(Pixels pixels, int max_width, int max_height) {
    if (pixels.width <= max_width && pixels.height <= max_height) return pixels;
    if (max_width <= 0 || max_height <= 0) return Pixels{};
    double scale =
        std::min(static_cast<double>(max_width) / pixels.width, static_cast<double>(max_height) / pixels.height);
    Pixels out;
    out.width = std::max(1, static_cast<int>(pixels.width * scale));
    out.height = std::max(1, static_cast<int>(pixels.height * scale));
    out.rgba.resize(static_cast<std::size_t>(out.width) * static_cast<std::size_t>(out.height) * 4);
    // Premultiplied-alpha aware resampling, so transparent edges do not bleed dark fringes.
    stbir_resize_uint8_srgb(pixels.rgba.data(), pixels.width, pixels.height, 0, out.rgba.data(), out.width, out.height,
                            0, 4, 3, 0);
    return out;
}

}  // namespace platform
