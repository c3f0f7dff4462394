#include "render/surface_fill.h"

#include "render/surface_pixels.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace platform {
namespace {

bool whole_byte(Uint32 mask) { return mask == 0xFFu || mask == 0xFF00u || mask == 0xFF0000u || mask == 0xFF000000u; }

// The byte of a little- or big-endian pixel that `mask` selects, counted in memory order.
int byte_of(Uint32 mask) {
    int shift = 0;
    while (shift < 32 && ((mask >> shift) & 0xFFu) == 0) shift += 8;
#if SDL_BYTEORDER == SDL_LIL_ENDIAN
    return shift / 8;
#else
    return 3 - shift / 8;
#endif
}

// Pixels from which a row is left to SDL_FillRect.
constexpr int kWideRow = 256;

}  // namespace

bool fills_directly(const SDL_Surface* surface) {
    if (!surface || !surface->pixels || !surface->format || surface->format->BytesPerPixel != 4) return false;
    if ((surface->flags & SDL_RLEACCEL) != 0) return false;
    const SDL_PixelFormat& f = *surface->format;
    if (!whole_byte(f.Rmask) || !whole_byte(f.Gmask) || !whole_byte(f.Bmask)) return false;
    return f.Amask == 0 || whole_byte(f.Amask);
}

void blend_fill(SDL_Surface* surface, const SDL_Rect& area, SDL_Color colour) {
    if (area.w <= 0 || area.h <= 0) return;
    const SDL_PixelFormat& f = *surface->format;
    const unsigned a = colour.a;
    const unsigned keep = 255 - a;
    // Per byte of a pixel, in memory order: what the old value is multiplied by, and what is added. The byte no
    // channel uses (XRGB) ends 0, as SDL leaves it.
    std::uint16_t times[4] = {0, 0, 0, 0};
    std::uint16_t plus[4] = {0, 0, 0, 0};
    auto channel = [&](Uint32 mask, unsigned premultiplied) {
        times[byte_of(mask)] = static_cast<std::uint16_t>(keep);
        plus[byte_of(mask)] = static_cast<std::uint16_t>(premultiplied);
    };
    channel(f.Rmask, divide_by_255(colour.r * a));
    channel(f.Gmask, divide_by_255(colour.g * a));
    channel(f.Bmask, divide_by_255(colour.b * a));
    if (f.Amask != 0) channel(f.Amask, a);

    // Two pixels at a time as eight 16-bit lanes: GCC and Clang make SSE2 or NEON of it (the plain loop at -O2 stays
    // a byte at a time; SDL's a pixel at a time, three times slower).
    PixelLanes times_v, plus_v;
    for (int i = 0; i < 8; ++i) {
        times_v[i] = times[i % 4];
        plus_v[i] = plus[i % 4];
    }
    for (int y = area.y; y < area.y + area.h; ++y) {
        std::uint8_t* p = reinterpret_cast<std::uint8_t*>(row_of(surface, y) + area.x);
        const std::size_t bytes = static_cast<std::size_t>(area.w) * 4;
        std::size_t i = 0;
        for (; i + 8 <= bytes; i += 8) {
            PixelBytes in;
            std::memcpy(&in, p + i, 8);
            const PixelLanes out = divide_by_255(__builtin_convertvector(in, PixelLanes) * times_v) + plus_v;
            const PixelBytes packed = __builtin_convertvector(out, PixelBytes);
            std::memcpy(p + i, &packed, 8);
        }
        for (; i < bytes; ++i) {
            const unsigned lane = static_cast<unsigned>(i % 4);
            p[i] = static_cast<std::uint8_t>(divide_by_255(p[i] * unsigned{times[lane]}) + plus[lane]);
        }
    }
}

void fill_rects(SDL_Surface* surface, const std::vector<SDL_Rect>& rows, SDL_Color colour) {
    const Uint32 pixel = SDL_MapRGBA(surface->format, colour.r, colour.g, colour.b, colour.a);
    // SDL_FillRect clips to the surface's clip, which holds whatever the renderer drew with last (it sets it anew
    // at its next drawing): the rows are within the surface already.
    SDL_SetClipRect(surface, nullptr);
    for (const SDL_Rect& r : rows) {
        if (r.w <= 0 || r.h <= 0) continue;
        // A wide row to SDL, whose fill streams past the cache and is faster there (the sea's rows: 0.23 ms a
        // screen against 0.6); the land's many short ones here, without its cost for each (1 ms against 4).
        if (r.w >= kWideRow) {
            SDL_FillRect(surface, &r, pixel);
            continue;
        }
        for (int y = r.y; y < r.y + r.h; ++y) std::fill_n(row_of(surface, y) + r.x, r.w, pixel);
    }
}

}  // namespace platform
