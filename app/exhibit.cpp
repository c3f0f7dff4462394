#include "exhibit.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

#include "animation/easing.h"
#include "idle/countdown_view.h"
#include "listen/caption_strip.h"
#include "telegram/telegram_tools.h"

namespace app {
namespace {

// The views share the screen with the navigation bar along the bottom; attract and the countdown have it all.
Rect view_area(const Screen& screen) {
    Rect area = full_screen(screen);
    area.h = std::max(0.0f, area.h - nav_bar_height(screen));
    return area;
}
// What every view needs, with what is being read aloud (and which words of it, when they can be marked).
ViewContext context_with_area(const Exhibit& e, Rect area) {
    ViewContext ctx{*e.content, e.screen, e.measure, e.theme, e.language, area, e.options.sound};
    if (const Narration* n = listening_to(e.listening, *e.content)) {
        ctx.playing = n->subject;
        if (n->follows_text)
            std::tie(ctx.spoken_begin, ctx.spoken_end) = spoken_range(*n, listening_position(e.listening, e.now));
    }
    return ctx;
}
ViewContext context_of(const Exhibit& e) { return context_with_area(e, view_area(e.screen)); }
ViewContext whole_screen_context(const Exhibit& e) { return context_with_area(e, full_screen(e.screen)); }

// A Listen or Stop pressed on the telegram view is acted on once the view has handled the tap.
bool act_on_listen_pressed(Exhibit& e) {
    if (!e.telegram.listen) return false;
    const std::string subject = *e.telegram.listen;
    e.telegram.listen.reset();
    toggle_listening(e, subject);
    return true;
}

const char* view_name(Scene scene) {
    switch (scene) {
        case Scene::Map: return "map";
        case Scene::Timeline: return "timeline";
        default: return "telegram";
    }
}

// While the telegram (or a card edited since its recording) is read aloud, its captions' band stands above the
// telegram's buttons: the page ends above the band, so the captions cover no word of it either.
void fit_telegram_to_captions(Exhibit& e) {
    const Narration* n = listening_to(e.listening, *e.content);
    set_telegram_caption_room(e.telegram, n && captioned_on_band(*n) ? caption_band_room(*n, context_of(e)) : 0.0f);
}

// Where the captions' band stands on its foot: on the telegram, above its tools strip.
float caption_band_bottom(const Exhibit& e, const ViewContext& ctx) {
    return e.scene == Scene::Telegram ? e.telegram.tools_strip.y : ctx.area.bottom();
}

// The map's or the timeline's layout, and what it waits for; nullptr for the telegram (never waits).
WaitingLayout* waiting_of(Exhibit& e, Scene scene) {
    switch (scene) {
        case Scene::Map: return &e.map_waiting;
        case Scene::Timeline: return &e.timeline_waiting;
        default: return nullptr;
    }
}

// The telegram at once (the attract loop leads to it); the map and the timeline when they are next needed.
void lay_out_views(Exhibit& e) {
    fit_telegram_to_captions(e);
    layout_telegram_view(e.telegram, context_of(e));
    e.map_waiting.layout = e.timeline_waiting.layout = true;
    ensure_laid_out(e, e.scene);
}

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

template <typename T>
std::string id_at(const std::vector<T>& items, int index, const char* prefix) {
    return index >= 0 && index < static_cast<int>(items.size()) ? prefix + items[static_cast<std::size_t>(index)].id
                                                                : "";
}

// The card open in the current view, named for statistics: an annotation by its id, anything else by kind and id.
std::string open_card_id(const Exhibit& e) {
    const Content& c = *e.content;
    switch (e.scene) {
        case Scene::Telegram: return e.telegram.card ? id_at(c.annotations, e.telegram.card->annotation, "") : "";
        case Scene::Timeline:
            return e.timeline.card ? id_at(c.timeline.events, e.timeline.card->annotation, "event:") : "";
        case Scene::Map:
            if (e.map.card && e.map.card_subject.place >= 0)
                return id_at(c.map.places, e.map.card_subject.place, "place:");
            if (e.map.card && e.map.card_subject.country >= 0)
                return id_at(c.map.countries, e.map.card_subject.country, "country:");
            if (e.map.story_card) return id_at(c.map.stories, e.map.story, "story:");
            return "";
        case Scene::Attract: return "";
    }
    return "";
}

// Notes a card opening or closing by comparing with what the log last saw, so views need not know the log.
void note_card_changes(Exhibit& e) {
    std::string open = open_card_id(e);
    if (open == e.noted_card) return;
    if (!e.noted_card.empty()) {
        VisitEvent closed = visit(e, VisitEvent::Kind::CardClosed, e.noted_card);
        closed.seconds = e.now - e.noted_card_at;
        note(e.visits, closed);
    }
    if (!open.empty()) note(e.visits, visit(e, VisitEvent::Kind::CardOpened, open));
    e.noted_card = std::move(open);
    e.noted_card_at = e.now;
}

// Notes a narration starting or stopping by comparing with what the log last saw: how long it played, and
// whether to its end, tell curators which narrations visitors stay with.
void note_listening_changes(Exhibit& e) {
    NotedListening& noted = e.noted_listening;
    if (e.listening.serial == noted.serial) return;
    noted.serial = e.listening.serial;
    if (!noted.subject.empty()) {
        VisitEvent ended = visit(e, VisitEvent::Kind::ListenEnded, noted.subject);
        ended.language = noted.language;
        ended.seconds = std::clamp(e.now - noted.started_at, 0.0, noted.length_s);
        ended.to_the_end = e.now - noted.started_at >= noted.length_s;
        note(e.visits, ended);
        noted.subject.clear();
    }
    if (const Narration* n = listening_to(e.listening, *e.content)) {
        VisitEvent started = visit(e, VisitEvent::Kind::ListenStarted, n->subject);
        started.language = n->language;
        note(e.visits, started);
        noted = {e.listening.serial, n->subject, n->language, e.listening.started_at, n->seconds};
    }
}

// A narration goes on only while what it reads is in front of the visitor, in their language, and not over.
void stop_listening_when_gone(Exhibit& e) {
    const Narration* n = listening_to(e.listening, *e.content);
    if (!n) return;
    bool shown =
        e.scene == Scene::Telegram && n->language == e.language && listening_position(e.listening, e.now) < n->seconds;
    if (shown) {  // the telegram's narration gives way to a card the visitor opens; a card's to its closing
        const TelegramView& t = e.telegram;
        const std::string card =
            t.card && t.card->annotation >= 0
                ? annotation_narration(e.content->annotations[static_cast<std::size_t>(t.card->annotation)].id)
                : std::string();
        shown = n->subject == kTelegramNarration ? card.empty() : n->subject == card;
    }
    if (shown) return;
    stop_listening(e.listening);
    note_listening_changes(e);
    e.dirty = true;
}

// Where a tap landed on the page, as fractions of the page: enough for a heatmap, nothing about the person.
// Taps on the buttons that float over the page are not about the words beneath them and are left out.
void note_touch(Exhibit& e, const Gesture& g) {
    if (e.scene != Scene::Telegram || g.kind != GestureKind::Tap) return;
    if (telegram_tools_hit(telegram_tools(e.telegram, context_of(e)), g.pos)) return;
    const Rect& page = e.telegram.layout.page;
    const Vec2 p{g.pos.x, g.pos.y + e.telegram.scroll_y};
    if (!page.contains(p) || page.w <= 0 || page.h <= 0) return;
    VisitEvent touch = visit(e, VisitEvent::Kind::Touch);
    touch.where = {(p.x - page.x) / page.w, (p.y - page.y) / page.h};
    note(e.visits, touch);
}

void enter_scene(Exhibit& e, Scene scene) {
    const bool from_attract = e.scene == Scene::Attract;
    ensure_laid_out(e, scene);
    e.scene = scene;
    e.view_entered_at = from_attract ? -1e9 : e.now;  // the telegram types itself in; other changes fade
    reset_gestures(e.gestures);
    e.picture.reset();  // a picture belongs to the card it was opened from, in the view being left
    e.gestures.config.pinch = scene == Scene::Map;  // only the map (and a picture full screen) zooms
    if (scene == Scene::Timeline && !e.timeline_visited) {
        start_visit(e.timeline, e.now);
        e.timeline_visited = true;
    }
    note(e.visits, visit(e, VisitEvent::Kind::ViewEntered, view_name(scene)));
    note_card_changes(e);
    e.dirty = true;
}

// With reduced motion on, whatever started to move has already arrived; each view knows what moves in it. What
// follows a finger (a drag, a pinch) still follows it; nothing moves by itself.
void apply_motion_setting(Exhibit& e) {
    const bool on = e.options.reduced_motion;
    apply_reduced_motion(e.telegram, on, e.now);
    apply_reduced_motion(e.map, on, e.now);
    apply_reduced_motion(e.timeline, on, e.now);
    if (!on) return;
    if (e.picture && !apply_reduced_motion(*e.picture, on, e.now)) {  // a picture appears and goes at once
        e.picture.reset();
        e.gestures.config.pinch = e.scene == Scene::Map;
    }
    e.view_entered_at = -kLongAgo;  // no fade between views
}

// A visitor leaves the attract loop in `language`: a visit starts on `scene`.
void begin_visit(Exhibit& e, Language language, Scene scene) {
    const bool relayout = language != e.language;
    e.language = language;
    note(e.visits, visit(e, VisitEvent::Kind::SessionStart));
    if (relayout) lay_out_views(e);  // the layouts depend on the language
    start_visit(e.telegram, e.now);
    enter_scene(e, scene);
}

bool on_attract_gesture(Exhibit& e, const Gesture& g) {
    if (g.kind != GestureKind::Tap) return false;
    const std::optional<Language> chosen = attract_button_at(layout_attract(whole_screen_context(e)), g.pos);
    begin_visit(e, chosen.value_or(e.options.default_language), Scene::Telegram);
    return true;
}

// A tap on the navigation bar: a view or a language.
bool on_nav_tap(Exhibit& e, Vec2 p) {
    const std::optional<NavButton> button =
        nav_button_at(layout_nav_bar(whole_screen_context(e), e.scene, e.easy_reading), p);
    if (!button) return false;
    switch (button->kind) {
        case NavButton::Kind::View: show_view(e, static_cast<Scene>(button->index)); break;
        case NavButton::Kind::Language: set_language(e, static_cast<Language>(button->index)); break;
        case NavButton::Kind::Reading: set_easy_reading(e, !e.easy_reading); break;
    }
    return true;
}

// A link pressed on a card in any view is followed once the view has handled the tap.
bool follow_pressed_link(Exhibit& e) {
    for (std::optional<CardLink>* pressed : {&e.telegram.follow, &e.map.follow, &e.timeline.follow}) {
        if (!*pressed) continue;
        const CardLink link = **pressed;
        pressed->reset();
        follow_link(e, link);
        return true;
    }
    return false;
}

// A card's picture tapped in any view opens full screen once the view has handled the tap; pinching then zooms it.
bool open_pressed_picture(Exhibit& e) {
    for (std::optional<Picture>* pressed : {&e.telegram.show_picture, &e.map.show_picture, &e.timeline.show_picture}) {
        if (!*pressed) continue;
        show_picture(e, **pressed);
        pressed->reset();
        return true;
    }
    return false;
}

// The viewer, closed and faded, is dropped; a second finger is a stray again outside the map.
void drop_closed_picture(Exhibit& e) {
    if (!e.picture || !picture_viewer_gone(*e.picture, e.now)) return;
    e.picture.reset();
    e.gestures.config.pinch = e.scene == Scene::Map;
    e.dirty = true;
}

bool on_gesture(Exhibit& e, const Gesture& g) {
    if (e.scene == Scene::Attract) return on_attract_gesture(e, g);
    if (e.picture) return picture_viewer_on_gesture(*e.picture, whole_screen_context(e), g, e.now);
    if (g.kind == GestureKind::Tap && on_nav_tap(e, g.pos)) return true;
    note_touch(e, g);
    const ViewContext ctx = context_of(e);
    bool changed = false;
    switch (e.scene) {
        case Scene::Telegram: changed = telegram_on_gesture(e.telegram, ctx, g, e.now); break;
        case Scene::Map: changed = map_on_gesture(e.map, ctx, g, e.now); break;
        case Scene::Timeline: changed = timeline_on_gesture(e.timeline, ctx, g, e.now); break;
        case Scene::Attract: break;
    }
    const bool listened = act_on_listen_pressed(e);
    const bool pictured = open_pressed_picture(e);
    return follow_pressed_link(e) || listened || pictured || changed;
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

Exhibit make_exhibit(std::shared_ptr<const Content> content, Screen screen, TextMeasure measure,
                     ExhibitOptions options) {
    Exhibit exhibit;
    exhibit.content = std::move(content);
    exhibit.screen = screen;
    exhibit.measure = std::move(measure);
    exhibit.options = options;
    exhibit.language = options.default_language;
    exhibit.gestures.config.pinch = false;  // only the map zooms; elsewhere a second finger must not break a drag
    lay_out_views(exhibit);
    start_over(exhibit);
    if (options.start != Scene::Attract) begin_visit(exhibit, options.default_language, options.start);
    if (options.easy_reading) set_easy_reading(exhibit, true);
    apply_motion_setting(exhibit);
    return exhibit;
}

void start_over(Exhibit& exhibit) {
    stop_listening(exhibit.listening);
    note_listening_changes(exhibit);  // before the session ends, so the listening belongs to it
    if (exhibit.scene != Scene::Attract) {
        exhibit.telegram.card.reset();
        exhibit.map.card.reset();
        exhibit.map.story_card.reset();
        exhibit.timeline.card.reset();
        note_card_changes(exhibit);
        note(exhibit.visits, visit(exhibit, VisitEvent::Kind::SessionEnd));
    }
    exhibit.scene = Scene::Attract;
    exhibit.picture.reset();  // a new visitor always starts fresh
    exhibit.telegram.show_picture.reset();
    exhibit.map.show_picture.reset();
    exhibit.timeline.show_picture.reset();
    exhibit.telegram.listen.reset();
    exhibit.gestures.config.pinch = false;
    const bool relayout = exhibit.language != exhibit.options.default_language || exhibit.easy_reading;
    exhibit.language = exhibit.options.default_language;
    exhibit.easy_reading = false;  // the next visitor starts with the exhibit as everyone first sees it
    exhibit.screen.text_scale = 1.0f;
    exhibit.theme = default_theme();
    exhibit.map.theme = default_map_theme();
    exhibit.attract = AttractView{exhibit.now};
    // The next visitor finds every view as the first one did: the page at its top, the whole map, the track
    // centred on the telegram, no cards, no story half told.
    exhibit.telegram.follow.reset();
    exhibit.map.follow.reset();
    exhibit.timeline.follow.reset();
    if (relayout) lay_out_views(exhibit);
    fit_telegram_to_captions(exhibit);
    start_visit(exhibit.telegram, exhibit.now);
    // Cards and stories end now; a view still waiting for its layout is set at its start again once laid out.
    start_visit(exhibit.map, context_of(exhibit), exhibit.now);
    start_visit(exhibit.timeline, exhibit.now);
    for (WaitingLayout* waiting : {&exhibit.map_waiting, &exhibit.timeline_waiting})
        if (waiting->layout) waiting->restart_at = exhibit.now;
    exhibit.timeline_visited = false;
    reset_gestures(exhibit.gestures);
    exhibit.ignore_touch_until_lifted = false;
    exhibit.countdown_appeared_at = -1;
    exhibit.last_activity = exhibit.now;
    exhibit.dirty = true;
}

void resize(Exhibit& exhibit, Screen screen) {
    screen.text_scale = exhibit.screen.text_scale;  // the visitor's choice outlives a rotation
    exhibit.screen = screen;
    lay_out_views(exhibit);
    if (exhibit.picture) exhibit.picture->viewport = MapViewport{};  // fitted to the new screen
    reset_gestures(exhibit.gestures);
    exhibit.dirty = true;
}

void replace_content(Exhibit& exhibit, std::shared_ptr<const Content> content) {
    // An open card follows its annotation by id: an edit may add or remove annotations before it.
    std::string open_id;
    if (exhibit.telegram.card)
        open_id = exhibit.content->annotations[static_cast<std::size_t>(exhibit.telegram.card->annotation)].id;
    stop_listening(exhibit.listening);  // its index points into the old content's narrations
    note_listening_changes(exhibit);
    exhibit.content = std::move(content);
    if (exhibit.telegram.card) {
        exhibit.telegram.card->annotation = -1;
        for (std::size_t i = 0; i < exhibit.content->annotations.size(); ++i)
            if (exhibit.content->annotations[i].id == open_id) exhibit.telegram.card->annotation = static_cast<int>(i);
        if (exhibit.telegram.card->annotation < 0) exhibit.telegram.card.reset();
    }
    // Map and timeline cards hold indices into the old content: they close, the views keep their place.
    exhibit.map.card.reset();
    exhibit.map.closing_card.reset();
    exhibit.map.card_subject = {};
    exhibit.map.story_card.reset();
    exhibit.map.closing_story_card.reset();
    exhibit.map.story = exhibit.map.fading_story = -1;
    exhibit.timeline.card.reset();
    exhibit.timeline.closing_card.reset();
    exhibit.timeline.focus = exhibit.timeline.pending = -1;
    lay_out_views(exhibit);
    exhibit.noted_card = open_card_id(exhibit);
    exhibit.dirty = true;
}

// A waiting view is laid out as it would have been, then given the new visit that began while it waited (at the
// time it began, so that what closed then is long closed).
void ensure_laid_out(Exhibit& exhibit, Scene scene) {
    WaitingLayout* waiting = waiting_of(exhibit, scene);
    if (!waiting || !waiting->layout) return;
    const ViewContext ctx = context_of(exhibit);
    if (scene == Scene::Map) layout_map_view(exhibit.map, ctx);
    else layout_timeline_view(exhibit.timeline, ctx);
    waiting->layout = false;
    if (waiting->restart_at) {
        if (scene == Scene::Map) start_visit(exhibit.map, ctx, *waiting->restart_at);
        else start_visit(exhibit.timeline, *waiting->restart_at);
        waiting->restart_at.reset();
    }
}

bool lay_out_waiting_view(Exhibit& exhibit) {
    for (Scene scene : {Scene::Map, Scene::Timeline}) {
        if (!waiting_of(exhibit, scene)->layout) continue;
        ensure_laid_out(exhibit, scene);
        return true;
    }
    return false;
}

ViewContext view_context(const Exhibit& exhibit) { return context_of(exhibit); }
ViewContext screen_context(const Exhibit& exhibit) { return whole_screen_context(exhibit); }

void show_view(Exhibit& exhibit, Scene scene) {
    if (scene == Scene::Attract) {
        start_over(exhibit);
        return;
    }
    if (exhibit.scene == Scene::Attract) {  // straight from the attract loop (a test, --view): a visit starts
        begin_visit(exhibit, exhibit.language, scene);
        return;
    }
    if (scene != exhibit.scene) enter_scene(exhibit, scene);
    apply_motion_setting(exhibit);
}

void set_language(Exhibit& exhibit, Language language) {
    if (language == exhibit.language) return;
    exhibit.language = language;
    lay_out_views(exhibit);  // open cards are laid out again in the new language where they stand
    stop_listening_when_gone(exhibit);
    exhibit.dirty = true;
}

void toggle_listening(Exhibit& exhibit, const std::string& subject) {
    if (listening_to_subject(exhibit.listening, *exhibit.content, subject)) {
        stop_listening(exhibit.listening);
    } else if (exhibit.options.sound) {
        stop_listening(exhibit.listening);
        start_listening(exhibit.listening, *exhibit.content, subject, exhibit.language, exhibit.now);
    }
    note_listening_changes(exhibit);
    fit_telegram_to_captions(exhibit);
    exhibit.dirty = true;
}

void set_easy_reading(Exhibit& exhibit, bool on) {
    if (on == exhibit.easy_reading) return;
    exhibit.easy_reading = on;
    exhibit.screen.text_scale = on ? kEasyReadingTextScale : 1.0f;
    exhibit.theme = on ? high_contrast_theme() : default_theme();
    exhibit.map.theme = on ? high_contrast_map_theme() : default_map_theme();
    lay_out_views(exhibit);
    exhibit.dirty = true;
}

void set_sound(Exhibit& exhibit, bool on) {
    if (on == exhibit.options.sound) return;
    exhibit.options.sound = on;
    if (!on) stop_listening(exhibit.listening);
    note_listening_changes(exhibit);
    lay_out_views(exhibit);  // the telegram's page takes back the strip its Listen button stood in, or gives it up
    exhibit.dirty = true;
}

void show_picture(Exhibit& exhibit, const Picture& picture) {
    exhibit.picture = open_picture_viewer(picture, exhibit.now);
    exhibit.gestures.config.pinch = true;
    apply_motion_setting(exhibit);
    exhibit.dirty = true;
}

void follow_link(Exhibit& exhibit, const CardLink& link) {
    switch (link.to) {
        case CardLink::To::Telegram: {
            const auto& annotations = exhibit.content->annotations;
            for (std::size_t i = 0; i < annotations.size(); ++i) {
                if (annotations[i].id != link.id) continue;
                show_view(exhibit, Scene::Telegram);
                open_card(exhibit.telegram, context_of(exhibit), static_cast<int>(i), exhibit.now);
                break;
            }
            break;
        }
        case CardLink::To::TimelineEvent:
            if (find_event(exhibit.content->timeline, link.id) < 0) break;
            show_view(exhibit, Scene::Timeline);
            timeline_show_event(exhibit.timeline, context_of(exhibit), link.id, exhibit.now);
            break;
        case CardLink::To::MapStory:
            if (find_story(exhibit.content->map, link.id) < 0) break;
            show_view(exhibit, Scene::Map);
            map_play_story(exhibit.map, context_of(exhibit), link.id, exhibit.now);
            break;
        case CardLink::To::MapPlace:
            if (find_place(exhibit.content->map, link.id) < 0) break;
            show_view(exhibit, Scene::Map);
            map_show_place(exhibit.map, context_of(exhibit), link.id, exhibit.now);
            break;
    }
    apply_motion_setting(exhibit);
    note_card_changes(exhibit);
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
        used = exhibit.scene != Scene::Attract;
        if (exhibit.picture) changed = picture_viewer_on_wheel(*exhibit.picture, whole_screen_context(exhibit), *wheel);
        else switch (exhibit.scene) {
                case Scene::Telegram: changed = telegram_on_wheel(exhibit.telegram, ctx, *wheel); break;
                case Scene::Map: changed = map_on_wheel(exhibit.map, ctx, *wheel, exhibit.now); break;
                case Scene::Timeline: changed = timeline_on_wheel(exhibit.timeline, ctx, *wheel); break;
                case Scene::Attract: break;
            }
    } else if (const auto* key = std::get_if<KeyEvent>(&event)) {
        if (exhibit.picture && exhibit.scene != Scene::Attract) {  // the picture has the keys while it is open
            changed = picture_viewer_on_key(*exhibit.picture, whole_screen_context(exhibit), *key, exhibit.now);
            used = true;
        } else switch (exhibit.scene) {
                case Scene::Attract:
                    used = key->key == "Return" || key->key == "Space";  // keyboard visitors begin with Enter
                    if (used) begin_visit(exhibit, exhibit.options.default_language, Scene::Telegram);
                    break;
                case Scene::Telegram: changed = telegram_on_key(exhibit.telegram, ctx, *key, exhibit.now); break;
                case Scene::Map: changed = map_on_key(exhibit.map, ctx, *key, exhibit.now); break;
                case Scene::Timeline: changed = timeline_on_key(exhibit.timeline, ctx, *key, exhibit.now); break;
            }
        if (exhibit.scene != Scene::Attract) {
            // F1, F2, F3 reach the three views from a keyboard, as the navigation bar does by touch.
            if (key->key == "F1" || key->key == "F2" || key->key == "F3") {
                show_view(exhibit, key->key == "F1"   ? Scene::Telegram
                                   : key->key == "F2" ? Scene::Map
                                                      : Scene::Timeline);
                changed = true;
            }
            changed |= follow_pressed_link(exhibit);
            used = used || changed;
        }
    }
    exhibit.dirty |= changed || used;
    apply_motion_setting(exhibit);
    drop_closed_picture(exhibit);
    note_card_changes(exhibit);
    stop_listening_when_gone(exhibit);
    fit_telegram_to_captions(exhibit);
    return used;
}

void advance(Exhibit& exhibit, double dt_s) {
    if (!(dt_s > 0)) return;  // also rejects NaN
    exhibit.now += dt_s;
    // A visitor listening is a visitor still there: "Still there?" waits until the narration ends.
    if (listening_to(exhibit.listening, *exhibit.content)) exhibit.last_activity = exhibit.now;
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
    drop_closed_picture(exhibit);
    switch (exhibit.scene) {
        case Scene::Telegram: exhibit.dirty |= telegram_advance(exhibit.telegram, ctx, exhibit.now, dt_s); break;
        case Scene::Map: exhibit.dirty |= map_advance(exhibit.map, ctx, exhibit.now, dt_s); break;
        case Scene::Timeline: exhibit.dirty |= timeline_advance(exhibit.timeline, ctx, exhibit.now, dt_s); break;
        case Scene::Attract: break;
    }
    apply_motion_setting(exhibit);
    note_card_changes(exhibit);
    stop_listening_when_gone(exhibit);
    fit_telegram_to_captions(exhibit);
}

bool exhibit_animating(const Exhibit& exhibit) {
    if (exhibit.scene == Scene::Attract) return attract_animating(exhibit.attract, exhibit.now);
    if (exhibit.countdown_appeared_at >= 0 && exhibit.now - exhibit.countdown_appeared_at < 0.3) return true;
    if (exhibit.now - exhibit.view_entered_at < kViewFadeSeconds) return true;
    if (exhibit.picture && picture_viewer_animating(*exhibit.picture, exhibit.now)) return true;
    switch (exhibit.scene) {
        case Scene::Map: return map_animating(exhibit.map, exhibit.now);
        case Scene::Timeline: return timeline_animating(exhibit.timeline, exhibit.now);
        default: return telegram_animating(exhibit.telegram, exhibit.now);
    }
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
    if (exhibit.scene == Scene::Attract) {
        // Anything that changed by itself since the last frame (a step of a fade, a teaser, the cursor) is due now.
        const double next = attract_next_change(exhibit.attract, exhibit.drawn_at);
        return std::max(0.0, next - since_drawn);
    }
    if (exhibit_animating(exhibit)) return 0;
    double wait = idle_next_change(exhibit.options.idle, exhibit.last_activity, now);
    if (const Narration* n =
            listening_to(exhibit.listening, *exhibit.content)) {  // captions (and a progress line) move on
        const double started = exhibit.listening.started_at;
        if (caption_at(*n, exhibit.drawn_at - started) != caption_at(*n, now - started)) return 0;
        const bool band = captioned_on_band(*n);
        if (band && std::floor((exhibit.drawn_at - started) * kListeningProgressStepsPerSecond) !=
                        std::floor((now - started) * kListeningProgressStepsPerSecond))
            return 0;
        wait = std::min(wait, listening_next_change(exhibit.listening, *exhibit.content, now, band));
    }
    if (exhibit.scene == Scene::Telegram && exhibit.telegram.breathing && !exhibit.telegram.layout.translated &&
        !exhibit.content->annotations.empty()) {  // the underlines breathe (not on a translation: it has none)
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
        switch (exhibit.scene) {
            case Scene::Map: draw_map(exhibit.map, ctx, exhibit.now, list); break;
            case Scene::Timeline: draw_timeline(exhibit.timeline, ctx, exhibit.now, list); break;
            default: draw_telegram(exhibit.telegram, ctx, exhibit.now, list); break;
        }
        const Narration* n = listening_to(exhibit.listening, *exhibit.content);
        // A card's narration is marked in the card's own lines (draw_card); the telegram's, or one whose card was
        // edited since, is captioned on a band low on the screen, above the telegram's own buttons.
        if (n && captioned_on_band(*n))
            draw_caption_strip(*n, listening_position(exhibit.listening, exhibit.now),
                               caption_band_bottom(exhibit, ctx), ctx, list);
        const double shown = exhibit.now - exhibit.view_entered_at;
        if (shown < kViewFadeSeconds) {  // the new view rises out of the room's colour
            Color veil = exhibit.theme.surround;
            veil.a = static_cast<std::uint8_t>(
                std::lround(255 * (1 - ease_out_cubic(static_cast<float>(shown / kViewFadeSeconds)))));
            list.commands.push_back(FillRect{ctx.area, veil, 0});
        }
        const ViewContext whole = whole_screen_context(exhibit);
        draw_nav_bar(layout_nav_bar(whole, exhibit.scene, exhibit.easy_reading), whole, list);
        if (exhibit.picture) draw_picture_viewer(*exhibit.picture, whole, exhibit.now, list);
        if (counting_down(exhibit)) {
            const IdleSettings& idle = exhibit.options.idle;
            const double left = idle.timeout_s + idle.countdown_s - (exhibit.now - exhibit.last_activity);
            const int seconds = countdown_seconds_left(idle, exhibit.last_activity, exhibit.now);
            draw_countdown(whole, exhibit.now, exhibit.countdown_appeared_at, seconds,
                           static_cast<float>(std::ceil(left) / idle.countdown_s), list);
        }
    }
    exhibit.dirty = false;
    exhibit.drawn_at = exhibit.now;
    return list;
}

}  // namespace app
