#include "modes/screenshot.h"

#include "window/display_screen.h"
#include "exhibit.h"
#include "render/image_file.h"
#include "render/render_display_list.h"
#include "replay/replay_driver.h"
#include "render/sdl_handles.h"
#include "text/text_measure_ttf.h"

namespace platform {
namespace {

std::optional<Pixels> failed(std::string* error, const std::string& message) {
    if (error) *error = message;
    return std::nullopt;
}

}  // namespace

std::optional<Pixels> render_screenshot(std::shared_ptr<const app::Content> content, const app::ReadFile& read_file,
                                        const ScreenshotSpec& spec, std::string* error) {
    if (!content) return failed(error, "no content");
    // Declaration order is destruction order in reverse: fonts and textures go before the renderer, the
    // renderer before its surface, SDL_ttf last.
    TtfLibrary ttf;
    if (!ttf.ok) return failed(error, std::string("SDL_ttf: ") + TTF_GetError());
    SurfacePtr surface(SDL_CreateRGBSurfaceWithFormat(0, spec.width, spec.height, 32, SDL_PIXELFORMAT_ARGB8888));
    if (!surface) return failed(error, std::string("surface: ") + SDL_GetError());
    RendererPtr renderer(SDL_CreateSoftwareRenderer(surface.get()));
    if (!renderer) return failed(error, std::string("software renderer: ") + SDL_GetError());

    std::shared_ptr<Fonts> fonts = make_fonts(content->fonts, read_file);
    DisplayListRenderer drawer;
    drawer.renderer = renderer.get();
    drawer.fonts = fonts;
    drawer.read_file = read_file;

    app::Exhibit exhibit = app::make_exhibit(content, make_screen(spec.width, spec.height, spec.dpi),
                                             make_text_measure(fonts), spec.exhibit);
    if (spec.replay.empty()) {
        app::settle(exhibit, spec.settle_s);
    } else {
        app::ReplayPlayer player{spec.replay};
        app::play_replay(player, exhibit);
    }
    if (spec.prepare) {
        spec.prepare(exhibit);
        app::settle(exhibit, spec.settle_s);
    }
    render_display_list(drawer, app::draw(exhibit));

    Pixels pixels;
    pixels.width = spec.width;
    pixels.height = spec.height;
    pixels.rgba.resize(static_cast<std::size_t>(spec.width) * static_cast<std::size_t>(spec.height) * 4);
    // Reading back also flushes SDL's batched drawing, and converts to the byte order PNG wants.
    if (SDL_RenderReadPixels(renderer.get(), nullptr, SDL_PIXELFORMAT_RGBA32, pixels.rgba.data(), spec.width * 4) != 0) {
        return failed(error, std::string("reading pixels: ") + SDL_GetError());
    }
    return pixels;
}

bool write_screenshot(const std::string& path, std::shared_ptr<const app::Content> content,
                      const app::ReadFile& read_file, const ScreenshotSpec& spec, std::string* error) {
    std::optional<Pixels> pixels = render_screenshot(std::move(content), read_file, spec, error);
    if (!pixels) return false;
    if (write_png(path, *pixels)) return true;
    if (error) *error = "cannot write " + path;
    return false;
}

}  // namespace platform
