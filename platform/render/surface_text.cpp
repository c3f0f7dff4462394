#include "render/surface_text.h"

#include "render/surface_pixels.h"

#include <cstdint>
#include <cstring>

namespace platform {
namespace {

typedef std::uint32_t Pair __attribute__((vector_size(8)));  // two pixels

PixelLanes lanes_of(Pair pixels) {
    PixelBytes bytes;
    std::memcpy(&bytes, &pixels, 8);
    return __builtin_convertvector(bytes, PixelLanes);
}

// Two pixels of the line over two of the surface.
inline Pair blend_pair(Pair s, Pair d, std::uint16_t fade, Pair keep_mask) {
    const PixelLanes full = {255, 255, 255, 255, 255, 255, 255, 255};
    Pair coverage = s >> 24;  // each pixel's alpha in all four of its bytes
    coverage |= coverage << 8;
    coverage |= coverage << 16;
    const PixelLanes a = divide_by_255(lanes_of(coverage) * fade);
    const PixelLanes out = divide_by_255(lanes_of(s | 0xFF000000u) * a) + divide_by_255(lanes_of(d) * (full - a));
    const PixelBytes packed = __builtin_convertvector(out, PixelBytes);
    Pair result;
    std::memcpy(&result, &packed, 8);
    return result & keep_mask;
}

// SDL_Blit_ARGB8888_{RGB888,ARGB8888}_Modulate_Blend (SDL_blit_auto.c) for a line of one ink, modulated alpha and
// blending only: a = srcA * mod / 255; each colour channel src * a / 255 + dst * (255 - a) / 255; the alpha of an
// ARGB8888 surface a + dstA * (255 - a) / 255 (the same sum, with 255 for the source's channel), of an XRGB8888 one 0.
// Two pixels at a time in 16-bit lanes, which GCC and Clang make SSE2 or NEON of (SDL's goes a pixel at a time and
// divides).
void blend_modulated(SDL_Surface* surface, const SDL_Surface* line, const SDL_Rect& to, int from_x, int from_y,
                     std::uint32_t alpha) {
    const std::uint32_t kept_bits = surface->format->Amask != 0 ? 0xFFFFFFFFu : 0x00FFFFFFu;
    const Pair keep_mask = {kept_bits, kept_bits};
    const std::uint16_t fade = static_cast<std::uint16_t>(alpha);
    for (int row = 0; row < to.h; ++row) {
        const std::uint32_t* src = row_of(line, from_y + row) + from_x;
        std::uint32_t* dst = row_of(surface, to.y + row) + to.x;
        int i = 0;
        for (; i + 1 < to.w; i += 2) {
            Pair s, d;
            std::memcpy(&s, src + i, 8);
            std::memcpy(&d, dst + i, 8);
            if (((s[0] | s[1]) >> 24) == 0) {  // both transparent, as most of a line's box: only the unused byte
                const Pair cleared = d & keep_mask;
                if (cleared[0] != d[0] || cleared[1] != d[1]) std::memcpy(dst + i, &cleared, 8);
                continue;
            }
            const Pair blended = blend_pair(s, d, fade, keep_mask);
            std::memcpy(dst + i, &blended, 8);
        }
        if (i < to.w) {  // the last of an odd width, alone
            const Pair blended = blend_pair(Pair{src[i], 0}, Pair{dst[i], 0}, fade, keep_mask);
            dst[i] = blended[0];
        }
    }
}

bool argb8888_or_xrgb8888(const SDL_Surface* s) {
    return s->format->format == SDL_PIXELFORMAT_ARGB8888 || s->format->format == SDL_PIXELFORMAT_RGB888;
}

}  // namespace

void draw_text_line(SDL_Surface* surface, SDL_Surface* line, int x, int y, const SDL_Rect& clip, Uint8 alpha) {
    if (alpha == 0) return;
    const bool own = alpha < 255 && line->format->format == SDL_PIXELFORMAT_ARGB8888 && argb8888_or_xrgb8888(surface) &&
                     (line->flags & SDL_RLEACCEL) == 0;
    if (!own) {
        // SDL_BlitSurface clips to the surface's clip, which holds whatever the renderer drew with last.
        SDL_SetClipRect(surface, &clip);
        SDL_SetSurfaceAlphaMod(line, alpha);
        SDL_Rect dest{x, y, line->w, line->h};
        SDL_BlitSurface(line, nullptr, surface, &dest);
        SDL_SetSurfaceAlphaMod(line, 255);
        return;
    }
    SDL_Rect bounds{0, 0, surface->w, surface->h};
    SDL_Rect to{x, y, line->w, line->h};
    if (!SDL_IntersectRect(&bounds, &clip, &bounds) || !SDL_IntersectRect(&to, &bounds, &to)) return;
    blend_modulated(surface, line, to, to.x - x, to.y - y, alpha);
}

}  // namespace platform
