// SDL events -> app::InputEvent. Only translation; what a tap or a key means is app/'s business.
#pragma once
#include <optional>

#include <SDL.h>

#include "input.h"

namespace platform {

// How to turn an event's coordinates into the window pixels app/ works in.
struct PointerSpace {
    float width_px = 0;  // drawable size: finger positions arrive normalised to 0..1 of the window
    float height_px = 0;
    float px_per_point_x = 1;  // mouse positions arrive in window coordinates, which on HiDPI are not pixels
    float px_per_point_y = 1;
};

// The space of `window`: its size in points and the output size of its renderer (or the window size when it
// has none).
PointerSpace pointer_space_of(SDL_Window* window);

// The window an event belongs to (by its windowID), else `fallback`.
SDL_Window* window_of_event(const SDL_Event& event, SDL_Window* fallback);

// The app event for `event`, or nothing for events app/ does not take. Mouse events SDL synthesises from touch
// (which == SDL_TOUCH_MOUSEID) are dropped, since the finger events already carry them; mouse motion counts
// only while the left button is held.
std::optional<app::InputEvent> translate_event(const SDL_Event& event, const PointerSpace& space);

}  // namespace platform
