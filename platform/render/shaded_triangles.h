// Large translucent triangles whose corners differ in colour (the telegram's fade at the foot of the page), drawn on
// SDL's software renderer from a texture of their colours kept between frames. SDL draws such a triangle by filling
// a temporary surface as large as its bounding box, four divisions a pixel for the colour, and blending that in:
// the fade's two triangles, each the width of the screen, cost 2 to 9 ms of every whole telegram frame at 1080p.
// The texture holds exactly what that temporary surface would (the same rasteriser, moved by whole pixels), and is
// blended in by the same blitter, so the pixels are the same.
#pragma once
#include <array>
#include <vector>

#include <SDL.h>

#include "render/sdl_handles.h"

namespace platform {

struct ShadedTriangle {
    SDL_Vertex corners[3];
    SDL_Rect box{};  // the pixels SDL would consider: whole corners, the last row and column left out
    TexturePtr colours;
};

// The few shaded triangles drawn lately, most recent first; and the corners of those drawn once only, which get a
// texture when they come again. A fade that changes every frame (the page scrolled to its end) is then left to SDL
// rather than paying for a texture each frame.
struct ShadedTriangleCache {
    std::vector<ShadedTriangle> entries;
    std::vector<std::array<SDL_Vertex, 3>> seen_once;
};

// The pixels the kept textures hold together (4 bytes each).
std::size_t kept_pixels(const ShadedTriangleCache& cache);

constexpr std::size_t kShadedTrianglesKept = 8;
// And at most a screen of pixels between them (the fade's two triangles take 14 %, 1.2 MB at 1080p): each texture is
// its triangle's whole box, so eight screen-wide ones could otherwise hold several screens at 4K.
constexpr double kShadedTrianglesScreenShare = 1.0;
constexpr int kShadedTriangleMinPixels = 16 * 1024;  // smaller ones are cheap enough as SDL draws them

// Draws the triangle a..a+2 as SDL_RenderGeometry would with blending on, through the cache. Returns false, having
// drawn nothing, when it is not worth keeping (small, or partly left or above the screen: SDL cuts corners towards
// zero, so only there does moving by whole pixels keep the same pixels) or not seen before; the caller then leaves
// it to SDL.
bool draw_shaded_triangle(SDL_Renderer* renderer, ShadedTriangleCache& cache, const SDL_Vertex* a);

}  // namespace platform
