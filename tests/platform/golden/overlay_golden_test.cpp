// The maintenance overlay drawn by the real overlay code onto SDL's software renderer, with no window and
// fixed numbers, compared with goldens in tests/golden/ like the exhibit's pictures. The exhibit is not drawn
// behind it, so these pictures change only when the overlay does.
// UPDATE_GOLDENS=1 ctest -R golden   rewrites them (look at them first).
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include <gtest/gtest.h>

#include "text/fonts.h"
#include "support/golden_compare.h"
#include "render/image_file.h"
#include "overlay/imgui_overlay.h"
#include "maintenance/stats_rules.h"
#include "render/sdl_handles.h"
#include "support/shipped_content.h"

namespace platform {
namespace {

namespace fs = std::filesystem;

OverlayInfo fixed_info(int width, int height) {
    OverlayInfo info;
    info.width_px = width;
    info.height_px = height;
    info.dpi = 96;
    info.renderer_name = "software";
    info.video_driver = "offscreen";
    info.assets_dir = "/usr/share/exhibit/assets";
    info.frames.last_ms = 4.2;
    info.frames.average_ms = 5.1;
    info.frames.frames = 12345;
    info.text_textures = 42;
    info.text_bytes = 3 * 1024 * 1024;
    MaintenanceInfo& m = info.maintenance;
    m.now_s = 1000;
    m.uptime_s = 3 * 86400 + 4 * 3600 + 5 * 60 + 6;
    m.kiosk = true;
    for (int i = 0; i < app::kFrameHistory; ++i)
        m.frame_ms.push_back(4.0f + 2.0f * static_cast<float>((i * 7) % 11) / 10.0f + (i % 60 == 0 ? 12.0f : 0.0f));
    m.percentiles = {4.9f, 5.8f, 16.0f};
    m.frames_per_second = 60;
    m.cpu_percent = 12.5;
    m.rss_bytes = 87 * 1024 * 1024;
    m.content.version = "3f9a1c27b0d4";
    m.content.newest_change = "2024-03-01 14:05";
    m.content.newest_file = "annotations/annotations.json";
    m.content.files = 31;
    m.content.bytes = 1600000;
    m.data_dir = "/var/lib/exhibit";
    m.pin_set = true;
    m.stats_message = "Statistics: /var/lib/exhibit/visitor-stats.sqlite";
    return info;
}

app::StatsSummary fixed_stats() {
    app::StatsTotals t;
    const char* days[] = {"2024-02-26", "2024-02-27", "2024-02-28", "2024-02-29",
                          "2024-03-01", "2024-03-02", "2024-03-03"};
    for (int i = 0; i < 7; ++i) {
        app::DayTotals& d = t.days[days[i]];
        d.languages["en"] = {10 + 3 * i, 9 + 3 * i, 95.0 * (9 + 3 * i)};
        d.languages["ru"] = {2 + i % 3, 2 + i % 3, 120.0 * (2 + i % 3)};
        d.languages["pt"] = {4 + i % 2, 4 + i % 2, 80.0 * (4 + i % 2)};
        d.cards["manganese-ore"] = {8 + i, 8 + i, 14.0 * (8 + i)};
        d.cards["substantial-increase"] = {5, 5, 60};
        d.cards["trade-agreements-act"] = {3, 2, 30};
        d.listens[{"telegram", "en"}] = {3 + i % 2, 3 + i % 2, 1, 200.0 * (3 + i % 2)};
        d.listens[{"telegram", "ru"}] = {1, 1, 1, 250};
        d.listens[{"annotation:manganese-ore", "pt"}] = {2, 2, 2, 60};
        for (int row = 0; row < app::kHeatRows; ++row)
            for (int col = 0; col < app::kHeatColumns; ++col)
                if ((row * 5 + col * 3 + i) % 7 == 0) d.touches[{col, row}] = 1 + (row + col) % 4;
        d.touches[{6, 9}] += 12;
    }
    return app::summarize(t, "2024-03-03", 14);
}

// Draws a few frames (ImGui settles window and tab sizes over the first ones) and reads the last back.
Pixels draw(ImguiOverlay& overlay, SDL_Renderer* renderer, const OverlayInfo& info, int width, int height) {
    for (int frame = 0; frame < 3; ++frame) {
        SDL_SetRenderDrawColor(renderer, 40, 44, 52, 255);
        SDL_RenderClear(renderer);
        draw_overlay(overlay, info);
    }
    Pixels pixels;
    pixels.width = width;
    pixels.height = height;
    pixels.rgba.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4);
    EXPECT_EQ(SDL_RenderReadPixels(renderer, nullptr, SDL_PIXELFORMAT_RGBA32, pixels.rgba.data(), width * 4), 0);
    return pixels;
}

struct golden_overlay : ::testing::Test {
    static constexpr int kWidth = 1280;
    static constexpr int kHeight = 720;
    TtfLibrary ttf;
    SurfacePtr surface{SDL_CreateRGBSurfaceWithFormat(0, kWidth, kHeight, 32, SDL_PIXELFORMAT_ARGB8888)};
    RendererPtr renderer{surface ? SDL_CreateSoftwareRenderer(surface.get()) : nullptr};
    ImguiOverlay overlay;  // after the renderer: ImGui stops before the renderer goes
    app::StatsSummary stats = fixed_stats();
    OverlayInfo info = fixed_info(kWidth, kHeight);

    void SetUp() override {
        ASSERT_TRUE(renderer);
        std::shared_ptr<const app::Content> content = shipped_content();
        ASSERT_TRUE(content);
        std::shared_ptr<Fonts> fonts = make_fonts(content->fonts, shipped_assets());
        ASSERT_TRUE(font_for(*fonts, app::FontRole::Sans, 16));  // loads the font's bytes, as run_window does
        overlay.font_bytes = fonts->bytes[static_cast<std::size_t>(app::FontRole::Sans)];
        overlay.px_per_mm = 96.0f / 25.4f;
        ASSERT_TRUE(start_overlay(overlay, nullptr, renderer.get()));
        overlay.visible = true;
        info.maintenance.stats = &stats;
    }
};

TEST_F(golden_overlay, SystemTab) {
    compare_with_golden(draw(overlay, renderer.get(), info, kWidth, kHeight), "overlay_system_1280x720");
}

TEST_F(golden_overlay, VisitorsTab) {
    overlay.select_tab = "Visitors";
    compare_with_golden(draw(overlay, renderer.get(), info, kWidth, kHeight), "overlay_visitors_1280x720");
}

TEST_F(golden_overlay, PinPad) {
    overlay.screen = OverlayScreen::PinPad;
    overlay.pin_digits = "123";
    overlay.pin_message = "Wrong PIN";
    compare_with_golden(draw(overlay, renderer.get(), info, kWidth, kHeight), "overlay_pin_pad_1280x720");
}

TEST_F(golden_overlay, TestPattern) {
    overlay.screen = OverlayScreen::TestPattern;
    const Pixels p = draw(overlay, renderer.get(), info, kWidth, kHeight);
    // Exact pixels where they matter: the red edge, and the 1-pixel grid.
    EXPECT_EQ(p.at(0, 0)[0], 255);
    EXPECT_EQ(p.at(0, 0)[1], 0);
    EXPECT_EQ(p.at(kWidth - 1, kHeight - 1)[0], 255);
    EXPECT_EQ(p.at(8, kHeight - 10)[1], 255) << "a grid line";
    EXPECT_EQ(p.at(9, kHeight - 10)[1], 0) << "one pixel wide";
    compare_with_golden(p, "overlay_test_pattern_1280x720");
}

}  // namespace
}  // namespace platform
