// Putting a drawn frame on the screen, as little of it as changed.
#pragma once
#include <SDL.h>

#include "render/damage.h"
#include "render/render_display_list.h"

namespace platform {

// Where a window's renderer can keep the last frame: its own surface for SDL's software renderer, a canvas
// texture for a GPU renderer that can draw into textures, else nowhere.
FrameStore frame_store_for(SDL_Renderer* renderer);

// Shows what render_display_list (and any overlay after it) drew. A software renderer's surface goes to the
// window by the damaged rectangles only; a GPU renderer presents its whole back buffer, unless nothing changed.
void show_frame(const DisplayListRenderer& drawn, SDL_Window* window, const Damage& damage);

}  // namespace platform
