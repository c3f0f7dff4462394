// Drawing only what changed must change no pixel a visitor sees: the damage found between frames, and a long
// random visit drawn frame by frame into a kept surface, compared with the same frames drawn whole.
#include "render/damage.h"

#include <algorithm>
#include <random>

#include <gtest/gtest.h>

#include "window/display_screen.h"
#include "text/fonts.h"
#include "exhibit.h"
#include "support/image_compare.h"
#include "support/shipped_content.h"
#include "support/software_canvas.h"
#include "support/soak_input.h"
#include "text/text_measure_ttf.h"

namespace platform {
namespace {

const TextSize kTenByTen = [](const app::Text&) { return SDL_Point{10, 10}; };

Footprint footprint(std::vector<app::DrawCommand> commands, app::Color clear = rgb(0, 0, 0), int w = 200, int h = 100) {
    app::DisplayList list;
    list.clear_color = clear;
    list.commands = std::move(commands);
    return footprint_of(list, w, h, kTenByTen);
}

const app::FillRect kLeft{{10, 10, 20, 20}, rgb(255, 0, 0)};
const app::FillRect kRight{{150, 10, 20, 20}, rgb(0, 0, 255)};

TEST(Damage, NoneWhenNothingChanged) {
    Damage d = damage_between(footprint({kLeft, kRight}), footprint({kLeft, kRight}));
    EXPECT_FALSE(d.whole);
    EXPECT_TRUE(d.rects.empty());
}

TEST(Damage, AMovedShapeDamagesWhereItWasAndWhereItIs) {
    app::FillRect moved = kLeft;
    moved.rect.y += 40;
    Damage d = damage_between(footprint({kLeft, kRight}), footprint({moved, kRight}));
    ASSERT_FALSE(d.whole);
    ASSERT_EQ(d.rects.size(), 1u);  // old and new place are close: one rectangle
    const SDL_Rect& r = d.rects[0];
    EXPECT_LE(r.x, 10);
    EXPECT_LE(r.y, 10);
    EXPECT_GE(r.x + r.w, 30);
    EXPECT_GE(r.y + r.h, 70);
    EXPECT_LT(r.x + r.w, 150) << "the unchanged shape on the right is not damage";
}

TEST(Damage, FarApartChangesStaySeparate) {
    const app::FillRect top_left{{10, 10, 20, 20}, rgb(255, 0, 0)};
    const app::FillRect bottom_right{{900, 500, 20, 20}, rgb(255, 0, 0)};
    app::FillRect left = top_left;
    left.color = rgb(0, 255, 0);
    app::FillRect right = bottom_right;
    right.color = rgb(0, 255, 0);
    Damage d = damage_between(footprint({top_left, bottom_right}, rgb(0, 0, 0), 1000, 600),
                              footprint({left, right}, rgb(0, 0, 0), 1000, 600));
    ASSERT_FALSE(d.whole);
    EXPECT_EQ(d.rects.size(), 2u);
}

TEST(Damage, TextIsDamageWhereItsClipShowsIt) {
    app::Text word{"typed", app::FontRole::Typewriter, 16, {20, 20}, rgb(0, 0, 0)};
    Footprint before = footprint({app::PushClip{{0, 0, 24, 100}}, word, app::PopClip{}});
    Footprint after = footprint({app::PushClip{{0, 0, 26, 100}}, word, app::PopClip{}});
    Damage d = damage_between(before, after);
    ASSERT_FALSE(d.whole);
    ASSERT_EQ(d.rects.size(), 1u);
    EXPECT_LE(d.rects[0].x + d.rects[0].w, 26) << "nothing right of the clip changed";
    EXPECT_GE(d.rects[0].x, 24) << "nor what the old clip showed already: only the newly typed strip";
}

TEST(Damage, TextMovedUnderAnotherClipIsDamageWhereverItWasOrIs) {
    app::Text was{"typed", app::FontRole::Typewriter, 16, {20, 20}, rgb(0, 0, 0)};
    app::Text is = was;
    is.top_left.x = 60;
    Damage d = damage_between(footprint({app::PushClip{{0, 0, 40, 100}}, was, app::PopClip{}}),
                              footprint({app::PushClip{{0, 0, 80, 100}}, is, app::PopClip{}}));
    ASSERT_FALSE(d.whole);
    int left = 1000, right = 0;
    for (const SDL_Rect& r : d.rects) {
        left = std::min(left, r.x);
        right = std::max(right, r.x + r.w);
    }
    EXPECT_LE(left, 20);
    EXPECT_GE(right, 70);
}

TEST(Damage, SmallShapesMadeAfreshEachFrameAreNoDamageWhenTheyAreTheSame) {
    auto shape = [] {
        return app::Triangles{std::make_shared<std::vector<app::Vertex>>(std::vector<app::Vertex>{
                                  {{10, 10}, rgb(1, 2, 3)}, {{50, 10}, rgb(1, 2, 3)}, {{10, 50}, rgb(1, 2, 3)}}),
                              {0, 0},
                              1,
                              1};
    };
    Damage d = damage_between(footprint({shape()}), footprint({shape()}));
    EXPECT_FALSE(d.whole);
    EXPECT_TRUE(d.rects.empty()) << "a gradient or an arrowhead built again the same is not a change";
}

TEST(Damage, WholeWhenTheScreenOrItsColourChanges) {
    EXPECT_TRUE(damage_between(footprint({kLeft}), footprint({kLeft}, rgb(0, 0, 0), 201)).whole);
    EXPECT_TRUE(damage_between(footprint({kLeft}), footprint({kLeft}, rgb(1, 0, 0))).whole);
    EXPECT_TRUE(damage_between(Footprint{}, footprint({kLeft})).whole) << "no last frame to build on";
}

TEST(Damage, WholeWhenUnchangedShapesSwapOrder) {
    EXPECT_TRUE(damage_between(footprint({kLeft, kRight}), footprint({kRight, kLeft})).whole);
}

TEST(Damage, WholeWhenMostOfTheScreenChanged) {
    app::FillRect big{{0, 0, 150, 90}, rgb(9, 9, 9)};
    EXPECT_TRUE(damage_between(footprint({kLeft}), footprint({kLeft, big})).whole);
}

TEST(Damage, ClippedAwayCommandsAreNoDamage) {
    app::FillRect hidden{{100, 50, 10, 10}, rgb(1, 2, 3)};
    Damage d =
        damage_between(footprint({kLeft}), footprint({kLeft, app::PushClip{{0, 0, 0, 0}}, hidden, app::PopClip{}}));
    EXPECT_FALSE(d.whole);
    EXPECT_TRUE(d.rects.empty());
}

TEST(Damage, ShapesOffTheScreenAreNoDamage) {
    // Just below the screen (a pixel and a half, past its one-pixel margin): the overlap is empty, and must not
    // round out to a row that is not there.
    app::FillRect below{{10, 102.5f, 50, 4}, rgb(1, 2, 3)};
    Footprint f = footprint({below});
    EXPECT_EQ(f.commands[0].bounds.w * f.commands[0].bounds.h, 0);
    Damage d = damage_between(footprint({kLeft}), footprint({kLeft, below}));
    EXPECT_FALSE(d.whole);
    EXPECT_TRUE(d.rects.empty());
}

// The whole exhibit, as a visitor uses it: every frame drawn into a surface that keeps the last one, only where
// it changed; every so often the same frame drawn whole on a fresh surface, and the two compared pixel for pixel.
struct DrawnByChanges {
    TtfLibrary ttf;
    std::shared_ptr<const app::Content> content = shipped_content();
    std::shared_ptr<Fonts> fonts = make_fonts(content->fonts, shipped_assets());
    SoftwareCanvas kept{1280, 720};
    int frames = 0;
    int partial = 0;
    int compared = 0;
    int compared_with_fading_text = 0;

