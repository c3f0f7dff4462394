#include "render/image_textures.h"

#include <algorithm>
#include <iostream>

#include "content/read/content_limits.h"
#include "render/image_file.h"

namespace platform {
namespace {

TexturePtr make_texture(SDL_Renderer* renderer, const Pixels& pixels) {
    SurfacePtr surface(SDL_CreateRGBSurfaceWithFormatFrom(const_cast<std::uint8_t*>(pixels.rgba.data()), pixels.width,
                                                          pixels.height, 32, pixels.width * 4, SDL_PIXELFORMAT_RGBA32));
    if (!surface) return nullptr;
    TexturePtr texture(SDL_CreateTextureFromSurface(renderer, surface.get()));
    if (texture) {
        SDL_SetTextureBlendMode(texture.get(), SDL_BLENDMODE_BLEND);
        SDL_SetTextureScaleMode(texture.get(), SDL_ScaleModeLinear);  // pictures are drawn scaled
    }
    return texture;
}

}  // namespace

const ImageTexture* image_texture(ImageTextureCache& cache, SDL_Renderer* renderer, const app::ReadFile& read_file,
                                  const std::string& path) {
    if (const ImageTexture* cached = cache.find(path)) return cached;

    ImageTexture result;
    std::string error;
    std::optional<std::string> bytes = read_file ? read_file(path).bytes : std::nullopt;
    std::optional<Pixels> pixels = bytes ? decode_image(*bytes, &error) : std::nullopt;
    if (!bytes) error = "file not found";
    if (pixels) {
        // Kept at a bounded size (app::kPictureTextureSide, 16 MB at most), smaller still where the renderer's
        // textures are: the full decode is freed at once, so a kiosk holds a few pictures, not a few photographs.
        int max_w = app::kPictureTextureSide, max_h = app::kPictureTextureSide;
        SDL_RendererInfo info{};
        if (SDL_GetRendererInfo(renderer, &info) == 0 && info.max_texture_width > 0 && info.max_texture_height > 0) {
            max_w = std::min(max_w, info.max_texture_width);
            max_h = std::min(max_h, info.max_texture_height);
        }
        pixels = fit_within(std::move(*pixels), max_w, max_h);
        result.texture = make_texture(renderer, *pixels);
        result.width = pixels->width;
        result.height = pixels->height;
        if (!result.texture) error = SDL_GetError();
    }
    if (!result.texture) std::cerr << "exhibit: cannot show picture " << path << ": " << error << "\n";
    std::size_t bytes_used = result.texture ? static_cast<std::size_t>(result.width) * result.height * 4 : 0;
    return &cache.insert(path, std::move(result), bytes_used);
}

}  // namespace platform
