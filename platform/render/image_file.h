// Image files <-> Pixels: stb_image reads PNG and JPEG, png_write writes PNG.
#pragma once
#include <optional>
#include <string>

#include "render/pixels.h"
#include "render/png_write.h"

namespace platform {

// Decodes PNG or JPEG bytes; nothing (and `error` set, if given) when they are not a picture stb understands.
std::optional<Pixels> decode_image(const std::string& bytes, std::string* error = nullptr);

std::optional<Pixels> read_png(const std::string& path, std::string* error = nullptr);

// `level` as in png_write.h: fast unless the file is kept (golden images).
bool write_png(const std::string& path, const Pixels& pixels, int level = kPngFast);
// A screenshot: RGB, and the pixels are taken (see screen_png_bytes).
bool write_screen_png(const std::string& path, Pixels&& screen);

// The PNG file's bytes (empty when `pixels` is not a picture): for pictures made in memory, as tests make them.
std::string encode_png(const Pixels& pixels);

// A smaller copy that fits in max_width x max_height with the same aspect ratio (or the picture itself when it
// already fits): renderers refuse textures past their maximum size, and curators scan at 600 dpi.
Pixels fit_within(Pixels pixels, int max_width, int max_height);

}  // namespace platform
