// The app::Screen for a drawing surface: its size in pixels and how many pixels make a millimetre.
#pragma once
#include <optional>

#include <SDL.h>

#include "screen.h"

namespace platform {

app::Screen make_screen(int width_px, int height_px, float dpi);

// DPI for `window`'s display: `override_dpi` if given, else what the display reports when plausible, else
// kDefaultDpi. TVs and projectors often report nonsense (or nothing) in their EDID, hence the range check
// and the --dpi option.
float display_dpi(SDL_Window* window, std::optional<float> override_dpi);

}  // namespace platform
