// A small memory surface with SDL's software renderer, for drawing tests without any display.
#pragma once
#include <memory>
#include <ostream>

#include <gtest/gtest.h>

#include "render/pixels.h"
#include "render/render_display_list.h"
#include "render/sdl_handles.h"

namespace platform {

struct SoftwareCanvas {
    SurfacePtr surface;
    RendererPtr renderer;
    DisplayListRenderer drawer;  // declared last: its textures go before the renderer
    Damage damage;               // what the last draw changed

    // `direct_fills`: the drawer writes slow fills straight into the surface, as the exhibit's windows and
    // screenshots do (surface_fill.h); false: SDL draws everything, to compare with.
    SoftwareCanvas(int width, int height, bool direct_fills = true)
        : surface(SDL_CreateRGBSurfaceWithFormat(0, width, height, 32, SDL_PIXELFORMAT_ARGB8888)),
          renderer(surface ? SDL_CreateSoftwareRenderer(surface.get()) : nullptr) {
        drawer.renderer = renderer.get();
        if (direct_fills) drawer.surface = surface.get();
    }

    Pixels draw(const app::DisplayList& list) {
        damage = render_display_list(drawer, list);
        Pixels pixels;
        pixels.width = surface->w;
        pixels.height = surface->h;
        pixels.rgba.resize(static_cast<std::size_t>(pixels.width) * pixels.height * 4);
        EXPECT_EQ(
            SDL_RenderReadPixels(renderer.get(), nullptr, SDL_PIXELFORMAT_RGBA32, pixels.rgba.data(), pixels.width * 4),
            0);
        return pixels;
    }
};

inline app::Color rgb(std::uint8_t r, std::uint8_t g, std::uint8_t b) { return app::Color{r, g, b, 255}; }

inline app::Color pixel(const Pixels& p, int x, int y) {
    const std::uint8_t* q = p.at(x, y);
    return app::Color{q[0], q[1], q[2], q[3]};
}

inline std::ostream& operator<<(std::ostream& out, app::Color c) {
    return out << "rgba(" << int(c.r) << ',' << int(c.g) << ',' << int(c.b) << ',' << int(c.a) << ')';
}

}  // namespace platform

namespace app {
using platform::operator<<;  // so gtest prints colours readably
}
