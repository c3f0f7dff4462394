#include "modes/screenshot.h"

#include "window/display_screen.h"
#include "exhibit.h"
#include "render/image_file.h"
#include "loading/stage.h"
#include "replay/replay_driver.h"
#include "render/sdl_handles.h"

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
    // Declaration order is destruction order in reverse: the stage (fonts, textures, SDL_ttf) goes before the
    // renderer, the renderer before its surface.
    SurfacePtr surface(SDL_CreateRGBSurfaceWithFormat(0, spec.width, spec.height, 32, SDL_PIXELFORMAT_ARGB8888));
    if (!surface) return failed(error, std::string("surface: ") + SDL_GetError());
    RendererPtr renderer(SDL_CreateSoftwareRenderer(surface.get()));
    if (!renderer) return failed(error, std::string("software renderer: ") + SDL_GetError());
    Stage stage;
    std::string why;
    if (!open_stage(stage, renderer.get(), content->fonts, read_file, &why)) return failed(error, why);
    stage_content(stage, content, make_screen(spec.width, spec.height, spec.dpi), spec.exhibit);
    app::Exhibit& exhibit = stage.exhibit;
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
    render_display_list(stage.drawer, app::draw(exhibit));

    Pixels pixels;
    pixels.width = spec.width;
    pixels.height = spec.height;
    pixels.rgba.resize(static_cast<std::size_t>(spec.width) * static_cast<std::size_t>(spec.height) * 4);
    // Reading back also flushes SDL's batched drawing, and converts to the byte order PNG wants.
    if (SDL_RenderReadPixels(renderer.get(), nullptr, SDL_PIXELFORMAT_RGBA32, pixels.rgba.data(), spec.width * 4) !=
        0) {
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
