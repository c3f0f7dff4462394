#include "map/map_view.h"

#include <gtest/gtest.h>

#include <cmath>

#include "support/fake_measure.h"
#include "support/test_assets.h"
#include "support/nonempty.h"

namespace app {
namespace {

std::shared_ptr<const Content> shipped() {
    static const std::shared_ptr<const Content> content = [] {
        LoadResult r = load_content(testing::shipped_assets());
        EXPECT_TRUE(r.content);
        return r.content;
    }();
    return content;
}

// A map view on one screen, with everything a ViewContext points to kept alive beside it.
struct MapRig {
    std::shared_ptr<const Content> content = shipped();
    Screen screen;
    TextMeasure measure = testing::fake_measure();
    Theme theme = default_theme();
    Language language = Language::English;
    Rect area;
    MapView view;
    double now = 0;

    MapRig(int w, int h, float px_per_mm = 96.0f / 25.4f, Language l = Language::English)
        : screen{w, h, px_per_mm}, language(l) {
        area = full_screen(screen);
        layout_map_view(view, ctx());
    }
    ViewContext ctx() const { return ViewContext{*content, screen, measure, theme, language, area}; }
    bool gesture(Gesture g) { return map_on_gesture(view, ctx(), g, now); }
    bool tap(Vec2 p) { return gesture(Gesture{GestureKind::Tap, p, {}, {}, 1, 0}); }
    void run(double seconds, double step = 1.0 / 60) {
        for (double t = 0; t < seconds - 1e-9; t += step) {
            now += step;
            map_advance(view, ctx(), now, step);
        }
    }
    Vec2 at(double lat, double lon) const { return to_screen(map_transform(view), to_map_units({lat, lon})); }
    const MapContent& map() const { return content->map; }
    int place(const std::string& id) const { return find_place(map(), id); }
};

std::string card_title(const MapView& v) {
    return v.card ? v.card->content.title.in(Language::English) : std::string();
}

TEST(MapView, TappingBrazilOpensItsCard) {
    MapRig rig(1920, 1080);
    const Vec2 p = rig.at(-12, -46);  // the interior of Brazil, away from its name and places
    EXPECT_TRUE(rig.tap(p));
    EXPECT_EQ(card_title(rig.view), "Brazil");
    EXPECT_EQ(rig.view.card_subject.country, find_country(rig.map(), "brazil"));
    rig.run(0.5);
    EXPECT_FALSE(map_animating(rig.view, rig.now));
    // Tapping the sea closes it.
    EXPECT_TRUE(rig.tap(rig.at(-30, -20)));
    EXPECT_FALSE(rig.view.card);
    rig.run(0.3);
    EXPECT_FALSE(rig.view.closing_card);
}

TEST(MapView, TappingMoscowOpensItsCardByMarkerOrName) {
    MapRig rig(1920, 1080);
    const int moscow = rig.place("moscow");
    EXPECT_TRUE(rig.tap(map_place_position(rig.view, rig.ctx(), moscow)));
    EXPECT_EQ(card_title(rig.view), "Moscow");
    EXPECT_EQ(rig.view.card_subject.place, moscow);
    // The card stands beside the place, on the stage, and leaves the marker visible.
    const Rect card = rig.view.card->rect;
    const Rect& stage = rig.view.layout.stage;
    EXPECT_GE(card.x, stage.x);
    EXPECT_GE(card.y, stage.y);
    EXPECT_LE(card.right(), stage.right());
    EXPECT_LE(card.bottom(), stage.bottom());
    EXPECT_FALSE(card.contains(map_place_position(rig.view, rig.ctx(), moscow)));

    // Close it with its button, then open it again by its name.
    const Rect close = rig.view.card->layout.close_target;
    EXPECT_TRUE(rig.tap({card.x + close.x + close.w / 2, card.y + close.y + close.h / 2}));
    EXPECT_FALSE(rig.view.card);
    rig.run(0.3);
    const Rect label = map_place_label(rig.view, rig.ctx(), moscow);
    ASSERT_GT(label.w, 0);
    EXPECT_TRUE(rig.tap({label.x + label.w / 2, label.y + label.h / 2}));
    EXPECT_EQ(card_title(rig.view), "Moscow");
}

// Washington and Baltimore share a pixel at rest: their names tell them apart.
TEST(MapView, ClusteredPlacesAreToldApartByTheirNames) {
    MapRig rig(800, 480, 800 / 154.0f);
    for (const char* id : {"washington", "baltimore", "chiatura", "poti", "rio-de-janeiro", "conselheiro-lafaiete"}) {
        const Rect label = map_place_label(rig.view, rig.ctx(), rig.place(id));
        ASSERT_GT(label.w, 0) << id;
        rig.tap({label.x + label.w / 2, label.y + label.h / 2});
        EXPECT_EQ(rig.view.card_subject.place, rig.place(id)) << id;
        rig.view.card.reset();
    }
}

TEST(MapView, LinksFromAnnotationsOpenPlacesByIdAndIgnoreUnknownOnes) {
    MapRig rig(1080, 1920, 1080 / 398.0f);
    map_show_place(rig.view, rig.ctx(), "rio-de-janeiro", 0);
    EXPECT_EQ(card_title(rig.view), "Rio de Janeiro");
    map_show_place(rig.view, rig.ctx(), "leningrad", 0);
    EXPECT_EQ(card_title(rig.view), "Rio de Janeiro");
    map_show_country(rig.view, rig.ctx(), "ussr", 0);
    EXPECT_EQ(card_title(rig.view), "USSR");
    // Every place an annotation links to exists on the map.
    for (const Annotation& a : NONEMPTY(rig.content->annotations))
        if (!a.place.empty()) { EXPECT_GE(rig.place(a.place), 0) << a.id << " links to " << a.place; }
}

TEST(MapView, DraggingPansWithinBoundsAndSpringsBack) {
    MapRig rig(1920, 1080);
    // At rest the whole map fits: a drag pulls it only a little way, and it eases back when let go.
    rig.gesture({GestureKind::DragStart, {900, 500}, {}, {}, 1, 0});
    rig.gesture({GestureKind::DragMove, {1300, 500}, {400, 0}, {}, 1, 0});
    const float shown = rig.view.viewport.pan.x;
    EXPECT_GT(shown, 0);
    EXPECT_LT(shown, 400) << "a pull past the edge follows the finger ever more reluctantly";
    rig.gesture({GestureKind::DragEnd, {1300, 500}, {}, {}, 1, 0});
    rig.run(0.6);
    EXPECT_NEAR(rig.view.viewport.pan.x, 0, 0.5);
    EXPECT_FALSE(map_animating(rig.view, rig.now));

    // Zoomed in, the map pans freely, and a fling glides on and stops inside the bounds.
    rig.gesture({GestureKind::PinchStart, {960, 500}, {}, {}, 1, 0});
    rig.gesture({GestureKind::PinchMove, {960, 500}, {}, {}, 3, 0});
    rig.gesture({GestureKind::PinchEnd, {960, 500}, {}, {}, 3, 0});
    rig.run(0.5);
    EXPECT_NEAR(rig.view.viewport.zoom, 3, 1e-3);
    rig.gesture({GestureKind::DragStart, {900, 500}, {}, {}, 1, 0});
    rig.gesture({GestureKind::DragMove, {800, 500}, {-100, 0}, {}, 1, 0});
    const float dragged = rig.view.viewport.pan.x;
    rig.gesture({GestureKind::DragEnd, {800, 500}, {}, {-3000, 0}, 1, 0});
    rig.run(0.1);
    EXPECT_LT(rig.view.viewport.pan.x, dragged) << "it glides on after the finger lifts";
    rig.run(3);
    EXPECT_FALSE(map_animating(rig.view, rig.now));
    const PanRange range = pan_range(rig.view.layout.frame, rig.view.viewport.zoom);
    EXPECT_GE(rig.view.viewport.pan.x, range.min.x - 0.01f);
    EXPECT_LE(rig.view.viewport.pan.x, range.max.x + 0.01f);
}

TEST(MapView, PinchZoomsAboutTheFingersAndEasesBackWithinBounds) {
    MapRig rig(1920, 1080);
    const Vec2 washington = map_place_position(rig.view, rig.ctx(), rig.place("washington"));
    rig.gesture({GestureKind::PinchStart, washington, {}, {}, 1, 0});
    rig.gesture({GestureKind::PinchMove, washington, {}, {}, 2.5f, 0});
    EXPECT_NEAR(rig.view.viewport.zoom, 2.5f, 1e-4);
    const Vec2 after = map_place_position(rig.view, rig.ctx(), rig.place("washington"));
    EXPECT_NEAR(after.x, washington.x, 0.5);
    EXPECT_NEAR(after.y, washington.y, 0.5);
    // Far past the limit: it stretches a little beyond, then eases back to the limit once let go.
    rig.gesture({GestureKind::PinchMove, washington, {}, {}, 40, 0});
    EXPECT_GT(rig.view.viewport.zoom, kMapMaxZoom);
    EXPECT_LT(rig.view.viewport.zoom, kMapMaxZoom * 1.5f);
    rig.gesture({GestureKind::PinchEnd, washington, {}, {}, 40, 0});
    rig.run(0.5);
    EXPECT_FLOAT_EQ(rig.view.viewport.zoom, kMapMaxZoom);
    EXPECT_FALSE(map_animating(rig.view, rig.now));
    // Zoomed in this far, Washington and Baltimore stand apart.
    const Vec2 w = map_place_position(rig.view, rig.ctx(), rig.place("washington"));
    const Vec2 b = map_place_position(rig.view, rig.ctx(), rig.place("baltimore"));
    EXPECT_GT(std::hypot(w.x - b.x, w.y - b.y), 2 * rig.view.layout.type.marker_radius);
    // And zooming out past the whole map comes back to it.
    rig.gesture({GestureKind::PinchStart, {960, 500}, {}, {}, 1, 0});
    rig.gesture({GestureKind::PinchMove, {960, 500}, {}, {}, 0.01f, 0});
    rig.gesture({GestureKind::PinchEnd, {960, 500}, {}, {}, 0.01f, 0});
    rig.run(0.5);
    EXPECT_FLOAT_EQ(rig.view.viewport.zoom, 1);
    EXPECT_NEAR(rig.view.viewport.pan.x, 0, 0.01);
    EXPECT_NEAR(rig.view.viewport.pan.y, 0, 0.01);
}

TEST(MapView, ResetButtonBringsTheWholeMapBack) {
    MapRig rig(1920, 1080);
    map_on_wheel(rig.view, rig.ctx(), WheelEvent{{400, 300}, 5}, rig.now);
    EXPECT_GT(rig.view.viewport.zoom, 2);
    const MapButton& reset = rig.view.layout.buttons.back();
    ASSERT_EQ(reset.story, -1);
    EXPECT_EQ(reset.label, "Reset map");
    EXPECT_TRUE(rig.tap({reset.target.x + 2, reset.target.y + 2}));
    rig.run(kMapMoveSeconds + 0.05);
    EXPECT_FLOAT_EQ(rig.view.viewport.zoom, 1);
    EXPECT_FALSE(map_animating(rig.view, rig.now));
}

TEST(MapView, ButtonsAreLabelledInEveryLanguageAndBigEnoughToTouch) {
    for (auto [w, h, ppm] : {std::tuple{800, 480, 800 / 154.0f},
                             {1920, 1080, 96 / 25.4f},
                             {1080, 1920, 1080 / 398.0f},
                             {3840, 2160, 3840 / 1210.0f}}) {
        MapRig rig(w, h, ppm);
        for (Language l : kLanguages) {
            rig.language = l;
            layout_map_view(rig.view, rig.ctx());
            ASSERT_EQ(rig.view.layout.buttons.size(), rig.map().stories.size() + 1);
            for (std::size_t i = 0; i < NONEMPTY(rig.view.layout.buttons).size(); ++i) {
                const MapButton& b = rig.view.layout.buttons[i];
                EXPECT_FALSE(b.label.empty());
                EXPECT_GE(b.target.w, rig.screen.mm(kMinTouchTargetMm) - 0.5f) << b.label;
                EXPECT_GE(b.target.h, rig.screen.mm(kMinTouchTargetMm) - 0.5f) << b.label;
                EXPECT_GE(b.visual.x, rig.area.x);
                EXPECT_LE(b.visual.right(), rig.area.right());
                EXPECT_LE(b.target.bottom(), rig.area.bottom());
                const float text_w = rig.measure.width(FontRole::SansBold, rig.view.layout.type.button_px, b.label);
                EXPECT_LE(b.text_at.x + text_w, b.visual.right()) << b.label << " fits its button";
                EXPECT_GT(b.visual.y, rig.area.y + rig.area.h * 0.5f)
                    << "controls sit low, within a seated visitor's reach";
                for (std::size_t j = i + 1; j < rig.view.layout.buttons.size(); ++j)
                    EXPECT_FALSE(rects_overlap(b.visual, rig.view.layout.buttons[j].visual));
            }
        }
    }
}

TEST(MapView, EachStoryDrawsItselfAndFinishes) {
    MapRig rig(1920, 1080);
    for (const MapStory& story : NONEMPTY(rig.map().stories)) {
        map_play_story(rig.view, rig.ctx(), story.id, rig.now);
        EXPECT_TRUE(map_animating(rig.view, rig.now)) << story.id;
        ASSERT_TRUE(rig.view.story_card) << story.id;
        EXPECT_EQ(rig.view.story_card->content.title.in(Language::English), story.title.in(Language::English));
        const double length = rig.view.layout.stories[static_cast<std::size_t>(rig.view.story)].duration;
        EXPECT_GE(length, kArcMinSeconds);
        EXPECT_LE(length, kArcMaxSeconds + kRouteStaggerSeconds * 3 + kFigureFadeSeconds);
        rig.run(0.5);
        EXPECT_FALSE(map_story_finished(rig.view, rig.now)) << story.id;
        rig.run(length);
        EXPECT_TRUE(map_story_finished(rig.view, rig.now)) << story.id;
        EXPECT_FALSE(map_animating(rig.view, rig.now)) << story.id;
        // Its lines are on screen, with an arrowhead at each end.
        DisplayList list;
        draw_map(rig.view, rig.ctx(), rig.now, list);
        int lines = 0;
        for (const DrawCommand& c : list.commands) lines += std::holds_alternative<Line>(c);
        EXPECT_GT(lines, 20) << story.id;
    }
    // The exports story's card carries the chart of the figures.
    map_play_story(rig.view, rig.ctx(), "us-exports", rig.now);
    ASSERT_TRUE(rig.view.story_card->content.chart);
    EXPECT_EQ(rig.view.story_card->content.chart->reference_value, 30000000);
}

TEST(MapView, StoryButtonsStartTheirStoriesAndTheCardEndsThem) {
    MapRig rig(800, 480, 800 / 154.0f, Language::Russian);
    map_on_wheel(rig.view, rig.ctx(), WheelEvent{{400, 200}, 4}, rig.now);
    const MapButton& b = rig.view.layout.buttons[1];
    EXPECT_TRUE(rig.tap({b.visual.x + b.visual.w / 2, b.visual.y + b.visual.h / 2}));
    EXPECT_EQ(rig.view.story, b.story);
    rig.run(kMapMoveSeconds);
    EXPECT_FLOAT_EQ(rig.view.viewport.zoom, 1) << "the map shows all of a story";
    rig.run(5);
    EXPECT_TRUE(map_story_finished(rig.view, rig.now));
    const Rect card = rig.view.story_card->rect;
    EXPECT_FALSE(rects_overlap(card, rig.view.layout.legend.panel));
    const Rect close = rig.view.story_card->layout.close_target;
    EXPECT_TRUE(rig.tap({card.x + close.x + close.w / 2, card.y + close.y + close.h / 2}));
    EXPECT_EQ(rig.view.story, -1);
    EXPECT_FALSE(rig.view.story_card);
}

TEST(MapView, KeysForKeyboardVisitors) {
    MapRig rig(1920, 1080);
    EXPECT_TRUE(map_on_key(rig.view, rig.ctx(), KeyEvent{"Tab"}, rig.now));
    EXPECT_EQ(rig.view.card_subject.place, 0);
    EXPECT_TRUE(map_on_key(rig.view, rig.ctx(), KeyEvent{"Tab"}, rig.now));
    EXPECT_EQ(rig.view.card_subject.place, 1);
    EXPECT_TRUE(map_on_key(rig.view, rig.ctx(), KeyEvent{"Escape"}, rig.now));
    EXPECT_FALSE(rig.view.card);
    EXPECT_TRUE(map_on_key(rig.view, rig.ctx(), KeyEvent{"="}, rig.now));
    rig.run(0.5);
    EXPECT_NEAR(rig.view.viewport.zoom, 1.5f, 1e-4);
    EXPECT_TRUE(map_on_key(rig.view, rig.ctx(), KeyEvent{"Left"}, rig.now));
    rig.run(0.5);
    EXPECT_TRUE(map_on_key(rig.view, rig.ctx(), KeyEvent{"2"}, rig.now));
    EXPECT_EQ(rig.view.story, 1);
    EXPECT_TRUE(map_on_key(rig.view, rig.ctx(), KeyEvent{"Home"}, rig.now));
    rig.run(0.5);
    EXPECT_FLOAT_EQ(rig.view.viewport.zoom, 1);
    EXPECT_EQ(rig.view.story, -1);
}

// Geometry is built at layout; panning and zooming only move it. The renderer caches by vertex array.
TEST(MapView, PanAndZoomReuseTheSameVertexArrays) {
    MapRig rig(1920, 1080);
    auto fills = [&] {
        DisplayList list;
        draw_map(rig.view, rig.ctx(), rig.now, list);
        std::vector<const void*> out;
        for (const DrawCommand& c : list.commands)
            if (const auto* t = std::get_if<Triangles>(&c))
                if (t->vertices->size() > 100) out.push_back(t->vertices.get());
        return out;
    };
    const std::vector<const void*> before = fills();
    ASSERT_GE(before.size(), 5u);  // sea, land, three countries
    map_on_wheel(rig.view, rig.ctx(), WheelEvent{{960, 400}, 2}, rig.now);
    rig.run(0.5);
    EXPECT_EQ(fills(), before);
    // Laying out again for the same size (a language change) keeps them too.
    rig.language = Language::Portuguese;
    layout_map_view(rig.view, rig.ctx());
    EXPECT_EQ(fills(), before);
}

TEST(MapView, DrawsInsideItsAreaAndSaysTheBordersAreOf1935) {
    MapRig rig(1920, 1080);
    rig.area = Rect{0, 0, 1920, 980};  // a navigation bar below
    for (Language l : kLanguages) {
        rig.language = l;
        layout_map_view(rig.view, rig.ctx());
        DisplayList list;
        draw_map(rig.view, rig.ctx(), rig.now, list);
        ASSERT_FALSE(list.commands.empty());
        const auto* clip = std::get_if<PushClip>(&list.commands.front());
        ASSERT_TRUE(clip);
        EXPECT_FLOAT_EQ(clip->rect.bottom(), 980);
        EXPECT_TRUE(std::holds_alternative<PopClip>(list.commands.back()));
        bool note = false;
        for (const DrawCommand& c : NONEMPTY(list.commands)) {
            if (const auto* t = std::get_if<Text>(&c)) {
                note |= t->text == rig.map().text.borders_note.in(l);
                EXPECT_GE(t->top_left.y, 0);
                EXPECT_LE(t->top_left.y + t->size_px, 980) << t->text;
            }
        }
        EXPECT_TRUE(note);
        for (const MapButton& b : NONEMPTY(rig.view.layout.buttons)) EXPECT_LE(b.target.bottom(), 980);
    }
}

// The three countries, the US with Alaska and Hawaii, fill the view at rest whatever its shape, with a margin.
TEST(MapView, FramesTheThreeCountriesAtEverySize) {
    for (auto [w, h, ppm] : {std::tuple{800, 480, 800 / 154.0f},
                             {1024, 600, 1024 / 154.0f},
                             {1920, 1080, 96 / 25.4f},
                             {1080, 1920, 1080 / 398.0f},
                             {3840, 2160, 3840 / 1210.0f},
                             {2160, 3840, 2160 / 681.0f},
                             {1000, 1000, 4.0f}}) {
        MapRig rig(w, h, ppm);
        const std::string where = std::to_string(w) + "x" + std::to_string(h);
        const MapTransform t = map_transform(rig.view);
        const PlaneBox& box = rig.view.layout.projected->countries_box;
        const Vec2 a = to_screen(t, {box.min_x, box.min_y}), b = to_screen(t, {box.max_x, box.max_y});
        const Rect& stage = rig.view.layout.stage;
        const float margin = rig.view.layout.type.margin;
        EXPECT_GE(a.x, stage.x + margin - 0.5f) << where;
        EXPECT_GE(a.y, stage.y + margin - 0.5f) << where;
        EXPECT_LE(b.x, stage.right() - margin + 0.5f) << where;
        EXPECT_LE(b.y, stage.bottom() - margin + 0.5f) << where;
        // It uses the room: the full width, or the full height.
        const bool wide = b.x - a.x >= stage.w - 2 * margin - 1, tall = b.y - a.y >= stage.h - 2 * margin - 1;
        EXPECT_TRUE(wide || tall) << where;
        for (auto [name, lat, lon] : {std::tuple{"Honolulu", 21.31, -157.86},
                                      {"Anchorage", 61.22, -149.9},
                                      {"Cape Dezhnev", 66.08, -169.7},
                                      {"Vladivostok", 43.12, 131.89},
                                      {"Kaliningrad's east: Minsk", 53.9, 27.56},
                                      {"Porto Alegre", -30.03, -51.23}})
            EXPECT_TRUE(stage.contains(rig.at(lat, lon))) << where << ": " << name;
    }
}

TEST(MapView, AViewAreaBelowANavigationBarIsRespected) {
    MapRig rig(1280, 800, 1280 / 261.0f);
    rig.area = Rect{0, 90, 1280, 710};
    layout_map_view(rig.view, rig.ctx());
    EXPECT_GE(rig.view.layout.legend.panel.y, 90);
    EXPECT_GE(rig.view.layout.stage.y, 90);
    for (std::size_t i = 0; i < NONEMPTY(rig.map().places).size(); ++i) {
        const Rect label = map_place_label(rig.view, rig.ctx(), static_cast<int>(i));
        EXPECT_GE(label.y, 90) << rig.map().places[i].id;
    }
    map_show_place(rig.view, rig.ctx(), "moscow", 0);
    EXPECT_GE(rig.view.card->rect.y, 90);
}

TEST(MapView, AClosedStoryFadesItsLinesOut) {
    MapRig rig(1920, 1080);
    auto lines = [&] {
        DisplayList list;
        draw_map(rig.view, rig.ctx(), rig.now, list);
        int n = 0;
        for (const DrawCommand& c : list.commands) n += std::holds_alternative<Line>(c);
        return n;
    };
    const int leaders = lines();  // names set off from their places
    map_play_story(rig.view, rig.ctx(), "manganese", rig.now);
    rig.run(4);
    map_reset(rig.view, rig.ctx(), rig.now);
    EXPECT_EQ(rig.view.story, -1);
    EXPECT_TRUE(map_animating(rig.view, rig.now));
    rig.run(0.05);
    EXPECT_GT(lines(), leaders + 20) << "still fading";
    rig.run(0.5);
    EXPECT_EQ(lines(), leaders);
    EXPECT_FALSE(map_animating(rig.view, rig.now));
}

TEST(MapView, AContentWithoutAMapDrawsNothingBrokenAndIgnoresInput) {
    const Content empty;
    const Screen screen{800, 480, 5.0f};
    const TextMeasure measure = testing::fake_measure();
    const Theme theme = default_theme();
    const ViewContext ctx{empty, screen, measure, theme, Language::English, full_screen(screen)};
    MapView view;
    EXPECT_FALSE(map_advance(view, ctx, 0.1, 0.1)) << "before any layout";
    layout_map_view(view, ctx);
    map_on_gesture(view, ctx, Gesture{GestureKind::Tap, {400, 200}, {}, {}, 1, 0}, 0.2);
    map_on_key(view, ctx, KeyEvent{"Tab"}, 0.3);
    map_play_story(view, ctx, "anything", 0.4);
    map_advance(view, ctx, 0.5, 0.1);
    DisplayList list;
    draw_map(view, ctx, 0.5, list);
    EXPECT_FALSE(list.commands.empty());
    EXPECT_FALSE(map_animating(view, 0.5));
}

// Upright, the room under the globe introduces the map (each colour with its role); every card opens there,
// over the introduction, never over the globe or the story buttons, which carry their one-line summaries.
TEST(MapView, UprightScreensIntroduceTheMapAndOpenCardsUnderTheGlobe) {
    for (auto [w, h, ppm] : {std::tuple{1080, 1920, 1080 / 398.0f}, {720, 1280, 3.78f}, {800, 1280, 3.78f}}) {
        MapRig rig(w, h, ppm);
        const std::string where = std::to_string(w) + "x" + std::to_string(h);
        const MapLayout& L = rig.view.layout;
        ASSERT_TRUE(L.upright) << where;
        EXPECT_GE(L.legend.panel.y, L.below_map) << where;
        EXPECT_LE(L.legend.panel.bottom(), L.stage.bottom()) << where;
        EXPECT_FALSE(L.legend.texts.empty()) << where << ": the introduction and the roles";
        for (std::size_t i = 0; i + 1 < NONEMPTY(L.buttons).size(); ++i) {
            EXPECT_FALSE(L.buttons[i].detail.empty()) << where << ": " << L.buttons[i].label;
            EXPECT_GE(L.buttons[i].visual.y, L.stage.bottom()) << where;
        }
        for (const char* story : {"telegram-path", "manganese", "us-exports"}) {
            map_play_story(rig.view, rig.ctx(), story, rig.now);
            ASSERT_TRUE(rig.view.story_card) << where;
            const Rect card = rig.view.story_card->rect;
            EXPECT_GE(card.y, L.below_map) << where << ": " << story;
            EXPECT_LE(card.bottom(), L.stage.bottom() + 0.5f) << where << ": " << story;
        }
        map_show_place(rig.view, rig.ctx(), "moscow", rig.now);
        ASSERT_TRUE(rig.view.card);
        EXPECT_GE(rig.view.card->rect.y, L.below_map) << where;
        EXPECT_LE(rig.view.card->rect.bottom(), L.stage.bottom() + 0.5f) << where;
        // While the card is open the introduction gives way: a touch there is the card's, not a country's.
        close_cards(rig.view, rig.now);
        rig.run(1);
        const Rect row = L.legend.entries[1].row;
        EXPECT_TRUE(rig.tap({row.x + row.w / 2, row.y + row.h / 2}));
        EXPECT_EQ(rig.view.card_subject.country, 1) << where << ": a row of the key opens its country";
    }
}

TEST(MapView, TriangleCountsStayModest) {
    for (auto [w, h, ppm] : {std::tuple{800, 480, 800 / 154.0f},
                             {1920, 1080, 96 / 25.4f},
                             {1080, 1920, 1080 / 398.0f},
                             {3840, 2160, 3840 / 1210.0f}}) {
        MapRig rig(w, h, ppm);
        std::printf("[ map      ] %dx%d: %d triangles at rest (%d points), %d when zoomed in\n", w, h,
                    rig.view.layout.base->triangles, rig.view.layout.base->points, rig.view.layout.detail->triangles);
        EXPECT_LT(rig.view.layout.base->triangles, w >= 3000 ? 4500 : 3500);
        EXPECT_LT(rig.view.layout.detail->triangles, 6000);
    }
}

}  // namespace
}  // namespace app
