// The timeline in use: dragging and flinging within its ends, markers that open cards, links that scroll to
// an event, the keyboard, and drawing only inside its area.
#include <gtest/gtest.h>

#include <cmath>

#include "timeline/edge_labels.h"
#include "timeline/exports_plot.h"
#include "timeline/timeline_theme.h"
#include "timeline/timeline_view.h"
#include "timeline_test_context.h"
#include "support/nonempty.h"

namespace app {
namespace {

using testing::TimelineTestContext;

constexpr double kFrame = 1.0 / 60;

struct Fixture {
    TimelineTestContext t;
    TimelineView view;
    double now = 0;

    explicit Fixture(int w = 1280, int h = 720, float ppm = 3.78f, Language l = Language::English) : t(w, h, ppm, l) {
        layout_timeline_view(view, ctx());
        start_visit(view, now);
    }
    ViewContext ctx() const { return t.ctx(); }
    void run(double seconds) {
        for (double s = 0; s < seconds; s += kFrame) {
            now += kFrame;
            timeline_advance(view, ctx(), now, kFrame);
        }
    }
    bool gesture(GestureKind kind, Vec2 pos, Vec2 delta = {}, Vec2 velocity = {}) {
        Gesture g;
        g.kind = kind;
        g.pos = pos;
        g.delta = delta;
        g.velocity = velocity;
        return timeline_on_gesture(view, ctx(), g, now);
    }
    bool key(const std::string& name) { return timeline_on_key(view, ctx(), KeyEvent{name}, now); }
    float scroll() const { return shown_scroll(view.scroll); }
    Vec2 middle() const { return {ctx().area.w / 2, view.layout.track_y - 40}; }
    // Drags by `dx` in steps, as a finger would.
    void drag(float dx, Vec2 velocity = {}) {
        Vec2 p = middle();
        gesture(GestureKind::DragStart, p);
        const int steps = 10;
        for (int i = 0; i < steps; ++i) {
            p.x += dx / steps;
            gesture(GestureKind::DragMove, p, {dx / steps, 0});
            now += kFrame;
        }
        gesture(GestureKind::DragEnd, p, {}, velocity);
    }
    Vec2 marker_on_screen(int index) const {
        const EventMark& m = view.layout.marks[static_cast<std::size_t>(index)];
        return {view.layout.area.x + m.x - scroll(), view.layout.track_y};
    }
    int index_of(const std::string& id) const { return find_event(t.content->timeline, id); }
    bool at_rest() const { return !timeline_animating(view, now); }
};

TEST(TimelineView, AVisitBeginsWithTheTelegramNearTheMiddle) {
    Fixture f;
    const int telegram = f.index_of("1935-03-27-telegram-71");
    EXPECT_LE(std::abs(f.marker_on_screen(telegram).x - f.ctx().area.w / 2), f.ctx().area.w / 6 + 1);
    EXPECT_FLOAT_EQ(f.scroll(), f.view.layout.initial_scroll);
    EXPECT_FALSE(f.view.card);
    EXPECT_TRUE(timeline_animating(f.view, f.now)) << "the plot draws itself";
    f.run(kPlotDrawSeconds + 0.1);
    EXPECT_TRUE(f.at_rest());
}

TEST(TimelineView, TheTrackFollowsTheFinger) {
    Fixture f;
    const float before = f.scroll();
    f.drag(-300);
    EXPECT_NEAR(f.scroll(), before + 300, 0.01f) << "a finger moving left shows later times";
    f.drag(120);
    EXPECT_NEAR(f.scroll(), before + 180, 0.01f);
    f.run(1.0);
    EXPECT_NEAR(f.scroll(), before + 180, 0.01f) << "a slow release leaves the track where the finger left it";
}

TEST(TimelineView, PulledPastAnEndItGivesLessAndLessThenSpringsBack) {
    Fixture f;
    set_scroll(f.view.scroll, 0);
    Vec2 p = f.middle();
    f.gesture(GestureKind::DragStart, p);
    float last_shown = 0, last_step = 1e9f;
    for (int i = 1; i <= 12; ++i) {
        p.x += 50;
        f.gesture(GestureKind::DragMove, p, {50, 0});
        const float shown = -f.scroll();
        EXPECT_GT(shown, last_shown) << "it still follows";
        EXPECT_LT(shown - last_shown, last_step + 0.01f) << "ever more reluctantly";
        EXPECT_LT(shown, 50.0f * i) << "less than the pull";
        EXPECT_LT(shown, f.view.scroll.give) << "never past its limit";
        last_step = shown - last_shown;
        last_shown = shown;
    }
    EXPECT_EQ(f.view.scroll.offset, 0);
    f.gesture(GestureKind::DragEnd, p, {}, {2000, 0});
    EXPECT_FALSE(inertia_active(f.view.scroll.fling)) << "let go past the end: no glide, a spring";
    f.run(0.5);
    EXPECT_EQ(f.scroll(), 0) << "back exactly at the start";

    // And at the far end.
    set_scroll(f.view.scroll, f.view.layout.max_scroll);
    f.drag(-400);
    EXPECT_GT(f.scroll(), f.view.layout.max_scroll);
    EXPECT_LT(f.scroll(), f.view.layout.max_scroll + f.view.scroll.give);
    f.run(0.5);
    EXPECT_EQ(f.scroll(), f.view.layout.max_scroll);
}

TEST(TimelineView, AFlingGlidesSlowsAndStopsWithinTheEnds) {
    Fixture f;
    const float before = f.scroll();
    f.drag(-100, {-2500, 0});
    EXPECT_TRUE(inertia_active(f.view.scroll.fling));
    f.run(0.1);
    const float first = f.scroll() - before - 100;
    EXPECT_GT(first, 0);
    const float mid = f.scroll();
    f.run(0.1);
    EXPECT_LT(f.scroll() - mid, first) << "it slows down";
    f.run(3);
    EXPECT_TRUE(f.at_rest());

    // A wild fling towards either end stops exactly there.
    f.drag(-50, {-1e6f, 0});
    f.run(4);
    EXPECT_TRUE(f.at_rest());
    EXPECT_LE(f.scroll(), f.view.layout.max_scroll);
    f.drag(50, {1e6f, 0});
    f.run(8);
    EXPECT_TRUE(f.at_rest());
    EXPECT_GE(f.scroll(), 0);
}

TEST(TimelineView, AtRestTheTrackIsAlwaysWithinItsEnds) {
    Fixture f;
    std::uint32_t seed = 7;
    auto next = [&](float lo, float hi) {
        seed = seed * 1664525u + 1013904223u;
        return lo + (hi - lo) * static_cast<float>(seed >> 8) / static_cast<float>(1u << 24);
    };
    for (int i = 0; i < 60; ++i) {
        f.drag(next(-2000, 2000), {next(-8000, 8000), 0});
        f.run(next(0, 0.3f));
        if (i % 5 == 4) {
            f.run(6);
            ASSERT_TRUE(f.at_rest());
            EXPECT_GE(f.scroll(), 0);
            EXPECT_LE(f.scroll(), f.view.layout.max_scroll);
            EXPECT_EQ(f.view.scroll.overshoot, 0);
        }
    }
}

TEST(TimelineView, TouchingAMarkerOrItsLabelOpensItsCard) {
    Fixture f;
    f.run(1);
    for (std::size_t i = 0; i < f.view.layout.marks.size(); ++i) {
        const EventMark& m = f.view.layout.marks[i];
        set_scroll(f.view.scroll, scroll_centring(f.view.layout, m.x));
        close_cards(f.view, f.now);
        f.run(0.3);
        EXPECT_TRUE(f.gesture(GestureKind::Tap, f.marker_on_screen(static_cast<int>(i))));
        ASSERT_TRUE(f.view.card) << m.label.text;
        EXPECT_EQ(f.view.card->annotation, static_cast<int>(i)) << "the marker of " << m.label.text;
        EXPECT_EQ(f.view.card->content.body.in(Language::English),
                  f.t.content->timeline.events[i].body.in(Language::English));
        if (m.lane.lane >= 0) {
            close_cards(f.view, f.now);
            const Rect& b = m.label_box;
            f.gesture(GestureKind::Tap, {b.x + b.w / 2 - f.scroll(), b.y + b.h / 2});
            ASSERT_TRUE(f.view.card);
            EXPECT_EQ(f.view.card->annotation, static_cast<int>(i)) << "the label of " << m.label.text;
        }
    }
}

// At the edges, labels are touched and drawn where they stand: slid in whole, or fading and then gone.
TEST(TimelineView, ALabelAtAnEdgeIsDrawnAndTouchedWhereItStands) {
    Fixture f(800, 480, 5.2f);
    f.run(1);
    const TimelineLayout& L = f.view.layout;
    int slid = 0, gone = 0;
    for (float scroll = 0; scroll <= L.max_scroll; scroll += 37) {
        set_scroll(f.view.scroll, scroll);
        const std::vector<LabelAtEdge> at = labels_at_edges(L, scroll);
        DisplayList list;
        draw_timeline(f.view, f.ctx(), f.now, list);
        for (std::size_t i = 0; i < NONEMPTY(L.marks).size(); ++i) {
            const EventMark& m = L.marks[i];
            if (m.lane.lane < 0 || (at[i].slide == 0 && at[i].opacity == 1)) continue;
            const Text* drawn = nullptr;
            for (const DrawCommand& c : list.commands)
                if (const Text* t = std::get_if<Text>(&c); t && t->text == m.label.text) drawn = t;
            const Rect box = slid_label_box(m, at[i].slide);
            const Vec2 centre{L.area.x + box.x + box.w / 2 - scroll, box.y + box.h / 2};
            if (at[i].opacity <= 0) {
                EXPECT_EQ(drawn, nullptr) << m.label.text << " should be gone";
                if (L.area.contains(centre)) {
                    EXPECT_NE(timeline_event_at(f.view, f.ctx(), centre), static_cast<int>(i));
                }
                ++gone;
                continue;
            }
            ASSERT_NE(drawn, nullptr) << m.label.text;
            EXPECT_NEAR(drawn->top_left.x, L.area.x + m.label.top_left.x + at[i].slide - scroll, 0.01f) << m.label.text;
            EXPECT_LT(drawn->color.a, 255 * at[i].opacity + 1) << m.label.text;
            if (at[i].opacity == 1 && at[i].slide != 0) {
                EXPECT_EQ(timeline_event_at(f.view, f.ctx(), centre), static_cast<int>(i)) << m.label.text;
                ++slid;
            }
        }
    }
    EXPECT_GT(slid, 0);
    EXPECT_GT(gone, 0);
}

TEST(TimelineView, AMonthNameCutByAnEdgeFadesAsItGoes) {
    Fixture f(800, 480, 5.2f);
    const TimelineLayout& L = f.view.layout;
    int whole = 0, fading = 0;
    for (float scroll = 0; scroll <= L.max_scroll; scroll += 11) {
        set_scroll(f.view.scroll, scroll);
        DisplayList list;
        draw_timeline(f.view, f.ctx(), f.now, list);
        for (const Text& name : NONEMPTY(L.month_names)) {
            const float x = L.area.x + name.top_left.x - scroll;
            const float w = f.ctx().measure.width(name.role, name.size_px, name.text);
            const float cut = std::max(0.0f, L.area.x - x) + std::max(0.0f, x + w - L.area.right());
            const Text* drawn = nullptr;
            for (const DrawCommand& c : list.commands)
                if (const Text* t = std::get_if<Text>(&c);
                    t && t->text == name.text && std::abs(t->top_left.x - x) < 0.5f)
                    drawn = t;
            if (!drawn) continue;  // out of sight, gone, or giving way to a year's name
            if (cut == 0) {
                EXPECT_EQ(drawn->color.a, name.color.a) << name.text;
                ++whole;
            } else {
                EXPECT_LT(drawn->color.a, name.color.a) << name.text << " cut by " << cut << " px at full strength";
                EXPECT_LT(cut, w * 0.5f) << name.text;
                ++fading;
            }
        }
    }
    EXPECT_GT(whole, 0);
    EXPECT_GT(fading, 0);
}

TEST(TimelineView, TheCardStaysInTheAreaAndClosesOnItsButtonOrElsewhere) {
    for (const auto& [w, h, ppm] :
         {std::tuple{800, 480, 5.2f}, std::tuple{1920, 1080, 3.78f}, std::tuple{1080, 1920, 3.78f}}) {
        Fixture f(w, h, ppm);
        const int telegram = f.index_of("1935-03-27-telegram-71");
        f.gesture(GestureKind::Tap, f.marker_on_screen(telegram));
        ASSERT_TRUE(f.view.card);
        f.run(0.5);
        const Rect area = f.ctx().area;
        const OpenCard& card = *f.view.card;
        const Rect on_screen{card.rect.x - f.scroll(), card.rect.y, card.rect.w, card.rect.h};
        EXPECT_GE(on_screen.x, area.x);
        EXPECT_LE(on_screen.right(), area.right());
        EXPECT_GE(on_screen.y, area.y);
        EXPECT_LE(on_screen.bottom(), area.bottom()) << w << "x" << h;
        EXPECT_GE(card.layout.text_px, f.view.layout.type.card_px * 0.55f);
        EXPECT_NE(card.content.title.in(Language::English).find("March 27, 1935"), std::string::npos);
        // Reading it does not close it; its button does.
        EXPECT_FALSE(f.gesture(GestureKind::Tap, {on_screen.x + on_screen.w / 2, on_screen.bottom() - 4}));
        EXPECT_TRUE(f.view.card);
        const Rect& close = card.layout.close_target;
        EXPECT_TRUE(
            f.gesture(GestureKind::Tap, {on_screen.x + close.x + close.w / 2, on_screen.y + close.y + close.h / 2}));
        EXPECT_FALSE(f.view.card);
        f.run(0.3);
        EXPECT_FALSE(f.view.closing_card) << "faded away";
        // A touch on nothing closes an open card.
        f.gesture(GestureKind::Tap, f.marker_on_screen(telegram));
        ASSERT_TRUE(f.view.card);
        f.gesture(GestureKind::Tap, {area.x + 2, area.bottom() - 2});
        EXPECT_FALSE(f.view.card);
    }
}

TEST(TimelineView, DraggingClosesTheCardAndATouchCatchesAGlide) {
    Fixture f;
    f.gesture(GestureKind::Tap, f.marker_on_screen(f.index_of("1935-03-27-telegram-71")));
    ASSERT_TRUE(f.view.card);
    f.drag(-200, {-3000, 0});
    EXPECT_FALSE(f.view.card);
    f.run(0.05);
    ASSERT_TRUE(inertia_active(f.view.scroll.fling));
    EXPECT_TRUE(f.gesture(GestureKind::Tap, f.middle()));
    EXPECT_FALSE(inertia_active(f.view.scroll.fling));
    EXPECT_FALSE(f.view.card) << "the touch that stops a glide opens nothing";
}

TEST(TimelineView, EveryEventIsATargetAtLeastFifteenMillimetresAcross) {
    Fixture f(800, 480, 5.2f);
    const float half = f.ctx().screen.mm(7.4f);
    // The last event stands alone: 7.4 mm to either side of its marker still hits it.
    const int last = static_cast<int>(f.view.layout.marks.size()) - 1;
    set_scroll(f.view.scroll, f.view.layout.max_scroll);
    const Vec2 c = f.marker_on_screen(last);
    for (Vec2 d : {Vec2{-half, 0}, Vec2{half, 0}, Vec2{0, half}, Vec2{0, -half}})
        EXPECT_EQ(timeline_event_at(f.view, f.ctx(), {c.x + d.x, c.y + d.y}), last);
    EXPECT_EQ(timeline_event_at(f.view, f.ctx(), {c.x, c.y + f.ctx().screen.mm(12)}), -1) << "but not anywhere";
}

TEST(TimelineView, ALinkScrollsToItsEventAndOpensItsCard) {
    Fixture f;
    const int last = f.index_of("1937-08-04-new-agreement");
    timeline_show_event(f.view, f.ctx(), "1937-08-04-new-agreement", f.now);
    EXPECT_TRUE(f.view.scroll.animation) << "animated, not a jump";
    EXPECT_FALSE(f.view.card) << "the card opens when the track arrives";
    EXPECT_LE(f.view.scroll.animation->duration, kTimelineScrollMaxSeconds);
    EXPECT_GE(f.view.scroll.animation->duration, kTimelineScrollMinSeconds);
    const float start = f.scroll();
    f.run(0.1);
    EXPECT_GT(f.scroll(), start);
    f.run(kTimelineScrollMaxSeconds);
    ASSERT_TRUE(f.view.card);
    EXPECT_EQ(f.view.card->annotation, last);
    const Vec2 m = f.marker_on_screen(last);
    EXPECT_GE(m.x, f.ctx().area.x);
    EXPECT_LE(m.x, f.ctx().area.right());
    EXPECT_EQ(f.view.focus, last);

    // An event already on screen opens without a scroll; an unknown id does nothing.
    const float here = f.scroll();
    timeline_show_event(f.view, f.ctx(), "1937-08-04-new-agreement", f.now);
    EXPECT_EQ(f.view.card->annotation, last);
    timeline_show_event(f.view, f.ctx(), "no-such-event", f.now);
    f.run(0.5);
    EXPECT_EQ(f.scroll(), here);
    ASSERT_TRUE(f.view.card);
    EXPECT_EQ(f.view.card->annotation, last);
}

TEST(TimelineView, TheKeyboardStepsThroughEventsOpensAndCloses) {
    Fixture f;
    const int telegram = f.index_of("1935-03-27-telegram-71");
    EXPECT_FALSE(f.key("Escape")) << "nothing to close: the key is left for the exhibit";
    EXPECT_TRUE(f.key("Right"));
    EXPECT_EQ(f.view.focus, telegram) << "the keyboard starts where the visitor looks";
    EXPECT_TRUE(f.key("Right"));
    EXPECT_EQ(f.view.focus, telegram + 1);
    EXPECT_TRUE(f.key("Return"));
    f.run(0.5);
    ASSERT_TRUE(f.view.card);
    EXPECT_EQ(f.view.card->annotation, telegram + 1);
    EXPECT_TRUE(f.key("Left")) << "with a card open the arrows turn its pages";
    f.run(0.5);
    ASSERT_TRUE(f.view.card);
    EXPECT_EQ(f.view.card->annotation, telegram);
    EXPECT_TRUE(f.key("Escape"));
    EXPECT_FALSE(f.view.card);
    EXPECT_TRUE(f.key("End"));
    f.run(0.5);
    const int last = static_cast<int>(f.view.layout.marks.size()) - 1;
    EXPECT_EQ(f.view.focus, last);
    EXPECT_FALSE(f.key("Right")) << "no further than the last";
    const Vec2 m = f.marker_on_screen(last);
    EXPECT_GE(m.x, f.ctx().area.x);
    EXPECT_LE(m.x, f.ctx().area.right()) << "the focused event is scrolled into view";
    EXPECT_TRUE(f.key("Home"));
    f.run(0.5);
    EXPECT_EQ(f.view.focus, 0);
    EXPECT_LE(f.marker_on_screen(0).x, f.ctx().area.right());
    EXPECT_FALSE(f.key("Left"));
}

TEST(TimelineView, TheFocusRingIsForKeyboardVisitorsOnly) {
    Fixture f;
    auto focus_lines = [&]() {
        DisplayList list;
        draw_timeline(f.view, f.ctx(), f.now, list);
        int n = 0;
        for (const DrawCommand& c : list.commands)
            if (const auto* l = std::get_if<Line>(&c)) n += l->color == f.view.layout.colours.focus;
        return n;
    };
    timeline_show_event(f.view, f.ctx(), "1935-04-05-litvinov-agrees", f.now);
    f.run(0.6);
    ASSERT_TRUE(f.view.card);
    const int by_link = focus_lines();  // the open event's leader only
    EXPECT_TRUE(f.key("Right"));
    f.run(0.6);
    EXPECT_EQ(focus_lines(), by_link + 4) << "a ring of four sides once a key is used";
    ASSERT_TRUE(f.view.card);
    const Rect& card = f.view.card->rect;
    f.gesture(GestureKind::Tap, {card.x - f.scroll() + card.w / 2, card.bottom() - 3});  // reading the card
    ASSERT_TRUE(f.view.card);
    EXPECT_EQ(focus_lines(), by_link) << "a touch puts it away";
}

// Every command sits inside one clip to the view's area, and nothing is placed below or above it.
void expect_inside(const DisplayList& list, const Rect& area) {
    ASSERT_GE(list.commands.size(), 2u);
    const auto* clip = std::get_if<PushClip>(&list.commands.front());
    ASSERT_TRUE(clip);
    EXPECT_EQ(clip->rect.x, area.x);
    EXPECT_EQ(clip->rect.y, area.y);
    EXPECT_EQ(clip->rect.w, area.w);
    EXPECT_EQ(clip->rect.h, area.h);
    EXPECT_TRUE(std::holds_alternative<PopClip>(list.commands.back()));
    int depth = 0;
    for (const DrawCommand& c : list.commands) {
        if (std::holds_alternative<PushClip>(c)) ++depth;
        if (std::holds_alternative<PopClip>(c)) --depth;
        EXPECT_GE(depth, 0);
        if (const auto* t = std::get_if<Text>(&c)) {
            EXPECT_GE(t->top_left.y, area.y) << t->text;
            EXPECT_LE(t->top_left.y + t->size_px, area.bottom()) << t->text;
        }
    }
    EXPECT_EQ(depth, 0);
}

TEST(TimelineView, DrawsOnlyInsideItsArea) {
    for (Language l : kLanguages) {
        Fixture f(1280, 720, 3.78f, l);
        f.run(2);
        DisplayList list;
        draw_timeline(f.view, f.ctx(), f.now, list);
        expect_inside(list, f.ctx().area);
        f.gesture(GestureKind::Tap, f.marker_on_screen(f.index_of("1935-03-27-telegram-71")));
        f.run(0.5);
        DisplayList with_card;
        draw_timeline(f.view, f.ctx(), f.now, with_card);
        expect_inside(with_card, f.ctx().area);
        EXPECT_GT(with_card.commands.size(), list.commands.size());
    }
}

TEST(TimelineView, ThePlotDrawsItselfWhenTheViewOpens) {
    Fixture f;
    auto bars = [&]() {
        DisplayList list;
        draw_timeline(f.view, f.ctx(), f.now, list);
        std::vector<float> heights;
        for (const PlotBar& bar : f.view.layout.plot.bars)
            for (const DrawCommand& c : list.commands)
                if (const auto* r = std::get_if<FillRect>(&c))
                    if (r->rect.x == bar.full.x && r->rect.bottom() == bar.full.bottom() && r->rect.w == bar.full.w)
                        heights.push_back(r->rect.h);
        return heights;
    };
    EXPECT_TRUE(bars().empty()) << "nothing yet at the moment it opens";
    f.run(0.3);
    const std::vector<float> rising = bars();
    EXPECT_FALSE(rising.empty());
    f.run(kPlotDrawSeconds);
    const std::vector<float> done = bars();
    ASSERT_EQ(done.size(), f.view.layout.plot.bars.size());
    for (std::size_t i = 0; i < done.size(); ++i) { EXPECT_EQ(done[i], f.view.layout.plot.bars[i].full.h); }
    EXPECT_TRUE(f.at_rest());
    start_visit(f.view, f.now);
    EXPECT_TRUE(bars().empty()) << "and again for the next visitor";
}

TEST(TimelineView, ANewLayoutKeepsTheMomentInTheMiddleAndTheOpenCard) {
    Fixture f;
    f.drag(-900);
    f.run(0.5);
    const double middle = f.view.layout.axis.day_of(f.scroll() + f.ctx().area.w / 2);
    f.gesture(GestureKind::Tap, f.marker_on_screen(f.index_of("1935-07-13-notes-exchanged")));
    const bool opened = f.view.card.has_value();
    f.t.screen.width_px = 1920;
    f.t.screen.height_px = 1080;
    layout_timeline_view(f.view, f.ctx());
    const double after = f.view.layout.axis.day_of(f.scroll() + f.ctx().area.w / 2);
    EXPECT_NEAR(after, middle, 2.0);
    EXPECT_EQ(f.view.card.has_value(), opened);
    f.t.language = Language::Russian;
    layout_timeline_view(f.view, f.ctx());
    if (f.view.card) { EXPECT_EQ(f.view.card->content.title.in(Language::Russian).find("Соглашение"), 0u); }
}

TEST(TimelineTheme, TextAndMarksAreReadableOnTheSurround) {
    const TimelineTheme t = timeline_theme(default_theme());
    for (Color text : {t.title, t.muted_text, t.label, t.accent}) {
        EXPECT_GE(contrast_ratio(text, t.background), 4.5);
    }
    for (Color mark : {t.track, t.marker, t.focus, t.position_window, t.series[0], t.series[1]})
        EXPECT_GE(contrast_ratio(mark, t.background), 3.0);
    EXPECT_GE(contrast_ratio(t.leader, t.background), 3.0) << "a leader joins a label to its marker: it must be seen";
}

}  // namespace
}  // namespace app
