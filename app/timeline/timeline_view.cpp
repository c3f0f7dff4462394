#include "../cards/card_links.h"
#include "timeline_view.h"

#include <algorithm>
#include <cmath>

#include "edge_labels.h"
#include "event_text.h"
#include "exports_plot.h"
#include "../animation/easing.h"
#include "../text/text_size.h"

namespace app {
namespace {

constexpr float kWheelStepMm = 20;        // one notch of a mouse wheel moves the track this far
constexpr float kLeastCardTextMm = 3.0f;  // a card's text never shrinks below this to fit beside its marker

float rect_distance(const Rect& r, Vec2 p) {
    const float dx = std::max({r.x - p.x, 0.0f, p.x - r.right()});
    const float dy = std::max({r.y - p.y, 0.0f, p.y - r.bottom()});
    return std::sqrt(dx * dx + dy * dy);
}

float to_screen_x(const TimelineView& view, float track_x) {
    return view.layout.area.x + track_x - shown_scroll(view.scroll);
}

Rect marker_box(const TimelineView& view, const EventMark& mark) {
    return Rect{to_screen_x(view, mark.x) - mark.radius, view.layout.track_y - mark.radius, 2 * mark.radius,
                2 * mark.radius};
}

double scroll_seconds(const TimelineView& view, float distance) {
    const double screens = std::abs(distance) / std::max(1.0f, view.layout.area.w);
    return std::clamp(kTimelineScrollMinSeconds + 0.12 * screens, kTimelineScrollMinSeconds, kTimelineScrollMaxSeconds);
}

// Whether the event's marker and label are on screen with a margin to spare.
bool comfortably_visible(const TimelineView& view, const EventMark& mark) {
    const Rect box = mark_box_on_screen(view.layout, mark, view.scroll.offset);
    const float m = view.layout.type.margin;
    return box.x >= view.layout.area.x + m && box.right() <= view.layout.area.right() - m;
}

// Scrolls event `index` into view; opens its card on arrival when `open`.
void bring_into_view(TimelineView& view, int index, bool open, double now) {
    const EventMark& mark = view.layout.marks[static_cast<std::size_t>(index)];
    view.pending = -1;
    if (comfortably_visible(view, mark) && !scroll_moving(view.scroll)) {
        if (open) view.pending = index;  // opens at the next step, where the track stands
        return;
    }
    const float target = scroll_showing(view.layout, mark.x);
    scroll_to(view.scroll, target, now, scroll_seconds(view, target - view.scroll.offset));
    if (open) view.pending = index;
}

// Beside the marker, above or below, as cards are everywhere; but where the shared rule would shrink the
// text to fit (a short screen), the card first grows wider (up to ~80 characters a line, which a card of a
// few lines still reads well at), and its text shrinks only down to the legible minimum, never below.
PlacedCard place_event_card(const CardContent& content, const Rect& anchor, const PlacementRoom& room, int text_px,
                            const ViewContext& ctx) {
    const float least_px = std::min(static_cast<float>(text_px), std::max(std::round(ctx.screen.mm(kLeastCardTextMm)),
                                                                          static_cast<float>(min_text_px(ctx.screen))));
    for (float px = static_cast<float>(text_px); px >= least_px - 0.01f; px = std::floor(px * 0.92f)) {
        const int size = static_cast<int>(px);
        const float narrow = card_width(size, ctx.screen, room.margin);
        const float wide = std::max(narrow, std::min(room.viewport_w - 2 * room.margin, px * 42.0f));
        for (float w = narrow; w <= wide + 0.5f; w += std::max(1.0f, (wide - narrow) / 3)) {
            PlacedCard placed;
            placed.layout = layout_card(content, ctx.content.interface, ctx.language, std::floor(w), size, ctx.screen,
                                        ctx.measure, ctx.theme);
            if (std::optional<CardPlacement> p = place_card(anchor, placed.layout.size, room)) {
                placed.placement = *p;
                return placed;
            }
            if (wide <= narrow) break;
        }
        if (px <= least_px) break;
    }
    // The last resort: the legible card on the side with more room, pushed inside the area even where that
    // covers the marker's surroundings.
    const int size = static_cast<int>(least_px);
    const float w = std::max(card_width(size, ctx.screen, room.margin),
                             std::min(room.viewport_w - 2 * room.margin, least_px * 42.0f));
    PlacedCard placed;
    placed.layout = layout_card(content, ctx.content.interface, ctx.language, std::floor(w), size, ctx.screen,
                                ctx.measure, ctx.theme);
    const Vec2 card = placed.layout.size;
    const bool below = room.viewport_h - anchor.bottom() >= anchor.y;
    const float y = std::clamp(below ? anchor.bottom() + room.gap : anchor.y - room.gap - card.y, room.margin,
                               std::max(room.margin, room.viewport_h - room.margin - card.y));
    const float centre = anchor.x + anchor.w / 2;
    const float x =
        std::clamp(centre - card.x / 2, room.margin, std::max(room.margin, room.viewport_w - room.margin - card.x));
    placed.placement = CardPlacement{
        Rect{std::round(x), std::round(y), card.x, card.y}, 0, below, {centre, below ? anchor.bottom() : anchor.y}};
    return placed;
}

OpenCard build_card(const TimelineView& view, const ViewContext& ctx, int index, double opened_at) {
    const TimelineLayout& layout = view.layout;
    const EventMark& mark = layout.marks[static_cast<std::size_t>(index)];
    OpenCard card;
    card.annotation = index;
    const TimelineEvent& event = ctx.content.timeline.events[static_cast<std::size_t>(index)];
    card.content = event_card_content(event, ctx.content.timeline.text);
    card.content.links = event_links(ctx.content, event);
    card.opened_at = opened_at;

    // Placed in the area beside the marker (the card grows out of it), never over it.
    const float scroll = shown_scroll(view.scroll);
    const float pad = std::max(2.0f, ctx.screen.mm(0.4f));
    const Rect anchor = marker_box(view, mark);
    PlacementRoom room = card_room(ctx.screen, 0, 0);
    room.viewport_w = layout.area.w;
    room.viewport_h = layout.area.h;
    const Rect anchor_in_area{anchor.x - pad - layout.area.x, anchor.y - pad - layout.area.y, anchor.w + 2 * pad,
                              anchor.h + 2 * pad};
    const PlacedCard placed = place_event_card(card.content, anchor_in_area, room, layout.type.card_px, ctx);

    // Area coordinates → track x, screen y.
    auto to_track = [&](Rect r) { return Rect{r.x + scroll, r.y + layout.area.y, r.w, r.h}; };
    card.layout = placed.layout;
    card.rect = to_track(placed.placement.card);
    card.phrase_box = to_track(anchor_in_area);
    card.below = placed.placement.below;
    card.caret_tip = {placed.placement.caret_tip.x + scroll, placed.placement.caret_tip.y + layout.area.y};
    return card;
}

// The event nearest the middle of the screen: where the keyboard starts.
int event_nearest_middle(const TimelineView& view) {
    const float middle = view.scroll.offset + view.layout.area.w / 2;
    int best = -1;
    float best_d = 0;
    for (std::size_t i = 0; i < view.layout.marks.size(); ++i) {
        const float d = std::abs(view.layout.marks[i].x - middle);
        if (best < 0 || d < best_d) best = static_cast<int>(i), best_d = d;
    }
    return best;
}

bool move_focus(TimelineView& view, int to, double now) {
    const int count = static_cast<int>(view.layout.marks.size());
    if (count == 0) return false;
    to = std::clamp(to, 0, count - 1);
    if (to == view.focus) return false;
    const bool browsing = view.card.has_value() || view.pending >= 0;  // with a card open, the arrows turn pages
    view.focus = to;
    close_cards(view, now);
    bring_into_view(view, to, browsing, now);
    return true;
}

}  // namespace

void layout_timeline_view(TimelineView& view, const ViewContext& ctx) {
    const bool had_layout = view.laid_out;
    const double middle_day = had_layout ? view.layout.axis.day_of(view.scroll.offset + view.layout.area.w / 2) : 0;
    view.layout = layout_timeline(ctx);
    view.laid_out = true;
    const float give = std::min(view.layout.area.w * 0.25f, ctx.screen.mm(30));
    set_scroll_range(view.scroll, view.layout.max_scroll, give);
    set_scroll(view.scroll, had_layout ? scroll_centring(view.layout, view.layout.axis.x_of(middle_day))
                                       : view.layout.initial_scroll);
    view.closing_card.reset();
    const int count = static_cast<int>(view.layout.marks.size());
    if (view.focus >= count) view.focus = -1;
    if (view.pending >= count) view.pending = -1;
    if (view.card) {
        const int index = view.card->annotation;
        const double opened_at = view.card->opened_at;
        view.card.reset();
        if (index < count) view.card = build_card(view, ctx, index, opened_at);
    }
}

void start_visit(TimelineView& view, double now) {
    view.card.reset();
    view.closing_card.reset();
    view.focus = view.pending = -1;
    set_scroll(view.scroll, view.layout.initial_scroll);
    view.visit_started = now;
}

void open_card(TimelineView& view, const ViewContext& ctx, int index, double now) {
    if (index < 0 || index >= static_cast<int>(view.layout.marks.size())) return;
    view.pending = -1;  // a card opened now replaces one waiting for the track to arrive
    if (view.card && view.card->annotation == index) return;
    close_cards(view, now);
    view.card = build_card(view, ctx, index, now);
}

void close_cards(TimelineView& view, double now) { start_closing(view.card, view.closing_card, now); }

void timeline_show_event(TimelineView& view, const ViewContext& ctx, const std::string& id, double now) {
    const int index = find_event(ctx.content.timeline, id);
    if (index < 0 || index >= static_cast<int>(view.layout.marks.size())) return;
    if (view.card && view.card->annotation == index) return;
    close_cards(view, now);
    view.focus = index;
    bring_into_view(view, index, true, now);
}

int timeline_event_at(const TimelineView& view, const ViewContext& ctx, Vec2 p) {
    if (!view.layout.area.contains(p)) return -1;
    const float tolerance = ctx.screen.mm(kMinTouchTargetMm) / 2;
    int best = -1;
    float best_d = tolerance;
    const std::vector<LabelAtEdge> at = labels_at_edges(view.layout, shown_scroll(view.scroll));  // as drawn
    for (std::size_t i = 0; i < view.layout.marks.size(); ++i) {
        const EventMark& mark = view.layout.marks[i];
        float d = rect_distance(marker_box(view, mark), p);
        if (mark.lane.lane >= 0 && at[i].opacity > 0) {
            Rect label = slid_label_box(mark, at[i].slide);
            label.x = to_screen_x(view, label.x);
            d = std::min(d, rect_distance(label, p));
        }
        if (d < best_d || (best < 0 && d <= best_d)) {
            best = static_cast<int>(i);
            best_d = d;
        }
    }
    return best;
}

bool timeline_on_gesture(TimelineView& view, const ViewContext& ctx, const Gesture& g, double now) {
    view.show_focus = false;  // the focus ring is for keyboard visitors; a touch puts it away
    switch (g.kind) {
        case GestureKind::Tap: {
            if (inertia_active(view.scroll.fling)) {  // a touch on a gliding track catches it, nothing more
                stop_inertia(view.scroll.fling);
                return true;
            }
            if (view.card) {
                const float dx = view.layout.area.x - shown_scroll(view.scroll);
                const Rect r{view.card->rect.x + dx, view.card->rect.y, view.card->rect.w, view.card->rect.h};
                const CardHit::Part part = take_card_tap(view, *view.card, r, g.pos);
                if (part == CardHit::Part::Close) close_cards(view, now);
                if (part == CardHit::Part::Inside) return false;  // reading the card is not a reason to close it
                if (part != CardHit::Part::Outside) return true;
            }
            return tap_beside_cards(view, ctx, timeline_event_at(view, ctx, g.pos), now);
        }
        case GestureKind::DragStart:
            if (!view.layout.area.contains(g.pos)) return false;
            drag_start(view.scroll);
            view.pending = -1;
            close_cards(view, now);
            return true;
        case GestureKind::DragMove: return drag_by(view.scroll, g.delta.x);
        case GestureKind::DragEnd:
            if (!view.scroll.dragging) return false;
            drag_end(view.scroll, g.velocity.x, ctx.screen.px_per_mm);
            return true;
        default: return false;
    }
}

bool timeline_on_key(TimelineView& view, const ViewContext&, const KeyEvent& key, double now) {
    const int count = static_cast<int>(view.layout.marks.size());
    if (key.key == "Escape") {
        if (!view.card && view.pending < 0) return false;
        view.pending = -1;
        close_cards(view, now);
        return true;
    }
    if (count == 0) return false;
    const int start = view.focus >= 0 ? view.focus : event_nearest_middle(view);
    view.show_focus = true;
    if (key.key == "Right") return move_focus(view, view.focus >= 0 ? view.focus + 1 : start, now);
    if (key.key == "Left") return move_focus(view, view.focus >= 0 ? view.focus - 1 : start, now);
    if (key.key == "Home") return move_focus(view, 0, now);
    if (key.key == "End") return move_focus(view, count - 1, now);
    if (key.key == "Return" || key.key == "Keypad Enter" || key.key == "Space") {
        if (view.card && view.card->annotation == start) return false;
        view.focus = start;
        close_cards(view, now);
        bring_into_view(view, start, true, now);
        return true;
    }
    return false;
}

bool timeline_on_wheel(TimelineView& view, const ViewContext& ctx, const WheelEvent& wheel) {
    if (!view.layout.area.contains(wheel.pos)) return false;
    const float before = view.scroll.offset;
    set_scroll(view.scroll, view.scroll.offset - wheel.lines * ctx.screen.mm(kWheelStepMm));
    return view.scroll.offset != before;
}

bool timeline_advance(TimelineView& view, const ViewContext& ctx, double now, double dt) {
    bool changed = step_scroll(view.scroll, now, dt, ctx.screen.px_per_mm);
    if (view.pending >= 0 && !view.scroll.animation) {
        open_card(view, ctx, view.pending, now);
        view.pending = -1;
        changed = true;
    }
    if (view.closing_card && card_gone(*view.closing_card, now)) {
        view.closing_card.reset();
        changed = true;
    }
    return changed || now - view.visit_started < kPlotDrawSeconds + dt;
}

void apply_reduced_motion(TimelineView& v, bool on, double now) {
    if (!on) return;
    if (v.scroll.animation) {
        set_scroll(v.scroll, v.scroll.animation->to);
        v.scroll.animation.reset();
    }
    v.visit_started = now - kLongAgo;
    finish_opening(v.card, now);
    v.closing_card.reset();
}

bool timeline_animating(const TimelineView& view, double now) {
    return scroll_moving(view.scroll) || view.pending >= 0 || (view.card && card_animating(*view.card, now)) ||
           view.closing_card.has_value() || now - view.visit_started < kPlotDrawSeconds;
}

}  // namespace app
