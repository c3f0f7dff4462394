// Content pictures (PNG, JPEG) as textures, loaded through the assets reader and cached by path.
#pragma once
#include <string>

#include "content/load_content.h"
#include "render/lru_cache.h"
#include "render/sdl_handles.h"

namespace platform {

// `texture` is null when the file is missing or not a picture; cached so it is reported once.
struct ImageTexture {
    TexturePtr texture;
    int width = 0;
    int height = 0;
};

// A handful of pictures on screen at once, each at most 2048 x 2048 (16 MB) once shrunk.
constexpr CacheLimits kImageCacheLimits{24, 192u << 20};

using ImageTextureCache = LruCache<std::string, ImageTexture>;

// The texture for the picture at `path` (relative to the assets folder), shrunk to fit the renderer's maximum
// texture size if needed. The pointer is valid until the next call.
const ImageTexture* image_texture(ImageTextureCache& cache, SDL_Renderer* renderer, const app::ReadFile& read_file,
                                  const std::string& path);

}  // namespace platform
