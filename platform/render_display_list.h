// Draws an app::DisplayList on an SDL_Renderer. Holds the per-renderer caches (text, pictures, converted
// triangles) between frames; all are bounded.
#pragma once
#include <memory>
#include <vector>

#include <SDL.h>

#include "content/load_content.h"
#include "display_list.h"
#include "fonts.h"
#include "image_textures.h"
#include "text_textures.h"
#include "vertex_cache.h"

namespace platform {

// Must be destroyed before its SDL_Renderer (it owns textures of it).
struct DisplayListRenderer {
    SDL_Renderer* renderer = nullptr;  // not owned
    std::shared_ptr<Fonts> fonts;      // shared with the app's TextMeasure
    app::ReadFile read_file;           // for pictures
    TextTextureCache text{kTextCacheLimits};
    ImageTextureCache images{kImageCacheLimits};
    VertexCache triangles{kVertexCacheLimits};
    std::vector<SDL_Vertex> scratch;  // reused for rectangles and lines so a frame does not allocate
};

// Clears to the list's colour and draws its commands in order. Leaves the clip rectangle off, so whatever is
// drawn next (the overlay) is not clipped.
void render_display_list(DisplayListRenderer& target, const app::DisplayList& list);

// Drops every texture, e.g. after SDL_RENDER_DEVICE_RESET (textures are lost) or when fonts change.
void forget_textures(DisplayListRenderer& target);

}  // namespace platform
