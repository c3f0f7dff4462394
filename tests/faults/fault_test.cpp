// Faults: broken fonts and pictures, an assets folder that vanishes while reloading, a renderer that will not
// start. What a visitor must never see is a dark (or frozen) screen; what an operator must get is a message.
#include <cstdlib>
#include <string>

#include <gtest/gtest.h>

#include "loading/assets_dir.h"
#include "content/load_content.h"
#include "render/image_textures.h"
#include "render/render_display_list.h"
#include "modes/screenshot.h"
#include "render/sdl_handles.h"
#include "window/window_setup.h"

namespace platform {
namespace {

app::ReadFile shipped() { return make_read_file(EXHIBIT_SOURCE_ASSETS_DIR); }

std::shared_ptr<const app::Content> shipped_content() {
    app::LoadResult loaded = app::load_content(shipped());
    return loaded.content;
}

// The shipped assets, with the bytes of `path` changed by `change`.
app::ReadFile with_file(const std::string& path, std::function<std::optional<std::string>(std::string)> change) {
    app::ReadFile base = shipped();
    return [base, path, change](const std::string& p) -> std::optional<std::string> {
        std::optional<std::string> bytes = base(p).bytes;
        if (p != path || !bytes) return bytes;
        return change(*bytes);
    };
}

// Share of pixels brighter than the dark surround: the paper, text, buttons. A dark screen has none.
double bright_share(const Pixels& p) {
    std::size_t bright = 0;
    for (std::size_t i = 0; i + 3 < p.rgba.size(); i += 4)
        if (p.rgba[i] + p.rgba[i + 1] + p.rgba[i + 2] > 3 * 128) ++bright;
    return static_cast<double>(bright) / static_cast<double>(p.rgba.size() / 4);
}

ScreenshotSpec small_telegram() {
    ScreenshotSpec spec;
    spec.width = 640;
    spec.height = 400;
    return spec;
}

TEST(Faults, TheShippedTelegramIsNotDark) {  // the yardstick for the tests below
    auto content = shipped_content();
    ASSERT_TRUE(content);
    std::optional<Pixels> p = render_screenshot(content, shipped(), small_telegram());
    ASSERT_TRUE(p);
    EXPECT_GT(bright_share(*p), 0.2);
}

// A font file that passed the content check (its first bytes are a font's) but is damaged after them, as a bad
// copy or a failing SD card leaves it: SDL_ttf cannot open it, that role's text is missing, the rest shows.
TEST(Faults, ACorruptFontLeavesThePageShowing) {
    auto content = shipped_content();
    ASSERT_TRUE(content);
    const std::string typewriter = content->fonts[static_cast<std::size_t>(app::FontRole::Typewriter)];
    app::ReadFile broken = with_file(typewriter, [](std::string bytes) -> std::optional<std::string> {
        for (std::size_t i = 12; i < bytes.size(); ++i) bytes[i] = static_cast<char>(0xA5);
        return bytes;
    });
    std::optional<Pixels> p = render_screenshot(content, broken, small_telegram());
    ASSERT_TRUE(p);
    EXPECT_GT(bright_share(*p), 0.2);
}

// A font that vanished after the content loaded (deleted while running): the same.
TEST(Faults, AFontThatVanishedLeavesThePageShowing) {
    auto content = shipped_content();
    ASSERT_TRUE(content);
    const std::string sans = content->fonts[static_cast<std::size_t>(app::FontRole::Sans)];
    app::ReadFile gone = with_file(sans, [](std::string) -> std::optional<std::string> { return std::nullopt; });
    ScreenshotSpec spec = small_telegram();
    spec.exhibit = app::starting_on(app::Scene::Attract);
    std::optional<Pixels> p = render_screenshot(content, gone, spec);
    ASSERT_TRUE(p);
    EXPECT_GT(bright_share(*p), 0.01);  // the attract loop is mostly dark by design; its slip and title remain
}

// The content check catches a font file that is missing or not a font at all: such content never replaces
// the content on screen (see AnAssetsFolderThatVanishes...), and at start it is reported by file and field.
TEST(Faults, AMissingOrForeignFontIsAContentError) {
    auto content = shipped_content();
    ASSERT_TRUE(content);
    const std::string serif = content->fonts[static_cast<std::size_t>(app::FontRole::Serif)];
    for (auto change :
         {std::function<std::optional<std::string>(std::string)>(
              [](std::string) -> std::optional<std::string> { return std::nullopt; }),
          std::function<std::optional<std::string>(std::string)>(
              [](std::string) -> std::optional<std::string> { return std::string("<html>not a font</html>"); })}) {
        app::LoadResult loaded = app::load_content(with_file(serif, change));
        EXPECT_FALSE(loaded.content);
        bool named = false;
        for (const app::Problem& p : loaded.problems) named = named || p.message.find(serif) != std::string::npos;
        EXPECT_TRUE(named);
    }
}

// A picture that is missing or is not a picture: drawn as nothing, reported once, never retried every frame.
TEST(Faults, AMissingOrCorruptPictureDrawsNothingAndTheRestShows) {
    TtfLibrary ttf;
    SurfacePtr surface(SDL_CreateRGBSurfaceWithFormat(0, 64, 64, 32, SDL_PIXELFORMAT_ARGB8888));
    RendererPtr renderer(SDL_CreateSoftwareRenderer(surface.get()));
    ASSERT_TRUE(renderer);
    DisplayListRenderer drawer;
    drawer.renderer = renderer.get();
    drawer.read_file = [](const std::string& path) -> std::optional<std::string> {
        if (path == "corrupt.png") return std::string("\x89PNG\r\n\x1a\n broken", 16);
        return std::nullopt;
    };
    app::DisplayList list;
    list.clear_color = app::Color{200, 200, 200, 255};
    list.commands.push_back(app::Image{"missing.png", {0, 0, 32, 32}, 1});
    list.commands.push_back(app::Image{"corrupt.png", {32, 0, 32, 32}, 1});
    list.commands.push_back(app::FillRect{{0, 32, 64, 32}, app::Color{255, 0, 0, 255}});
    for (int frame = 0; frame < 3; ++frame) render_display_list(drawer, list);
    EXPECT_EQ(drawer.images.size(), 2u);  // both failures cached: reported once
    Uint32 px[2] = {0, 0};
    SDL_Rect top{10, 10, 1, 1};
    SDL_Rect bottom{10, 50, 1, 1};
    SDL_RenderReadPixels(renderer.get(), &top, SDL_PIXELFORMAT_ARGB8888, &px[0], 4);
    SDL_RenderReadPixels(renderer.get(), &bottom, SDL_PIXELFORMAT_ARGB8888, &px[1], 4);
    EXPECT_EQ(px[0], 0xFFC8C8C8u);  // the background where the picture would be
    EXPECT_EQ(px[1], 0xFFFF0000u);  // what comes after it is drawn
}

// A reload while the assets folder is gone (an update replacing it, a USB stick pulled): nothing loads, so
// platform/ keeps the content it shows (run_window's reload replaces content only when a load succeeds).
TEST(Faults, AnAssetsFolderThatVanishesDuringAReloadLoadsNothing) {
    app::LoadResult vanished = app::load_content([](const std::string&) { return std::optional<std::string>(); });
    EXPECT_FALSE(vanished.content);
    ASSERT_FALSE(vanished.problems.empty());
    EXPECT_EQ(vanished.problems.front().file, app::kManifestFile);
    // Half gone: the manifest is there, the files it names are not.
    app::ReadFile half = [base = shipped()](const std::string& p) -> std::optional<std::string> {
        if (p == app::kManifestFile) return base(p).bytes;
        return std::nullopt;
    };
    EXPECT_FALSE(app::load_content(half).content);
}

// A renderer that fails to start: asked for opengles2 where there is no GL at all (SDL's dummy video driver),
// the exhibit falls back to the software renderer and draws.
TEST(Faults, ARendererThatFailsFallsBackToSoftware) {
    SDL_SetHint(SDL_HINT_VIDEODRIVER, "dummy");
    SdlVideo video;
    ASSERT_TRUE(video.ok) << SDL_GetError();
    WindowPtr window(SDL_CreateWindow("fault", 0, 0, 64, 48, SDL_WINDOW_HIDDEN));
    ASSERT_TRUE(window) << SDL_GetError();
    RendererPtr renderer = create_renderer(window.get(), RendererChoice::OpenGles2);
    ASSERT_TRUE(renderer);
    SDL_RendererInfo info{};
    SDL_GetRendererInfo(renderer.get(), &info);
    EXPECT_STREQ(info.name, "software");
    DisplayListRenderer drawer;
    drawer.renderer = renderer.get();
    app::DisplayList list;
    list.clear_color = app::Color{0xF4, 0xEF, 0xE3, 255};
    render_display_list(drawer, list);
    Uint32 px = 0;
    SDL_Rect one{5, 5, 1, 1};
    ASSERT_EQ(SDL_RenderReadPixels(renderer.get(), &one, SDL_PIXELFORMAT_ARGB8888, &px, 4), 0) << SDL_GetError();
    EXPECT_EQ(px, 0xFFF4EFE3u);
    SDL_SetHint(SDL_HINT_VIDEODRIVER, "");
}

}  // namespace
}  // namespace platform
