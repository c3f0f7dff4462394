// Which parts of the screen a new frame changes, found by comparing its display list with the last one drawn.
// A breathing underline or a typed character then costs the pixels it touches, not the whole screen.
//
// Every drawing command gets a key (a hash of what it draws and the clip it is drawn under) and the pixels it
// may touch. Commands whose key is in only one of the two frames are damage, where they were and where they are;
// commands in both stay put. A command drawn the same under another clip (a line of the telegram being typed, its
// clip a character wider each frame) damages only the pixels one clip shows and the other does not. Redrawing a damaged rectangle redraws, in order, every command that touches it, so
// whatever lies under or over a change comes out as a full redraw would draw it.
#pragma once
#include <cstdint>
#include <functional>
#include <vector>

#include <SDL.h>

#include "display_list.h"

namespace platform {

struct DrawnCommand {
    std::uint64_t key = 0;      // what it draws and the clip it is drawn under
    std::uint64_t content = 0;  // what it draws, whatever the clip
    SDL_Rect bounds{};          // the pixels it may touch, inside its clip and the screen; w or h 0 when none
};

// What one frame drew, enough to compare the next with. `commands` holds one entry per display-list command,
// clips included (with empty bounds), so entry i is command i.
struct Footprint {
    int width = 0;
    int height = 0;
    app::Color clear;
    std::vector<DrawnCommand> commands;
};

// The size a line of text takes on screen, as the renderer draws it (its texture); {0, 0} when it draws nothing.
using TextSize = std::function<SDL_Point(const app::Text&)>;

Footprint footprint_of(const app::DisplayList& list, int width, int height, const TextSize& text_size);

struct Damage {
    bool whole = true;            // redraw and show the whole screen
    std::vector<SDL_Rect> rects;  // otherwise these, disjoint or not; none when nothing changed
};

// The damage from `before` to `after`. Whole when the screen's size or colour changed, when commands that stayed
// were drawn in another order, or when the damage would cover most of the screen anyway.
Damage damage_between(const Footprint& before, const Footprint& after);

// True when `a` and `b` share a pixel.
bool overlaps(const SDL_Rect& a, const SDL_Rect& b);

}  // namespace platform