    DrawnByChanges() {
        kept.drawer.fonts = fonts;
        kept.drawer.read_file = shipped_assets();
        kept.drawer.store = FrameStore::Target;
    }
    app::Exhibit exhibit(app::Scene start) {
        return app::make_exhibit(content, make_screen(1280, 720, 96), make_text_measure(fonts),
                                 app::starting_on(start));
    }
    // One frame on, drawn by its changes; every `compare_every` frames checked against a full redraw.
    void frame(app::Exhibit& e, int compare_every) {
        app::advance(e, 1.0 / 60);
        const app::DisplayList list = app::draw(e);
        Pixels drawn = kept.draw(list);
        if (!kept.damage.whole) ++partial;
        if (++frames % compare_every != 0) return;
        SoftwareCanvas whole(1280, 720);
        whole.drawer.fonts = fonts;
        whole.drawer.read_file = shipped_assets();
        const Pixels expected = whole.draw(list);
        const ImageComparison diff = compare_images(drawn, expected, ImageTolerance{0, 0.0});
        ASSERT_EQ(diff.different_pixels, 0u) << "frame " << frames << " drawn by its changes differs from a full "
                                             << "redraw at " << diff.different_pixels << " pixels";
        ++compared;
        // Fills and text written straight into the surface (surface_fill.h, surface_text.h) against SDL's drawing.
        SoftwareCanvas sdl(1280, 720, false);
        sdl.drawer.fonts = fonts;
        sdl.drawer.read_file = shipped_assets();
        ASSERT_EQ(sdl.draw(list).rgba, expected.rgba) << "frame " << frames << " differs from SDL's own drawing";
        const bool fading_text = std::any_of(list.commands.begin(), list.commands.end(), [](const app::DrawCommand& c) {
            const auto* text = std::get_if<app::Text>(&c);
            return text && text->color.a > 0 && text->color.a < 255;
        });
        if (fading_text) ++compared_with_fading_text;
    }
};

TEST(Damage, ALongRandomVisitDrawnByItsChangesMatchesFullRedraws) {
    DrawnByChanges run;
    ASSERT_TRUE(run.content);
    app::Exhibit exhibit = run.exhibit(app::Scene::Attract);
    soak::InputSource visitors{std::mt19937_64(20)};
    while (run.frames < 2400 && !::testing::Test::HasFatalFailure()) {
        soak::Action action = soak::next_action(visitors, exhibit);
        // Time to watch what the action started: a card opening, a story drawing, the telegram typing.
        action.frames.push_back({{}, 0.4});
        for (const soak::Frame& f : action.frames) {
            for (const app::InputEvent& event : f.events) app::handle_input(exhibit, event);
            for (double t = 0; t < f.dt_s; t += 1.0 / 60) run.frame(exhibit, 40);
        }
    }
    EXPECT_GT(run.compared, 50);
    EXPECT_GT(run.compared_with_fading_text, 5);
    EXPECT_GT(run.partial, run.frames / 2);
}

// The telegram typing itself: each frame the typed line's clip a character wider, the carriage moved on, the page
// scrolled to follow; all of it drawn by its changes.
TEST(Damage, TheTelegramTypingItselfDrawnByItsChangesMatchesFullRedraws) {
    DrawnByChanges run;
    ASSERT_TRUE(run.content);
    app::Exhibit exhibit = run.exhibit(app::Scene::Telegram);
    for (int i = 0; i < 900 && !::testing::Test::HasFatalFailure(); ++i) run.frame(exhibit, 7);
    EXPECT_GT(run.compared, 100);
    EXPECT_GT(run.partial, 800);
}

}  // namespace
}  // namespace platform
