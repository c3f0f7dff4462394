// Nested clip rectangles of a display list: each PushClip narrows the one around it.
#pragma once
#include <optional>
#include <vector>

#include <SDL.h>

#include "geometry.h"

namespace platform {

// The overlap of two rectangles; zero width/height when they do not overlap.
app::Rect intersect(app::Rect a, app::Rect b);

// The smallest whole-pixel rectangle covering `r`, as SDL_RenderSetClipRect wants it.
SDL_Rect covering_pixels(app::Rect r);

struct ClipStack {
    std::vector<app::Rect> rects;  // each already intersected with the one below
};

void push_clip(ClipStack& stack, app::Rect rect);
void pop_clip(ClipStack& stack);  // an unbalanced pop is ignored: content bugs must not crash a kiosk

// The clip in force, or nothing when drawing is unclipped.
std::optional<app::Rect> current_clip(const ClipStack& stack);

// True when the clip in force is empty, so every command can be skipped until the matching pop.
bool clips_everything(const ClipStack& stack);

}  // namespace platform
