#include "exhibit.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "idle/countdown_view.h"

namespace app {
namespace {

ViewContext context_of(const Exhibit& e) { return ViewContext{*e.content, e.screen, e.measure, e.theme, e.language, full_screen(e.screen)}; }

double breath_step(double t) { return std::floor(t * kBreathingFramesPerSecond); }

bool counting_down(const Exhibit& e) {
    return e.scene != Scene::Attract && idle_phase(e.options.idle, e.last_activity, e.now) == IdlePhase::CountingDown;
}

VisitEvent visit(const Exhibit& e, VisitEvent::Kind kind, std::string id = {}) {
    VisitEvent v;
    v.kind = kind;
    v.at = e.now;
    v.language = e.language;
    v.id = std::move(id);
    return v;
}

// Notes a card opening or closing by comparing with what the log last saw, so views need not know the log.
void note_card_changes(Exhibit& e) {
    const int open = e.scene == Scene::Telegram && e.telegram.card ? e.telegram.card->annotation : -1;
    if (open == e.noted_card) return;
    const auto& annotations = e.content->annotations;
    if (e.noted_card >= 0 && e.noted_card < static_cast<int>(annotations.size())) {
        VisitEvent closed = visit(e, VisitEvent::Kind::CardClosed, annotations[static_cast<std::size_t>(e.noted_card)].id);
        closed.seconds = e.now - e.noted_card_at;
        note(e.visits, closed);
    }
    if (open >= 0) note(e.visits, visit(e, VisitEvent::Kind::CardOpened, annotations[static_cast<std::size_t>(open)].id));
    e.noted_card = open;
    e.noted_card_at = e.now;
}

// Where a tap landed on the page, as fractions of the page: enough for a heatmap, nothing about the person.
void note_touch(Exhibit& e, const Gesture& g) {
    if (e.scene != Scene::Telegram || g.kind != GestureKind::Tap) return;
    const Rect& page = e.telegram.layout.page;
    const Vec2 p{g.pos.x, g.pos.y + e.telegram.scroll_y};
    if (!page.contains(p) || page.w <= 0 || page.h <= 0) return;
    VisitEvent touch = visit(e, VisitEvent::Kind::Touch);
    touch.where = {(p.x - page.x) / page.w, (p.y - page.y) / page.h};
    note(e.visits, touch);
}

void enter_telegram(Exhibit& e, Language language) {
    const bool new_session = e.scene == Scene::Attract;
    e.language = language;
    e.scene = Scene::Telegram;
    if (new_session) note(e.visits, visit(e, VisitEvent::Kind::SessionStart));
    note(e.visits, visit(e, VisitEvent::Kind::ViewEntered, "telegram"));
    layout_telegram_view(e.telegram, context_of(e));  // the layout depends on the language of its cards
    start_telegram_visit(e.telegram, e.now);
    e.dirty = true;
}

bool on_attract_gesture(Exhibit& e, const Gesture& g) {
    if (g.kind != GestureKind::Tap) return false;
    const std::optional<Language> chosen = attract_button_at(layout_attract(context_of(e)), g.pos);
    enter_telegram(e, chosen.value_or(e.options.default_language));
    return true;
}

bool on_gesture(Exhibit& e, const Gesture& g) {
    if (e.scene == Scene::Attract) return on_attract_gesture(e, g);
    note_touch(e, g);
    return telegram_on_gesture(e.telegram, context_of(e), g, e.now);
}

// Any touch while "Still there?" shows answers it: the visitor stays, and that touch does nothing else.
bool answer_countdown(Exhibit& e, const InputEvent& event) {
    if (!counting_down(e)) return false;
    e.last_activity = e.now;
    e.countdown_appeared_at = -1;
    reset_gestures(e.gestures);
    if (const auto* p = std::get_if<PointerEvent>(&event)) e.ignore_touch_until_lifted = p->phase != PointerPhase::Up;
    e.dirty = true;
    return true;
}

}  // namespace

Exhibit make_exhibit(std::shared_ptr<const Content> content, Screen screen, TextMeasure measure, ExhibitOptions options) {
    Exhibit exhibit;
    exhibit.content = std::move(content);
    exhibit.screen = screen;
    exhibit.measure = std::move(measure);
    exhibit.options = options;
    exhibit.language = options.default_language;
    exhibit.gestures.config.pinch = false;  // nothing here zooms, so a second finger must not break a drag
    layout_telegram_view(exhibit.telegram, context_of(exhibit));
    if (options.start == Scene::Telegram) {
        enter_telegram(exhibit, options.default_language);
    } else {
        start_over(exhibit);
    }
    return exhibit;
}

void start_over(Exhibit& exhibit) {
    if (exhibit.scene != Scene::Attract) {
        exhibit.telegram.card.reset();
        note_card_changes(exhibit);
        note(exhibit.visits, visit(exhibit, VisitEvent::Kind::SessionEnd));
    }
    exhibit.scene = Scene::Attract;
    exhibit.language = exhibit.options.default_language;
    exhibit.attract = AttractView{exhibit.now};
    start_telegram_visit(exhibit.telegram, exhibit.now);
    reset_gestures(exhibit.gestures);
    exhibit.ignore_touch_until_lifted = false;
    exhibit.countdown_appeared_at = -1;
    exhibit.last_activity = exhibit.now;
    exhibit.dirty = true;
}

void resize(Exhibit& exhibit, Screen screen) {
    exhibit.screen = screen;
    layout_telegram_view(exhibit.telegram, context_of(exhibit));
    reset_gestures(exhibit.gestures);
    exhibit.dirty = true;
}

void replace_content(Exhibit& exhibit, std::shared_ptr<const Content> content) {
    // An open card follows its annotation by id: an edit may add or remove annotations before it.
    std::string open_id;
    if (exhibit.telegram.card) open_id = exhibit.content->annotations[static_cast<std::size_t>(exhibit.telegram.card->annotation)].id;
    exhibit.content = std::move(content);
    if (exhibit.telegram.card) {
        exhibit.telegram.card->annotation = -1;
        for (std::size_t i = 0; i < exhibit.content->annotations.size(); ++i)
            if (exhibit.content->annotations[i].id == open_id) exhibit.telegram.card->annotation = static_cast<int>(i);
        if (exhibit.telegram.card->annotation < 0) exhibit.telegram.card.reset();
    }
    exhibit.noted_card = exhibit.telegram.card ? exhibit.telegram.card->annotation : -1;
    layout_telegram_view(exhibit.telegram, context_of(exhibit));
    exhibit.dirty = true;
}

bool handle_input(Exhibit& exhibit, const InputEvent& event) {
    const ViewContext ctx = context_of(exhibit);
    if (answer_countdown(exhibit, event)) return true;
    exhibit.last_activity = exhibit.now;

    bool changed = false;
    bool used = false;
    if (const auto* pointer = std::get_if<PointerEvent>(&event)) {
        used = true;
        if (exhibit.ignore_touch_until_lifted) {
            if (pointer->phase == PointerPhase::Up) exhibit.ignore_touch_until_lifted = false;
            return true;
        }
        for (const Gesture& g : recognize(exhibit.gestures, *pointer, exhibit.now, exhibit.screen.px_per_mm))
            changed |= on_gesture(exhibit, g);
    } else if (const auto* wheel = std::get_if<WheelEvent>(&event)) {
        used = exhibit.scene == Scene::Telegram;
        if (used) changed = telegram_on_wheel(exhibit.telegram, ctx, *wheel);
    } else if (const auto* key = std::get_if<KeyEvent>(&event)) {
        if (exhibit.scene == Scene::Attract) {
            used = key->key == "Return" || key->key == "Space";  // keyboard visitors begin with Enter
            if (used) enter_telegram(exhibit, exhibit.options.default_language);
        } else {
            changed = telegram_on_key(exhibit.telegram, ctx, *key, exhibit.now);
            used = changed;
        }
    }
    exhibit.dirty |= changed || used;
    note_card_changes(exhibit);
    return used;
}

void advance(Exhibit& exhibit, double dt_s) {
    if (!(dt_s > 0)) return;  // also rejects NaN
    exhibit.now += dt_s;
    if (exhibit.scene != Scene::Attract) {
        switch (idle_phase(exhibit.options.idle, exhibit.last_activity, exhibit.now)) {
            case IdlePhase::Active: break;
            case IdlePhase::CountingDown:
                if (exhibit.countdown_appeared_at < 0) {
                    exhibit.countdown_appeared_at = exhibit.now;
                    reset_gestures(exhibit.gestures);  // a finger resting on the glass is not a visitor
                    exhibit.dirty = true;
                }
                break;
            case IdlePhase::Expired: start_over(exhibit); return;
        }
    }
    const ViewContext ctx = context_of(exhibit);
    for (const Gesture& g : update_gestures(exhibit.gestures, exhibit.now)) exhibit.dirty |= on_gesture(exhibit, g);
    if (exhibit.scene == Scene::Telegram) exhibit.dirty |= telegram_advance(exhibit.telegram, ctx, exhibit.now, dt_s);
    note_card_changes(exhibit);
}

bool exhibit_animating(const Exhibit& exhibit) {
    if (exhibit.scene == Scene::Attract) return attract_animating(exhibit.attract, exhibit.now);
    if (exhibit.countdown_appeared_at >= 0 && exhibit.now - exhibit.countdown_appeared_at < 0.3) return true;
    return telegram_animating(exhibit.telegram, exhibit.now);
}

void settle(Exhibit& exhibit, double max_s) {
    constexpr double kFrame = 1.0 / 60;
    for (double t = 0; t < max_s && exhibit_animating(exhibit); t += kFrame) advance(exhibit, kFrame);
}

bool needs_frame(const Exhibit& exhibit) { return seconds_until_next_frame(exhibit) <= 0; }

double seconds_until_next_frame(const Exhibit& exhibit) {
    if (exhibit.dirty) return 0;
    const double now = exhibit.now;
    const double since_drawn = now - exhibit.drawn_at;
    if (exhibit_animating(exhibit)) return 0;
    if (exhibit.scene == Scene::Attract) {
        // Anything that changed by itself since the last frame (a teaser or the cursor) is due now.
        const double next = attract_next_change(exhibit.attract, exhibit.drawn_at);
        return std::max(0.0, next - since_drawn);
    }
    double wait = idle_next_change(exhibit.options.idle, exhibit.last_activity, now);
    if (!exhibit.content->annotations.empty()) {
        if (breath_step(now) != breath_step(exhibit.drawn_at)) return 0;
        wait = std::min(wait, (breath_step(now) + 1) / kBreathingFramesPerSecond - now);
    }
    if (counting_down(exhibit)) {
        const IdleSettings& idle = exhibit.options.idle;
        if (countdown_seconds_left(idle, exhibit.last_activity, now) !=
            countdown_seconds_left(idle, exhibit.last_activity, exhibit.drawn_at))
            return 0;
    }
    return std::max(0.0, wait);
}

DisplayList draw(Exhibit& exhibit) {
    const ViewContext ctx = context_of(exhibit);
    DisplayList list;
    list.clear_color = exhibit.theme.surround;
    if (exhibit.scene == Scene::Attract) {
        draw_attract(exhibit.attract, ctx, exhibit.now, list);
    } else {
        draw_telegram(exhibit.telegram, ctx, exhibit.now, list);
        if (counting_down(exhibit)) {
            const IdleSettings& idle = exhibit.options.idle;
            const double left = idle.timeout_s + idle.countdown_s - (exhibit.now - exhibit.last_activity);
            const int seconds = countdown_seconds_left(idle, exhibit.last_activity, exhibit.now);
            draw_countdown(ctx, exhibit.now, exhibit.countdown_appeared_at, seconds,
                           static_cast<float>(std::ceil(left) / idle.countdown_s), list);
        }
    }
    exhibit.dirty = false;
    exhibit.drawn_at = exhibit.now;
    return list;
}

}  // namespace app
