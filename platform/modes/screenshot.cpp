#include "modes/screenshot.h"

#include <cstdint>
#include <cstring>
#include <utility>

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

// SDL's ARGB8888 in memory (B, G, R, A on a little-endian machine) to the R, G, B, A of Pixels, in place: red and
// blue change places, four pixels at a time (GCC and Clang make SSE2 or NEON of the vector type).
void argb_to_rgba_in_place(std::uint8_t* bytes, std::size_t pixel_count) {
    static_assert(SDL_BYTEORDER == SDL_LIL_ENDIAN, "ARGB8888 is B, G, R, A in memory only on little-endian machines");
    typedef std::uint32_t Four __attribute__((vector_size(16)));
    std::size_t i = 0;
    for (; i + 4 <= pixel_count; i += 4) {
        Four v;
        std::memcpy(&v, bytes + i * 4, 16);
        v = (v & 0xFF00FF00u) | ((v & 0xFFu) << 16) | ((v >> 16) & 0xFFu);
        std::memcpy(bytes + i * 4, &v, 16);
    }
    for (; i < pixel_count; ++i) std::swap(bytes[i * 4], bytes[i * 4 + 2]);
}

// Draws the exhibit as `spec` asks into `pixels` (already sized): the software renderer draws in their memory
// directly, as ARGB8888 (SDL's own blitters for it, so every pixel is what reading back an ARGB8888 surface gave),
// which is then put in PNG's byte order where it lies: no read-back, no second copy of the screen. Returns why it
// could not, or nothing.
std::string draw_screenshot(Pixels& pixels, std::shared_ptr<const app::Content> content, const app::ReadFile& read_file,
                            const ScreenshotSpec& spec) {
    {
        // Declaration order is destruction order in reverse: the stage (fonts, textures, SDL_ttf) goes before the
        // renderer, the renderer before its surface.
        SurfacePtr surface(SDL_CreateRGBSurfaceWithFormatFrom(pixels.rgba.data(), pixels.width, pixels.height, 32,
                                                              pixels.width * 4, SDL_PIXELFORMAT_ARGB8888));
        if (!surface) return std::string("surface: ") + SDL_GetError();
        RendererPtr renderer(SDL_CreateSoftwareRenderer(surface.get()));
        if (!renderer) return std::string("software renderer: ") + SDL_GetError();
        Stage stage;
        std::string why;
        if (!open_stage(stage, renderer.get(), content->fonts, content->font_bytes, read_file, &why)) return why;
        stage.drawer.surface = surface.get();
        // One frame: each line of text is drawn once, so its pixels go as soon as the next line is made, and the
        // next line's memory is the same memory, not fresh pages (2.1 MiB of them at 1080p, kept for nothing).
        stage.drawer.text.set_limits(CacheLimits{1, 0});
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
        // SDL batches drawing: all of it into the pixels now.
        if (SDL_RenderFlush(renderer.get()) != 0) return std::string("drawing: ") + SDL_GetError();
    }
    argb_to_rgba_in_place(pixels.rgba.data(), pixels.rgba.size() / 4);
    return {};
}

}  // namespace

std::optional<Pixels> render_screenshot(std::shared_ptr<const app::Content> content, const app::ReadFile& read_file,
                                        const ScreenshotSpec& spec, std::string* error) {
    if (!content) return failed(error, "no content");
    if (spec.width <= 0 || spec.height <= 0)
        return failed(error, "no picture of " + std::to_string(spec.width) + "x" + std::to_string(spec.height) + " px");
    Pixels pixels;
    pixels.width = spec.width;
    pixels.height = spec.height;
    pixels.rgba.resize(static_cast<std::size_t>(spec.width) * static_cast<std::size_t>(spec.height) * 4);
    if (const std::string why = draw_screenshot(pixels, std::move(content), read_file, spec); !why.empty())
        return failed(error, why);
    return pixels;
}

bool write_screenshot(const std::string& path, std::shared_ptr<const app::Content> content,
                      const app::ReadFile& read_file, const ScreenshotSpec& spec, std::string* error) {
    std::optional<Pixels> pixels = render_screenshot(std::move(content), read_file, spec, error);
    if (!pixels) return false;
    if (write_screen_png(path, std::move(*pixels))) return true;
    if (error) *error = "cannot write " + path;
    return false;
}

}  // namespace platform
