#include "render/shaded_triangles.h"

#include <algorithm>
#include <cstring>

namespace platform {
namespace {

bool same_corners(const SDL_Vertex* a, const SDL_Vertex* b) {
    for (int i = 0; i < 3; ++i) {
        if (a[i].position.x != b[i].position.x || a[i].position.y != b[i].position.y) return false;
        if (std::memcmp(&a[i].color, &b[i].color, sizeof(SDL_Color)) != 0) return false;
    }
    return true;
}

// The triangle's colours on a transparent texture of its box, drawn by SDL's own rasteriser without blending: what
// SDL_SW_FillTriangle puts in its temporary surface (ARGB8888 too).
TexturePtr colours_of(SDL_Renderer* renderer, const SDL_Vertex* corners, const SDL_Rect& box) {
    TexturePtr texture(SDL_CreateTexture(renderer, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET, box.w, box.h));
    if (!texture) return nullptr;
    SDL_Texture* before = SDL_GetRenderTarget(renderer);
    SDL_Rect clip{};
    const bool clipped = SDL_RenderIsClipEnabled(renderer);
    if (clipped) SDL_RenderGetClipRect(renderer, &clip);
    SDL_BlendMode blend = SDL_BLENDMODE_NONE;
    SDL_GetRenderDrawBlendMode(renderer, &blend);
    Uint8 r = 0, g = 0, b = 0, a = 0;
    SDL_GetRenderDrawColor(renderer, &r, &g, &b, &a);
    bool drawn = SDL_SetRenderTarget(renderer, texture.get()) == 0;
    if (drawn) {
        SDL_SetRenderDrawBlendMode(renderer, SDL_BLENDMODE_NONE);
        SDL_SetRenderDrawColor(renderer, 0, 0, 0, 0);
        SDL_RenderClear(renderer);
        // Moved by whole pixels: the corners are not negative and the box starts at their whole part, so x - box.x
        // is exact and cuts to the same whole pixel, less box.x.
        SDL_Vertex moved[3];
        for (int i = 0; i < 3; ++i) {
            moved[i] = corners[i];
            moved[i].position.x -= static_cast<float>(box.x);
            moved[i].position.y -= static_cast<float>(box.y);
        }
        drawn = SDL_RenderGeometry(renderer, nullptr, moved, 3, nullptr, 0) == 0;
    }
    SDL_SetRenderTarget(renderer, before);
    SDL_RenderSetClipRect(renderer, clipped ? &clip : nullptr);
    SDL_SetRenderDrawBlendMode(renderer, blend);
    SDL_SetRenderDrawColor(renderer, r, g, b, a);
    if (!drawn) return nullptr;
    SDL_SetTextureBlendMode(texture.get(), SDL_BLENDMODE_BLEND);
    return texture;
}

}  // namespace

std::size_t kept_pixels(const ShadedTriangleCache& cache) {
    std::size_t pixels = 0;
    for (const ShadedTriangle& e : cache.entries) pixels += static_cast<std::size_t>(e.box.w) * e.box.h;
    return pixels;
}

bool draw_shaded_triangle(SDL_Renderer* renderer, ShadedTriangleCache& cache, const SDL_Vertex* a) {
    // SDL's temporary surface is ARGB8888 where the target has no alpha (a window's surface under X11), or the
    // target's own format (a screenshot's ARGB8888 surface): the texture must be that format for the same blitter.
    if (SDL_Window* window = SDL_RenderGetWindow(renderer)) {
        const Uint32 format = SDL_GetWindowPixelFormat(window);
        if (SDL_ISPIXELFORMAT_ALPHA(format) && format != SDL_PIXELFORMAT_ARGB8888) return false;
    }
    int low_x = 0, low_y = 0, high_x = 0, high_y = 0;
    for (int i = 0; i < 3; ++i) {
        const SDL_FPoint& p = a[i].position;
        if (!(p.x >= 0 && p.y >= 0 && p.x < 16384 && p.y < 16384)) return false;
        const int x = static_cast<int>(p.x), y = static_cast<int>(p.y);
        low_x = i == 0 ? x : std::min(low_x, x);
        low_y = i == 0 ? y : std::min(low_y, y);
        high_x = i == 0 ? x : std::max(high_x, x);
        high_y = i == 0 ? y : std::max(high_y, y);
    }
    const SDL_Rect box{low_x, low_y, high_x - low_x, high_y - low_y};
    if (box.w <= 0 || box.h <= 0 || box.w * box.h < kShadedTriangleMinPixels) return false;
    auto found = std::find_if(cache.entries.begin(), cache.entries.end(),
                              [&](const ShadedTriangle& e) { return same_corners(e.corners, a); });
    if (found == cache.entries.end()) {
        auto& seen = cache.seen_once;
        auto before = std::find_if(seen.begin(), seen.end(), [&](const std::array<SDL_Vertex, 3>& corners) {
            return same_corners(corners.data(), a);
        });
        if (before == seen.end()) {
            seen.insert(seen.begin(), std::array<SDL_Vertex, 3>{a[0], a[1], a[2]});
            if (seen.size() > kShadedTrianglesKept) seen.pop_back();
            return false;
        }
        seen.erase(before);
        ShadedTriangle entry{{a[0], a[1], a[2]}, box, colours_of(renderer, a, box)};
        if (!entry.colours) return false;
        cache.entries.insert(cache.entries.begin(), std::move(entry));
        int out_w = 0, out_h = 0;
        SDL_GetRendererOutputSize(renderer, &out_w, &out_h);
        const auto budget = static_cast<std::size_t>(kShadedTrianglesScreenShare * out_w * out_h);
        while (cache.entries.size() > 1 && (cache.entries.size() > kShadedTrianglesKept || kept_pixels(cache) > budget))
            cache.entries.pop_back();
    } else {
        std::rotate(cache.entries.begin(), found, found + 1);
    }
    const ShadedTriangle& e = cache.entries.front();
    SDL_RenderCopy(renderer, e.colours.get(), nullptr, &e.box);
    return true;
}

}  // namespace platform
