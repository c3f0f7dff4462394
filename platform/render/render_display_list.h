// Draws an app::DisplayList on an SDL_Renderer. Holds the per-renderer caches (text, pictures, converted
// triangles) between frames; all are bounded. Where the last frame's pixels are kept (a window's own surface, or a
// canvas texture), a frame redraws only what changed since (damage.h).
#pragma once
#include <memory>
#include <vector>

#include <SDL.h>

#include "content/load_content.h"
#include "render/damage.h"
#include "display_list.h"
#include "text/fonts.h"
#include "render/image_textures.h"
#include "render/shaded_triangles.h"
#include "text/text_textures.h"
#include "render/vertex_cache.h"

namespace platform {

// Where the last frame's pixels stay until the next frame, so that it can draw only what changed.
enum class FrameStore {
    None,    // nowhere: every frame is drawn whole (screenshots, proof sheets)
    Target,  // the renderer's own target keeps them: a software renderer on a window's surface
    Canvas,  // a screen-sized texture, copied to the screen each frame (GPU renderers, whose screen does not keep)
};

// Must be destroyed before its SDL_Renderer (it owns textures of it).
struct DisplayListRenderer {
    SDL_Renderer* renderer = nullptr;  // not owned
    std::shared_ptr<Fonts> fonts;      // shared with the app's TextMeasure
    app::ReadFile read_file;           // for pictures
    TextTextureCache text{kTextCacheLimits};
    ImageTextureCache images{kImageCacheLimits};
    VertexCache triangles{kVertexCacheLimits};
    ShadedTriangleCache shaded;              // software renderer only
    std::vector<SDL_Vertex> scratch;         // reused for rectangles and lines so a frame does not allocate
    std::vector<SDL_Rect> spans;             // reused for opaque triangles as rows of pixels (triangle_spans.h)
    std::vector<int> last_span_of_row;       // with `spans`: the row kept last on each line, to join the next to
    SDL_Renderer* software_asked = nullptr;  // the renderer `software` was found for
    bool software = false;                   // whether it is SDL's software renderer
    FrameStore store = FrameStore::None;
    // The software renderer's own surface (its target when no texture is), set by whoever made the renderer on it:
    // fills that SDL draws slowly are written straight into its pixels (surface_fill.h). Null: SDL draws them all.
    SDL_Surface* surface = nullptr;
    TexturePtr canvas;  // FrameStore::Canvas only
    Footprint last;     // what the store holds; empty (0x0) when it holds nothing to trust
};

// Puts the frame on the renderer's target, as if cleared to the list's colour and drawn in order: whole, or
// (with a frame store holding the last frame) only where it differs. Returns what changed, for the caller to show.
// Leaves the clip rectangle off and the screen as the target, so whatever is drawn next (the overlay) is not
// clipped and lands on the screen.
Damage render_display_list(DisplayListRenderer& target, const app::DisplayList& list);

// The next frame is drawn whole: the screen was drawn over (the overlay), exposed, or lost.
void forget_last_frame(DisplayListRenderer& target);

// Drops every texture, e.g. after SDL_RENDER_DEVICE_RESET (textures are lost) or when fonts change.
void forget_textures(DisplayListRenderer& target);

}  // namespace platform
