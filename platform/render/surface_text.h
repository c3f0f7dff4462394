// Lines of text put straight onto a software renderer's own surface. A line fading in or out (a card opening, a
// language changing) is drawn with an alpha below 255, which SDL's software renderer blends through its generic
// blitter, a pixel at a time with divisions: some 3 ms a frame for a card's text at 1080p. Here the same arithmetic
// runs two pixels at a time and passes over the line's transparent pixels, most of its box: thirty lines of the
// telegram's type at half alpha take 1.4 ms where SDL takes 5.8. At full alpha SDL's own blitter (SIMD already, and
// a different one on each CPU) draws it, as before.
//
// The caller flushes SDL's queue first (SDL_RenderFlush), as for surface_fill.h.
#pragma once
#include <SDL.h>

namespace platform {

// `line` (as SDL_ttf renders it: ARGB8888, blended) drawn with its top-left corner at `x`, `y` on `surface`, within
// `clip`, faded to `alpha`: the pixels SDL_BlitSurface gives with the line's alpha modulated to `alpha`.
void draw_text_line(SDL_Surface* surface, SDL_Surface* line, int x, int y, const SDL_Rect& clip, Uint8 alpha);

}  // namespace platform
