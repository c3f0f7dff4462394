#include "../cards/card_links.h"
#include "map_view.h"

#include <algorithm>
#include <cmath>

#include "../animation/easing.h"
#include "map_cards.h"
#include "map_hit.h"
#include "map/labels/map_names.h"

namespace app {
namespace {

Vec2 centre_of(const Rect& r) { return {r.x + r.w / 2, r.y + r.h / 2}; }

Rect grown(const Rect& r, float by) { return Rect{r.x - by, r.y - by, r.w + 2 * by, r.h + 2 * by}; }

bool settled(const MapView& v) {
    return !v.dragging && !v.pinching && !v.move && !inertia_active(v.fling) &&
           clamp_pan(pan_range(v.layout.frame, v.viewport.zoom), v.viewport.pan).x == v.viewport.pan.x &&
           clamp_pan(pan_range(v.layout.frame, v.viewport.zoom), v.viewport.pan).y == v.viewport.pan.y;
}

float rubber_limit(const MapView& v) { return std::max(40.0f, std::min(v.layout.stage.w, v.layout.stage.h) * 0.12f); }

Rect marker_box(const MapView& v, Vec2 at) {
    const float r = v.layout.type.marker_radius;
    return Rect{at.x - r, at.y - r, 2 * r, 2 * r};
}

CardContent place_card_content(const Content& content, const MapPlace& p) {
    CardContent card{p.name, p.caption, p.sources, std::nullopt, place_links(content, p.id)};
    card.picture = p.picture;
    return card;
}
CardContent country_card_content(const MapCountry& c) {
    return CardContent{c.name, c.caption, c.sources, std::nullopt, {}};
}

void close_place_card(MapView& v, double now) {
    if (!v.card) return;
    start_closing(v.card, v.closing_card, now);
    v.card_subject = {};
}

// A story's card makes way for a place's or country's card; the story's lines stay.
void close_story_card(MapView& v, double now) { start_closing(v.story_card, v.closing_story_card, now); }

void open_place(MapView& v, const ViewContext& ctx, int place, double now) {
    close_place_card(v, now);
    close_story_card(v, now);
    const Rect anchor = grown(marker_box(v, map_place_position(v, ctx, place)), 2);
    v.card = place_map_card(
        v, ctx, place_card_content(ctx.content, ctx.content.map.places[static_cast<std::size_t>(place)]), anchor, now);
    v.card_subject = MapCardSubject{place, -1, -1};
}

void open_country(MapView& v, const ViewContext& ctx, int country, Vec2 touched, double now) {
    close_place_card(v, now);
    close_story_card(v, now);
    Rect anchor = map_country_label(v, ctx, country);
    if (anchor.w <= 0 || !rects_overlap(anchor, v.layout.stage)) anchor = Rect{touched.x - 4, touched.y - 4, 8, 8};
    v.card = place_map_card(v, ctx, country_card_content(ctx.content.map.countries[static_cast<std::size_t>(country)]),
                            anchor, now);
    v.card->annotation = country;  // the closing card still knows whose veil to fade
    v.card_subject = MapCardSubject{-1, country, -1};
}

// Ends the story being told: its card closes and its lines fade with it.
void end_story(MapView& v, double now) {
    close_story_card(v, now);
    if (v.story >= 0) {
        v.fading_story = v.story;
        v.fading_story_since = now;
        v.fading_story_started = v.story_started;
    }
    v.story = -1;
}

void start_move(MapView& v, MapViewport to, double now, double duration) {
    stop_inertia(v.fling);
    if (to == v.viewport) {
        v.move.reset();
        return;
    }
    v.move = MapMove{v.viewport, to, now, duration};
}

MapViewport home_viewport() { return MapViewport{1, {0, 0}}; }

// Taps on a card: its close button closes it, a link button asks the exhibit to follow it, its picture to show it
// full screen; elsewhere on it nothing happens. Returns whether the card took the tap.
bool tap_on_card(std::optional<OpenCard>& card, std::optional<OpenCard>& closing, MapView& v, Vec2 p, double now,
                 bool& changed, bool& closed) {
    if (!card) return false;
    const CardHit::Part part = take_card_tap(v, *card, card->rect, p);
    if (part == CardHit::Part::Close) {
        start_closing(card, closing, now);
        closed = true;
    }
    changed = part == CardHit::Part::Close || part == CardHit::Part::Link || part == CardHit::Part::Picture;
    return part != CardHit::Part::Outside;
}

bool on_tap(MapView& v, const ViewContext& ctx, Vec2 p, double now) {
    bool changed = false, closed = false;
    if (tap_on_card(v.card, v.closing_card, v, p, now, changed, closed)) {
        if (closed) v.card_subject = {};
        return changed;
    }
    if (tap_on_card(v.story_card, v.closing_story_card, v, p, now, changed, closed)) {
        if (closed) end_story(v, now);
        return changed;
    }
    const int button = map_button_at(v, p);
    if (button >= 0) {
        const MapButton& b = v.layout.buttons[static_cast<std::size_t>(button)];
        if (b.story < 0) map_reset(v, ctx, now);
        else map_play_story(v, ctx, ctx.content.map.stories[static_cast<std::size_t>(b.story)].id, now);
        return true;
    }
    const int legend = map_legend_country_at(v, ctx, p);
    if (legend >= 0) {
        open_country(v, ctx, legend, p, now);
        return true;
    }
    if (v.layout.legend.panel.contains(p)) return false;
    if (!v.layout.stage.contains(p)) return false;
    const int place = map_place_at(v, ctx, p);
    if (place >= 0) {
        if (v.card && v.card_subject.place == place) return false;
        open_place(v, ctx, place, now);
        return true;
    }
    const int country = map_country_touched(v, ctx, p);
    if (country >= 0) {
        if (v.card && v.card_subject.country == country) return false;
        open_country(v, ctx, country, p, now);
        return true;
    }
    if (v.card) {  // a touch on the open sea puts the card away
        close_place_card(v, now);
        return true;
    }
    return false;
}

// Moves the visitor asked for with keys or the wheel: eased, within bounds.
bool move_by(MapView& v, float zoom_factor, Vec2 pan_by, double now) {
    const MapViewport from = v.move ? v.move->to : v.viewport;
    MapViewport to = zoom_about(v.layout.frame, from, clamp_zoom(v.layout.frame, from.zoom * zoom_factor),
                                centre_of(v.layout.frame.fit));
    to.pan.x += pan_by.x;
    to.pan.y += pan_by.y;
    to = bounded(v.layout.frame, to);
    if (to == v.viewport) return false;
    close_place_card(v, now);
    start_move(v, to, now, kMapMoveSeconds);
    return true;
}

}  // namespace

MapTransform map_transform(const MapView& view) { return view_transform(view.layout.frame, view.viewport); }

void layout_map_view(MapView& view, const ViewContext& ctx) {
    // Keep the place on the map that is in the middle of the view, at the same zoom.
    const bool had_layout = view.layout.projected != nullptr;
    PlanePoint middle{};
    if (had_layout) middle = to_map(map_transform(view), centre_of(view.layout.frame.fit));
    const float zoom = view.viewport.zoom;

    MapLayout fresh = layout_map(ctx, view.theme, had_layout ? &view.layout : nullptr);
    view.layout = std::move(fresh);
    view.move.reset();
    stop_inertia(view.fling);
    view.dragging = view.pinching = false;
    view.viewport = MapViewport{clamp_zoom(view.layout.frame, zoom), {}};
    if (had_layout) {
        const MapTransform t = map_transform(view);
        const Vec2 now_at = to_screen(t, middle);
        const Vec2 c = centre_of(view.layout.frame.fit);
        view.viewport.pan = {c.x - now_at.x, c.y - now_at.y};
    }
    view.viewport = bounded(view.layout.frame, view.viewport);
    view.raw_pan = view.viewport.pan;
    view.labels_valid = false;
    place_map_names(view, ctx);

    view.closing_card.reset();
    view.closing_story_card.reset();
    const MapContent& map = ctx.content.map;
    if (view.story >= static_cast<int>(map.stories.size())) view.story = -1;
    if (view.story_card && view.story >= 0) {
        const double opened = view.story_card->opened_at;
        view.story_card = place_story_card(view, ctx, view.story, opened);
    } else {
        view.story_card.reset();
    }
    if (view.card) {
        const double opened = view.card->opened_at;
        const MapCardSubject subject = view.card_subject;
        view.card.reset();
        if (subject.place >= 0 && subject.place < static_cast<int>(map.places.size()))
            open_place(view, ctx, subject.place, opened);
        else if (subject.country >= 0 && subject.country < static_cast<int>(map.countries.size()))
            open_country(view, ctx, subject.country, centre_of(view.layout.frame.fit), opened);
        else view.card_subject = {};
    }
}

void close_cards(MapView& view, double now) {
    close_place_card(view, now);
    end_story(view, now);
}

void start_visit(MapView& view, const ViewContext& ctx, double now) { map_reset(view, ctx, now, false); }

void map_reset(MapView& view, const ViewContext& ctx, double now, bool animate) {
    if (!view.layout.projected) return;
    close_place_card(view, now);
    end_story(view, now);
    view.dragging = view.pinching = false;
    if (animate) {
        start_move(view, home_viewport(), now, kMapMoveSeconds);
    } else {
        stop_inertia(view.fling);
        view.move.reset();
        view.viewport = home_viewport();
        view.card.reset();
        view.closing_card.reset();
        view.closing_story_card.reset();
        view.fading_story = -1;
        view.labels_valid = false;
        place_map_names(view, ctx);
    }
    view.raw_pan = view.move ? view.move->to.pan : view.viewport.pan;
}

void map_show_place(MapView& view, const ViewContext& ctx, const std::string& id, double now) {
    if (!view.layout.projected) return;
    const int place = find_place(ctx.content.map, id);
    if (place < 0) return;
    // The place must be on screen for its card to point at it: if it is not, back to the whole map at once.
    if (!view.layout.stage.contains(map_place_position(view, ctx, place))) {
        view.viewport = home_viewport();
        view.move.reset();
        stop_inertia(view.fling);
        place_map_names(view, ctx);
    }
    open_place(view, ctx, place, now);
}

void map_show_country(MapView& view, const ViewContext& ctx, const std::string& id, double now) {
    if (!view.layout.projected) return;
    const int country = find_country(ctx.content.map, id);
    if (country < 0) return;
    open_country(view, ctx, country, centre_of(view.layout.stage), now);
}

void map_play_story(MapView& view, const ViewContext& ctx, const std::string& id, double now) {
    if (!view.layout.projected) return;
    const int story = find_story(ctx.content.map, id);
    if (story < 0) return;
    close_place_card(view, now);
    end_story(view, now);
    view.dragging = view.pinching = false;
    // The whole map first, so every line of the story is in view; the lines start once it is there.
    const bool moving = !(view.viewport == home_viewport());
    start_move(view, home_viewport(), now, kMapMoveSeconds);
    view.story = story;
    view.story_started = now + (moving ? kMapMoveSeconds : 0.0);
    view.story_card = place_story_card(view, ctx, story, now);
    view.card_subject = {};
}

bool map_story_finished(const MapView& view, double now) {
    if (view.story < 0) return false;
    return now >= view.story_started + view.layout.stories[static_cast<std::size_t>(view.story)].duration;
}

bool map_on_gesture(MapView& view, const ViewContext& ctx, const Gesture& g, double now) {
    if (!view.layout.projected) return false;
    const MapFrame& frame = view.layout.frame;
    switch (g.kind) {
        case GestureKind::Tap: return on_tap(view, ctx, g.pos, now);
        case GestureKind::LongPress: return false;
        case GestureKind::DragStart: {
            if (view.pinching) return false;
            // A drag that starts on a card or a button is not a pan of the map.
            const bool on_card = (view.card && view.card->rect.contains(g.pos)) ||
                                 (view.story_card && view.story_card->rect.contains(g.pos));
            if (on_card || map_button_at(view, g.pos) >= 0) return false;
            stop_inertia(view.fling);
            view.move.reset();
            view.dragging = true;
            view.raw_pan = view.viewport.pan;
            const bool had_card = view.card.has_value();
            close_place_card(view, now);
            return had_card;
        }
        case GestureKind::DragMove: {
            if (!view.dragging) return false;
            view.raw_pan.x += g.delta.x;
            view.raw_pan.y += g.delta.y;
            const Vec2 before = view.viewport.pan;
            view.viewport.pan =
                rubber_banded_pan(pan_range(frame, view.viewport.zoom), view.raw_pan, rubber_limit(view));
            return before.x != view.viewport.pan.x || before.y != view.viewport.pan.y;
        }
        case GestureKind::DragEnd: {
            if (!view.dragging) return false;
            view.dragging = false;
            const Vec2 inside = clamp_pan(pan_range(frame, view.viewport.zoom), view.viewport.pan);
            if (inside.x == view.viewport.pan.x && inside.y == view.viewport.pan.y)
                start_inertia(view.fling, g.velocity, ctx.screen.px_per_mm);
            return true;  // it glides, springs back or comes to rest (names placed again)
        }
        case GestureKind::PinchStart: {
            stop_inertia(view.fling);
            view.move.reset();
            view.dragging = false;
            view.pinching = true;
            view.pinch_start = view.viewport;
            view.pinch_centre = g.pos;
            const bool had_card = view.card.has_value();
            close_place_card(view, now);
            return had_card;
        }
        case GestureKind::PinchMove: {
            if (!view.pinching) return false;
            const float raw_zoom = view.pinch_start.zoom * std::max(g.scale, 0.01f);
            const float zoom = rubber_banded_zoom(frame, raw_zoom);
            MapViewport v = zoom_about(frame, view.pinch_start, zoom, view.pinch_centre);
            v.pan.x += g.pos.x - view.pinch_centre.x;  // the fingers' midpoint carries the map along
            v.pan.y += g.pos.y - view.pinch_centre.y;
            view.raw_pan = v.pan;
            v.pan = rubber_banded_pan(pan_range(frame, zoom), v.pan, rubber_limit(view));
            const bool changed = !(v == view.viewport);
            view.viewport = v;
            return changed;
        }
        case GestureKind::PinchEnd: {
            if (!view.pinching) return false;
            view.pinching = false;
            MapViewport to = zoom_about(frame, view.viewport, clamp_zoom(frame, view.viewport.zoom), g.pos);
            to = bounded(frame, to);
            start_move(view, to, now, kMapSettleSeconds);
            view.raw_pan = to.pan;
            return true;
        }
    }
    return false;
}

bool map_on_wheel(MapView& view, const ViewContext&, const WheelEvent& wheel, double now) {
    if (!view.layout.projected) return false;
    if (wheel.lines == 0) return false;
    const MapFrame& frame = view.layout.frame;
    MapViewport to = zoom_about(frame, view.viewport,
                                clamp_zoom(frame, view.viewport.zoom * std::pow(1.25f, wheel.lines)), wheel.pos);
    to = bounded(frame, to);
    if (to == view.viewport) return false;
    close_place_card(view, now);
    stop_inertia(view.fling);
    view.move.reset();
    view.viewport = to;
    view.raw_pan = to.pan;
    return true;
}

bool map_on_key(MapView& view, const ViewContext& ctx, const KeyEvent& key, double now) {
    if (!view.layout.projected) return false;
    const MapContent& map = ctx.content.map;
    const float step = std::min(view.layout.stage.w, view.layout.stage.h) * 0.2f;
    if (key.key == "Escape") {
        if (view.card) {
            close_place_card(view, now);
            return true;
        }
        if (view.story < 0) return false;
        end_story(view, now);
        return true;
    }
    if (key.key == "Home") {
        map_reset(view, ctx, now);
        return true;
    }
    if (key.key == "Tab") {  // keyboard visitors step through the places
        if (map.places.empty()) return false;
        const int next = view.card && view.card_subject.place >= 0
                             ? (view.card_subject.place + 1) % static_cast<int>(map.places.size())
                             : 0;
        map_show_place(view, ctx, map.places[static_cast<std::size_t>(next)].id, now);
        return true;
    }
    if (key.key.size() == 1 && key.key[0] >= '1' && key.key[0] <= '9') {
        const std::size_t story = static_cast<std::size_t>(key.key[0] - '1');
        if (story >= map.stories.size()) return false;
        map_play_story(view, ctx, map.stories[story].id, now);
        return true;
    }
    if (key.key == "Left") return move_by(view, 1, {step, 0}, now);
    if (key.key == "Right") return move_by(view, 1, {-step, 0}, now);
    if (key.key == "Up") return move_by(view, 1, {0, step}, now);
    if (key.key == "Down") return move_by(view, 1, {0, -step}, now);
    if (key.key == "=" || key.key == "+" || key.key == "Keypad +") return move_by(view, 1.5f, {}, now);
    if (key.key == "-" || key.key == "Keypad -") return move_by(view, 1 / 1.5f, {}, now);
    return false;
}

bool map_advance(MapView& view, const ViewContext& ctx, double now, double dt) {
    if (!view.layout.projected) return false;  // not laid out yet
    bool changed = false;
    const MapFrame& frame = view.layout.frame;
    if (view.move) {
        const MapMove& m = *view.move;
        const float t = ease_in_out_cubic(progress(now, m.start, m.duration));
        view.viewport = MapViewport{lerp(m.from.zoom, m.to.zoom, t),
                                    {lerp(m.from.pan.x, m.to.pan.x, t), lerp(m.from.pan.y, m.to.pan.y, t)}};
        if (t >= 1) {
            view.viewport = m.to;
            view.move.reset();
        }
        view.raw_pan = view.viewport.pan;
        changed = true;
    }
    if (inertia_active(view.fling) && !view.dragging) {
        const Vec2 step = step_inertia(view.fling, dt, ctx.screen.px_per_mm);
        const Vec2 wanted{view.viewport.pan.x + step.x, view.viewport.pan.y + step.y};
        const Vec2 inside = clamp_pan(pan_range(frame, view.viewport.zoom), wanted);
        if (inside.x != wanted.x || inside.y != wanted.y) stop_inertia(view.fling);  // stopped by an edge
        view.viewport.pan = inside;
        view.raw_pan = inside;
        changed = true;
    }
    if (!view.dragging && !view.pinching && !view.move) {
        const Vec2 inside = clamp_pan(pan_range(frame, view.viewport.zoom), view.viewport.pan);
        const Vec2 over{view.viewport.pan.x - inside.x, view.viewport.pan.y - inside.y};
        if (over.x != 0 || over.y != 0) {
            view.viewport.pan = {inside.x + spring_back(over.x, dt), inside.y + spring_back(over.y, dt)};
            view.raw_pan = view.viewport.pan;
            changed = true;
        }
    }
    if (view.closing_card && card_gone(*view.closing_card, now)) {
        view.closing_card.reset();
        changed = true;
    }
    if (view.closing_story_card && card_gone(*view.closing_story_card, now)) {
        view.closing_story_card.reset();
        changed = true;
    }
    if (view.fading_story >= 0) {
        if (now >= view.fading_story_since + kCardCloseSeconds) view.fading_story = -1;
        changed = true;
    }
    if (settled(view) && (!view.labels_valid || !(view.labels_for == view.viewport))) {
        place_map_names(view, ctx);
        changed = true;
    }
    if (view.story >= 0 &&
        now < view.story_started + view.layout.stories[static_cast<std::size_t>(view.story)].duration + dt)
        changed = true;
    return changed;
}

void apply_reduced_motion(MapView& v, bool on, double now) {
    if (!on) return;
    if (v.move) {
        v.viewport = v.move->to;
        v.raw_pan = v.viewport.pan;
        v.move.reset();
    }
    if (v.story >= 0) v.story_started = now - kLongAgo;
    v.fading_story = -1;
    finish_opening(v.card, now);
    finish_opening(v.story_card, now);
    v.closing_card.reset();
    v.closing_story_card.reset();
}

bool map_animating(const MapView& view, double now) {
    if (!view.layout.projected) return false;
    if (view.move || inertia_active(view.fling) || view.closing_card || view.closing_story_card ||
        view.fading_story >= 0)
        return true;
    if (view.card && card_animating(*view.card, now)) return true;
    if (view.story_card && card_animating(*view.story_card, now)) return true;
    if (view.story >= 0 &&
        now < view.story_started + view.layout.stories[static_cast<std::size_t>(view.story)].duration)
        return true;
    if (!view.dragging && !view.pinching) {
        if (!settled(view)) return true;  // springing back
        if (!view.labels_valid || !(view.labels_for == view.viewport)) return true;
    }
    return false;
}

}  // namespace app
