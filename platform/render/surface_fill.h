// Fills written straight into the pixels of a software renderer's own surface, where SDL's are slow: a translucent
// rectangle (SDL blends it a pixel at a time, 3.3 ms for the view's fade over a 1080p screen) and the thousands of
// short rows of an opaque shape (SDL spends some 40 ns on each before it fills a pixel). The pixels come out as SDL's
// own would: the same arithmetic, tested against SDL_BlendFillRect and SDL_FillRects.
//
// The caller flushes SDL's queue first (SDL_RenderFlush), so that what was drawn before is already in the pixels,
// and clips the rectangles itself.
#pragma once
#include <vector>

#include <SDL.h>

namespace platform {

// Whether these fills can draw on `surface`: 32 bits a pixel, each channel a whole byte (ARGB8888, XRGB8888 and
// their orders), its pixels in memory (not RLE-encoded).
bool fills_directly(const SDL_Surface* surface);

// `colour` blended over `area` (within the surface) as SDL_BLENDMODE_BLEND does it: each channel becomes
// dst * (255 - a) / 255 + c * a / 255 in integers; a surface without alpha gets 0 in its unused byte, as from SDL.
void blend_fill(SDL_Surface* surface, const SDL_Rect& area, SDL_Color colour);

// Every rectangle of `rows` (within the surface) filled with `colour`, opaque.
void fill_rects(SDL_Surface* surface, const std::vector<SDL_Rect>& rows, SDL_Color colour);

}  // namespace platform
