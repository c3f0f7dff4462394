#include "map/labels/map_labels.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>

#include "support/fake_measure.h"
#include "map/map_view.h"
#include "support/test_assets.h"
#include "support/nonempty.h"

namespace app {
namespace {

TEST(MapLabels, NeighboursShareTheRoomWithoutOverlap) {
    LabelRoom room;
    room.bounds = Rect{0, 0, 400, 300};
    room.gap = 3;
    std::vector<LabelRequest> requests;
    // Four markers almost on top of each other, like Washington and Baltimore at world scale.
    for (int i = 0; i < 4; ++i) requests.push_back({Vec2{200.0f + i, 150.0f + i * 0.5f}, 5, {90, 18}, std::nullopt});
    const std::vector<PlacedLabel> placed = place_labels(requests, room);
    for (std::size_t i = 0; i < NONEMPTY(placed).size(); ++i) {
        ASSERT_TRUE(placed[i].placed) << i;
        const Rect a = label_box(requests[i], placed[i]);
        EXPECT_TRUE(a.x >= 0 && a.y >= 0 && a.right() <= 400 && a.bottom() <= 300);
        for (std::size_t j = 0; j < requests.size(); ++j) {
            const Rect marker{requests[j].anchor.x - 5, requests[j].anchor.y - 5, 10, 10};
            EXPECT_FALSE(rects_overlap(a, marker)) << i << " covers marker " << j;
            if (j > i) { EXPECT_FALSE(rects_overlap(a, label_box(requests[j], placed[j]))) << i << " " << j; }
        }
    }
    EXPECT_FALSE(placed[0].leader) << "the first keeps its place next to its marker";
    EXPECT_TRUE(placed[3].leader) << "the last moves out, with a line back";
}

TEST(MapLabels, LabelsAvoidObstaclesAndStayInBounds) {
    LabelRoom room;
    room.bounds = Rect{0, 0, 200, 100};
    room.obstacles = {Rect{110, 0, 90, 100}};  // the right half is taken
    const std::vector<PlacedLabel> p = place_labels({{Vec2{100, 50}, 4, {60, 16}, std::nullopt}}, room);
    ASSERT_TRUE(p[0].placed);
    const Rect box = label_box({Vec2{100, 50}, 4, {60, 16}, std::nullopt}, p[0]);
    EXPECT_LE(box.right(), 110);
    EXPECT_GE(box.x, 0);
    // Nowhere to go: not placed rather than placed badly.
    room.obstacles = {Rect{0, 0, 200, 100}};
    EXPECT_FALSE(place_labels({{Vec2{100, 50}, 4, {60, 16}, std::nullopt}}, room)[0].placed);
}

TEST(MapLabels, ANameLiesOverALineRatherThanAtTheEndOfALongLeader) {
    // A story's line passes close around the marker on every side (soft boxes in a ring 30 px out); beyond it
    // there is room, but only far away.
    LabelRoom room;
    room.bounds = Rect{0, 0, 600, 400};
    room.gap = 3;
    const Vec2 at{300, 200};
    for (int k = 0; k < 72; ++k) {
        const float a = static_cast<float>(k) * 5 * 3.14159265f / 180;
        for (float r = 6; r < 60; r += 6)
            room.soft.push_back(Rect{at.x + r * std::cos(a) - 3, at.y + r * std::sin(a) - 3, 6, 6});
    }
    const LabelRequest request{at, 4, {70, 16}, std::nullopt};
    const auto distance = [&](const PlacedLabel& p) {
        const Rect b = label_box(request, p);
        return std::hypot(std::max({b.x - at.x, 0.0f, at.x - b.right()}),
                          std::max({b.y - at.y, 0.0f, at.y - b.bottom()}));
    };
    room.soft_rings = -1;  // keep off the line at any distance
    const PlacedLabel far = place_labels({request}, room)[0];
    ASSERT_TRUE(far.placed);
    EXPECT_GT(distance(far), 50) << "off the line, but far from its place";
    room.soft_rings = 2;
    const PlacedLabel near = place_labels({request}, room)[0];
    ASSERT_TRUE(near.placed);
    EXPECT_LT(distance(near), 10) << "over the line, beside its place";
    EXPECT_FALSE(near.leader);
}

TEST(MapLabels, SegmentAndRectangle) {
    EXPECT_TRUE(segment_crosses_rect({0, 0}, {10, 10}, Rect{4, 4, 2, 2}));
    EXPECT_FALSE(segment_crosses_rect({0, 0}, {10, 0}, Rect{4, 4, 2, 2}));
    EXPECT_TRUE(segment_crosses_rect({5, 5}, {5, 5.5f}, Rect{4, 4, 2, 2}));
    Vec2 from, to;
    leader_ends({0, 0}, 2, Rect{10, -5, 20, 10}, from, to);
    EXPECT_FLOAT_EQ(from.x, 2);
    EXPECT_FLOAT_EQ(to.x, 10);
}

std::shared_ptr<const Content> shipped() {
    static const std::shared_ptr<const Content> content = load_content(testing::shipped_assets()).content;
    return content;
}

struct Size {
    int w, h;
    float px_per_mm;
};

// Screens the exhibit supports: the 7-inch Pi display, desktop and kiosk monitors in both orientations, 4K.
const Size kSizes[] = {{800, 480, 800 / 154.0f},    {1024, 600, 1024 / 154.0f},   {1280, 800, 1280 / 261.0f},
                       {1920, 1080, 96 / 25.4f},    {1080, 1920, 1080 / 398.0f},  {1920, 1200, 1920 / 518.0f},
                       {2560, 1440, 2560 / 597.0f}, {3840, 2160, 3840 / 1210.0f}, {2160, 3840, 2160 / 681.0f},
                       {1366, 768, 1366 / 344.0f},  {768, 1024, 768 / 197.0f}};

// Every name on the map: country names, place names; and what they must keep off.
void expect_clean_labels(const MapView& view, const ViewContext& ctx, const std::string& where) {
    const MapContent& map = ctx.content.map;
    std::vector<std::pair<std::string, Rect>> labels;
    for (std::size_t c = 0; c < map.countries.size(); ++c) {
        const Rect box = map_country_label(view, ctx, static_cast<int>(c));
        // At rest every country is named; zoomed in, a name whose place is off screen is left out.
        if (view.viewport.zoom == 1) { EXPECT_GT(box.w, 0) << where << ": " << map.countries[c].id << " has no name"; }
        if (box.w > 0) labels.push_back({map.countries[c].id, box});
    }
    for (std::size_t p = 0; p < map.places.size(); ++p) {
        const Vec2 at = map_place_position(view, ctx, static_cast<int>(p));
        if (!view.layout.stage.contains(at)) continue;
        const Rect box = map_place_label(view, ctx, static_cast<int>(p));
        EXPECT_GT(box.w, 0) << where << ": " << map.places[p].id << " has no name";
        if (box.w > 0) labels.push_back({map.places[p].id, box});
    }
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const Rect& a = labels[i].second;
        EXPECT_TRUE(a.x >= ctx.area.x && a.y >= ctx.area.y && a.right() <= ctx.area.right() &&
                    a.bottom() <= ctx.area.bottom())
            << where << ": " << labels[i].first << " leaves the screen";
        EXPECT_FALSE(rects_overlap(a, view.layout.legend.panel))
            << where << ": " << labels[i].first << " under the legend";
        for (const MapButton& b : view.layout.buttons)
            EXPECT_FALSE(rects_overlap(a, b.visual)) << where << ": " << labels[i].first;
        for (std::size_t j = i + 1; j < labels.size(); ++j)
            EXPECT_FALSE(rects_overlap(a, labels[j].second))
                << where << ": " << labels[i].first << " overlaps " << labels[j].first;
        for (std::size_t p = 0; p < map.places.size(); ++p) {
            const Vec2 m = map_place_position(view, ctx, static_cast<int>(p));
            const float r = view.layout.type.marker_radius;
            EXPECT_FALSE(rects_overlap(a, Rect{m.x - r, m.y - r, 2 * r, 2 * r}))
                << where << ": " << labels[i].first << " covers " << map.places[p].id;
        }
    }
    const Rect& legend = view.layout.legend.panel;
    EXPECT_TRUE(legend.x >= ctx.area.x && legend.y >= ctx.area.y && legend.right() <= ctx.area.right() &&
                legend.bottom() <= view.layout.stage.bottom())
        << where << ": legend";
}

TEST(MapLabels, NoNameOverlapsAnotherOrLeavesTheScreenAtAnySizeOrLanguage) {
    const TextMeasure measure = testing::fake_measure();
    const Theme theme = default_theme();
    for (const Size& s : kSizes) {
        MapView view;  // one per size: a change of language lays it out again, reusing its geometry
        for (Language l : kLanguages) {
            const Screen screen{s.w, s.h, s.px_per_mm};
            const ViewContext ctx{*shipped(), screen, measure, theme, l, full_screen(screen)};
            layout_map_view(view, ctx);
            const std::string where = std::to_string(s.w) + "x" + std::to_string(s.h) + " " + language_code(l);
            expect_clean_labels(view, ctx, where);
            // Every story's figures find room too.
            for (std::size_t st = 0; st < NONEMPTY(ctx.content.map.stories).size(); ++st)
                for (std::size_t r = 0; r < ctx.content.map.stories[st].routes.size(); ++r)
                    if (ctx.content.map.stories[st].routes[r].has_label) {
                        EXPECT_TRUE(view.route_labels[st][r].placed)
                            << where << ": figure of " << ctx.content.map.stories[st].id;
                    }
        }
    }
}

TEST(MapLabels, NamesArePlacedAgainWhereTheMapComesToRest) {
    const TextMeasure measure = testing::fake_measure();
    const Theme theme = default_theme();
    const Screen screen{1280, 800, 1280 / 261.0f};
    const ViewContext ctx{*shipped(), screen, measure, theme, Language::Portuguese, full_screen(screen)};
    MapView view;
    layout_map_view(view, ctx);
    std::mt19937 rng(71);
    std::uniform_real_distribution<float> x(100, 1180), y(100, 600), lines(-4, 6);
    double now = 0;
    for (int i = 0; i < 12; ++i) {
        map_on_wheel(view, ctx, WheelEvent{{x(rng), y(rng)}, lines(rng)}, now);
        for (int k = 0; k < 30; ++k) map_advance(view, ctx, now += 1.0 / 60, 1.0 / 60);
        EXPECT_FALSE(map_animating(view, now));
        EXPECT_TRUE(view.labels_for == view.viewport);
        expect_clean_labels(view, ctx, "after zoom " + std::to_string(i));
    }
}

}  // namespace
}  // namespace app
