#include "window/display_screen.h"

#include "options/options.h"

namespace platform {

app::Screen make_screen(int width_px, int height_px, float dpi) {
    app::Screen screen;
    screen.width_px = width_px;
    screen.height_px = height_px;
    screen.px_per_mm = dpi / 25.4f;
    return screen;
}

float display_dpi(SDL_Window* window, std::optional<float> override_dpi) {
    if (override_dpi) return *override_dpi;
    int display = window ? SDL_GetWindowDisplayIndex(window) : 0;
    float diagonal = 0;
    float horizontal = 0;
    float vertical = 0;
    if (display >= 0 && SDL_GetDisplayDPI(display, &diagonal, &horizontal, &vertical) == 0) {
        // Horizontal: the direction text runs in, and the one EDID sizes are most often right about.
        if (horizontal >= 40.0f && horizontal <= 1000.0f) return horizontal;
    }
    return kDefaultDpi;
}

}  // namespace platform
