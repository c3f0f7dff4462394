#include "telegram_view.h"

#include <algorithm>
#include <cmath>

#include "../animation/easing.h"
#include "phrase_rects.h"
#include "reading_place.h"
#include "telegram_tools.h"

namespace app {
namespace {

constexpr float kWheelLines = 3;  // lines of text per wheel notch, as desktop systems do
constexpr double kScrollToCardSeconds = 0.3;
constexpr float kPhraseTouchToleranceMm = 3.0f;

float clamp_scroll(const TelegramView& view, float y) { return std::clamp(y, 0.0f, max_scroll(view)); }

bool set_scroll(TelegramView& view, float y) {
    const float before = view.scroll_y;
    view.scroll_y = clamp_scroll(view, y);
    return view.scroll_y != before;
}

// A visitor's own scrolling stops anything the exhibit was scrolling for them.
bool scroll_by_visitor(TelegramView& view, float dy) {
    view.scroll_animation.reset();
    return set_scroll(view, view.scroll_y + dy);
}

// The annotation whose phrase is at `p` (column coordinates), generously: a whole line's height counts,
// and a near miss of a few millimetres still hits.
int annotation_at(const TelegramView& view, const ViewContext& ctx, Vec2 p) {
    if (view.layout.translated) return -1;  // the phrases are in the English, which is not on the page
    const float tolerance = ctx.screen.mm(kPhraseTouchToleranceMm);
    const float half_gap = std::max(0.0f, (view.layout.scale.line_pitch - view.layout.body.front().height) / 2);
    int best = -1;
    float best_distance = tolerance;
    for (std::size_t i = 0; i < view.phrases.size(); ++i) {
        for (const Rect& r : view.phrases[i]) {
            const Rect area{r.x, r.y - half_gap, r.w, r.h + 2 * half_gap};
            const float dx = std::max({area.x - p.x, 0.0f, p.x - area.right()});
            const float dy = std::max({area.y - p.y, 0.0f, p.y - area.bottom()});
            const float d = std::sqrt(dx * dx + dy * dy);
            if (d <= best_distance) {
                best_distance = d;
                best = static_cast<int>(i);
            }
        }
    }
    return best;
}

Vec2 to_column(const TelegramView& view, Vec2 screen_point) {
    return {screen_point.x, screen_point.y - view.viewport.y + view.scroll_y};
}

// Lays out and places the card for annotation `index` beside its phrase; `scroll_delta` is the scroll it needs.
OpenCard build_card(const TelegramView& view, const ViewContext& ctx, int index, double opened_at,
                    float& scroll_delta) {
    OpenCard card;
    card.annotation = index;
    card.content = card_content(ctx.content.annotations[static_cast<std::size_t>(index)], ctx.content, ctx.sound);
    card.opened_at = opened_at;
    card.phrase_rects = view.phrases[static_cast<std::size_t>(index)];
    card.phrase_box = bounding_box(card.phrase_rects);

    Rect phrase_on_screen = card.phrase_box;
    phrase_on_screen.y -= view.scroll_y;
    // The page may scroll past its end by most of a screen, so a phrase near the end can rise and the card open
    // full size beneath it rather than shrink.
    const Rect area = telegram_card_area(view);
    const float past_end = area.h * 0.75f;
    const float end = max_scroll(view) - view.card_room_below;
    PlacementRoom room = card_room(ctx.screen, end + past_end - view.scroll_y, view.scroll_y);
    room.viewport_h = area.h;  // placed within the card area, measured from its top
    const PlacedCard placed = place_card_beside(card.content, phrase_on_screen, room,
                                                card_text_px(view.layout.scale.body_px, ctx.screen), ctx);
    scroll_delta = placed.placement.scroll_delta;
    const float to_column_y = view.scroll_y + scroll_delta;
    const Rect& r = placed.placement.card;
    card.layout = placed.layout;
    card.rect = Rect{r.x, r.y + to_column_y, r.w, r.h};
    card.below = placed.placement.below;
    card.caret_tip = {placed.placement.caret_tip.x, placed.placement.caret_tip.y + to_column_y};
    return card;
}

// Lets the page scroll past its end by what an open card needs (zero when the card fits without). The page may
// still stand past the end for the previous card (it eases back from there), so the room covers that too: the
// scroll never leaves its range, even for a moment.
void make_room_for_card(TelegramView& view, float scroll_delta) {
    const float real_end = max_scroll(view) - view.card_room_below;
    view.card_room_below = std::max(0.0f, std::max(view.scroll_y, view.scroll_y + scroll_delta) - real_end);
}

void draw_breathing_underlines(const TelegramView& view, const ViewContext& ctx, double now, int typed, float dy,
                               DisplayList& out) {
    // Slow and quantised, so an ambient frame is needed only a few times a second.
    const double step = std::floor(now * kBreathingFramesPerSecond) / kBreathingFramesPerSecond;
    const float breath =
        !view.breathing
            ? 1.0f
            : 0.5f + 0.5f * static_cast<float>(std::sin(step * 2 * 3.14159265358979 / kBreathingPeriodSeconds));
    const Color colour = faded(ctx.theme.phrase_underline, 0.7f + 0.3f * breath);
    const float thickness = std::max(2.0f, std::round(view.layout.scale.body_px * 0.065f));
    const float below_baseline = std::round(view.layout.scale.body_px * 0.16f);
    const FontMetrics m = ctx.measure.metrics(FontRole::Typewriter, view.layout.scale.body_px);
    const float top = view.viewport.y, bottom = view.viewport.bottom();
    const bool typing = typed < view.teleprinter.total;
    if (view.layout.translated) return;
    for (std::size_t i = 0; i < view.phrases.size(); ++i) {
        if (view.card && view.card->annotation == static_cast<int>(i)) continue;
        for (const Rect& r : view.phrases[i]) {
            const float y = r.y + dy + m.ascent + below_baseline;
            if (y < top || y > bottom) continue;
            if (typing && r.bottom() > 0) {
                // Only phrases already typed are marked.
                bool typed_here = false;
                for (std::size_t l = 0; l < view.layout.body.size(); ++l)
                    if (std::abs(view.layout.body[l].origin.y - r.y) < 1)
                        typed_here = visible_characters(view.teleprinter, l, view.layout.body[l], typed) ==
                                     count_characters(view.layout.body[l]);
                if (!typed_here) continue;
            }
            out.commands.push_back(FillRect{{r.x, y, r.w, thickness}, colour, thickness / 2});
        }
    }
}

void draw_more_below_fade(const Rect& viewport, const Theme& theme, float strength, DisplayList& out) {
    const float h = std::round(viewport.h * 0.07f);
    const float top = viewport.bottom() - h;
    const float right = viewport.right();
    const Color clear = faded(theme.surround, 0);
    const Color solid = faded(theme.surround, 0.85f * strength);
    auto vertices = std::make_shared<std::vector<Vertex>>(std::vector<Vertex>{
        {{0, top}, clear},
        {{right, top}, clear},
        {{right, top + h}, solid},
        {{0, top}, clear},
        {{right, top + h}, solid},
        {{0, top + h}, solid},
    });
    out.commands.push_back(Triangles{std::move(vertices), {0, 0}, 1, 1});
}

void draw_scroll_indicator(const TelegramView& view, const Screen& screen, const Theme& theme, DisplayList& out) {
    const float h = view.viewport.h;
    const float total = view.layout.column_height;
    if (total <= h) return;
    const float margin = std::max(screen.mm(1.5f), 4.0f);
    const float track = h - 2 * margin;
    const float thumb = std::max(track * h / total, screen.mm(8));
    const float t = view.scroll_y / max_scroll(view);
    const float width = std::max(screen.mm(1.2f), 4.0f);
    out.commands.push_back(
        FillRect{{view.viewport.right() - margin - width, view.viewport.y + margin + (track - thumb) * t, width, thumb},
                 theme.scrollbar,
                 width / 2});
}

}  // namespace

Rect telegram_card_area(const TelegramView& view) {
    Rect area = view.viewport;
    if (view.caption_room <= 0) area.h = std::max(area.h, view.tools_strip.bottom() - area.y);
    return area;
}

float max_scroll(const TelegramView& view) {
    return std::max(0.0f, view.layout.column_height - view.viewport.h) + view.card_room_below;
}

void layout_telegram_view(TelegramView& view, const ViewContext& ctx) {
    const float old_range = max_scroll(view);
    const float fraction = view.layout.column_height > 0 && old_range > 0 ? view.scroll_y / old_range : 0;
    const bool was_typing = !view.teleprinter.finished;
    const double typing_since = view.teleprinter.started_at;

    const bool was_translated = view.layout.translated;
    const ReadingPlace place = reading_place(view.layout, view.scroll_y, view.viewport.h);

    const std::string hint = ctx.content.annotations.empty() ? "" : ctx.content.interface.touch_hint.in(ctx.language);
    const TelegramTranslation* translation = ctx.content.telegram.translation_in(ctx.language);
    const TranslationToggleLabels labels{ctx.content.interface.show_translation.in(ctx.language),
                                         ctx.content.interface.show_original.in(ctx.language)};
    const TranslationToggleLabels* toggle = translation ? &labels : nullptr;
    view.tools_strip = telegram_tools_strip(ctx, toggle != nullptr);
    view.viewport =
        Rect{ctx.area.x, ctx.area.y, ctx.area.w, std::max(0.0f, view.tools_strip.y - ctx.area.y - view.caption_room)};
    TelegramLayout original =
        layout_telegram(ctx.content.telegram, hint, ctx.language, ctx.screen, ctx.measure, ctx.theme, toggle);
    view.phrases.clear();
    for (const Annotation& a : ctx.content.annotations)
        view.phrases.push_back(phrase_rects(original, a.match, ctx.measure));
    view.teleprinter = make_teleprinter(original);
    view.other_layout.reset();
    if (translation) {
        view.other_layout = layout_telegram(ctx.content.telegram, hint, ctx.language, ctx.screen, ctx.measure,
                                            ctx.theme, toggle, translation);
    }
    view.layout = std::move(original);
    // The translation stays on in a language that has one too; in one that has none, the original takes its place.
    if (was_translated && view.other_layout) std::swap(view.layout, *view.other_layout);
    view.teleprinter.finished = !was_typing;
    view.teleprinter.started_at = typing_since;
    view.scroll_animation.reset();
    stop_inertia(view.fling);
    view.dragging = false;
    view.closing_card.reset();
    view.card_room_below = 0;
    view.scroll_y = clamp_scroll(view, fraction * max_scroll(view));
    if (was_translated)  // the translation's paragraphs differ in height from page to page: carried over one by one
        view.scroll_y = clamp_scroll(view, scroll_for_place(view.layout, place, view.scroll_y, view.viewport.h));
    if (view.card) {
        const int index = view.card->annotation;
        const double opened_at = view.card->opened_at;
        view.card.reset();
        if (index < static_cast<int>(ctx.content.annotations.size())) {
            float delta = 0;
            view.card = build_card(view, ctx, index, opened_at, delta);
            make_room_for_card(view, delta);
            view.scroll_y = clamp_scroll(view, view.scroll_y + delta);
        }
    }
}

void set_telegram_caption_room(TelegramView& view, float room) {
    if (view.caption_room == room) return;
    view.caption_room = room;
    view.viewport.h = std::max(0.0f, view.tools_strip.y - view.viewport.y - room);
    view.scroll_y = clamp_scroll(view, view.scroll_y);
}

void start_visit(TelegramView& view, double now) {
    if (view.layout.translated && view.other_layout) std::swap(view.layout, *view.other_layout);  // the original first
    view.scroll_y = 0;
    view.card_room_below = 0;
    view.scroll_animation.reset();
    stop_inertia(view.fling);
    view.dragging = false;
    view.card.reset();
    view.closing_card.reset();
    view.teleprinter.started_at = now;
    view.teleprinter.finished = false;
}

bool telegram_has_translation(const TelegramView& view) { return view.other_layout.has_value(); }

bool show_telegram_translation(TelegramView& view, const ViewContext& /*ctx*/, bool on, double /*now*/) {
    if (!view.other_layout || view.layout.translated == on) return false;
    const ReadingPlace place = reading_place(view.layout, view.scroll_y, view.viewport.h);
    std::swap(view.layout, *view.other_layout);
    // A card belongs to a phrase of the English; on the translation there is none to stand beside.
    view.card.reset();
    view.closing_card.reset();
    view.card_room_below = 0;
    view.scroll_animation.reset();
    stop_inertia(view.fling);
    view.dragging = false;
    view.teleprinter.finished = true;  // the visitor has chosen what to read: nothing is typed at them now
    view.scroll_y = clamp_scroll(view, scroll_for_place(view.layout, place, view.scroll_y, view.viewport.h));
    return true;
}

void close_cards(TelegramView& view, double now) { start_closing(view.card, view.closing_card, now); }

void open_card(TelegramView& view, const ViewContext& ctx, int index, double now) {
    if (index < 0 || index >= static_cast<int>(ctx.content.annotations.size())) return;
    show_telegram_translation(view, ctx, false, now);  // the phrase is in the original
    close_cards(view, now);
    view.teleprinter.finished = true;
    stop_inertia(view.fling);
    float delta = 0;
    view.card = build_card(view, ctx, index, now, delta);
    make_room_for_card(view, delta);
    // A scroll still under way for an earlier card would carry this one away from its phrase.
    view.scroll_animation.reset();
    if (delta != 0)
        view.scroll_animation =
            ScrollAnimation{view.scroll_y, clamp_scroll(view, view.scroll_y + delta), now, kScrollToCardSeconds};
}

bool telegram_on_gesture(TelegramView& view, const ViewContext& ctx, const Gesture& g, double now) {
    switch (g.kind) {
        case GestureKind::Tap: {
            const TelegramTools tools = telegram_tools(view, ctx);
            if (telegram_tools_hit(tools, g.pos)) {
                if (tools.toggle.contains(g.pos))
                    return show_telegram_translation(view, ctx, !view.layout.translated, now);
                view.listen = std::string(kTelegramNarration);
                return true;
            }
            if (teleprinter_running(view.teleprinter, now)) {  // the first tap finishes the typing at once
                view.teleprinter.finished = true;
                return true;
            }
            const Vec2 p = to_column(view, g.pos);
            // Below the page (its strip, the captions' band) there is no phrase to touch, only a card to close.
            const bool on_page = g.pos.y < view.viewport.bottom();
            if (view.card) {
                const CardHit::Part part = take_card_tap(view, *view.card, view.card->rect, p, &view.listen);
                if (part == CardHit::Part::Close) close_cards(view, now);
                if (part == CardHit::Part::Inside) return false;  // reading the card is not a reason to close it
                if (part != CardHit::Part::Outside) return true;
            }
            return tap_beside_cards(view, ctx, on_page ? annotation_at(view, ctx, p) : -1, now);
        }
        case GestureKind::DragStart:
            view.dragging = true;
            stop_inertia(view.fling);
            close_cards(view, now);
            return view.closing_card.has_value();
        case GestureKind::DragMove:
            if (!view.dragging) return false;
            return scroll_by_visitor(view, -g.delta.y);
        case GestureKind::DragEnd:
            if (!view.dragging) return false;
            view.dragging = false;
            start_inertia(view.fling, Vec2{0, -g.velocity.y}, ctx.screen.px_per_mm);
            return inertia_active(view.fling);
        default: return false;
    }
}

bool telegram_on_wheel(TelegramView& view, const ViewContext& /*ctx*/, const WheelEvent& wheel) {
    stop_inertia(view.fling);
    return scroll_by_visitor(view, -wheel.lines * kWheelLines * view.layout.scale.line_pitch);
}

bool telegram_on_key(TelegramView& view, const ViewContext& ctx, const KeyEvent& key, double now) {
    const float page_step = view.viewport.h * 0.8f;
    const float line_step = view.layout.scale.line_pitch;
    if (key.key == "Escape") {
        if (!view.card) return false;
        close_cards(view, now);
        return true;
    }
    if (key.key == "Tab") {  // keyboard visitors step through the annotations in reading order
        view.teleprinter.finished = true;
        const int count = static_cast<int>(ctx.content.annotations.size());
        if (count == 0) return false;
        open_card(view, ctx, view.card ? (view.card->annotation + 1) % count : 0, now);
        return true;
    }
    stop_inertia(view.fling);
    if (key.key == "Down") return scroll_by_visitor(view, line_step);
    if (key.key == "Up") return scroll_by_visitor(view, -line_step);
    if (key.key == "PageDown" || key.key == "Space") return scroll_by_visitor(view, page_step);
    if (key.key == "PageUp") return scroll_by_visitor(view, -page_step);
    if (key.key == "Home") return scroll_by_visitor(view, -view.scroll_y);
    if (key.key == "End") return scroll_by_visitor(view, max_scroll(view));
    return false;
}

bool telegram_advance(TelegramView& view, const ViewContext& ctx, double now, double dt) {
    bool changed = false;
    // Room made past the end for a card goes once the card has: first the page glides back to its real end.
    if (!view.card && view.card_room_below > 0 && !view.scroll_animation && !view.dragging &&
        !inertia_active(view.fling)) {
        const float real_end = max_scroll(view) - view.card_room_below;
        if (view.scroll_y > real_end + 0.5f) {
            view.scroll_animation = ScrollAnimation{view.scroll_y, real_end, now, kScrollToCardSeconds};
        } else {
            view.card_room_below = 0;
            changed |= set_scroll(view, view.scroll_y);
        }
    }
    if (view.scroll_animation) {
        bool arrived = false;
        changed |= set_scroll(view, scroll_at(*view.scroll_animation, now, arrived));
        if (arrived) view.scroll_animation.reset();
    }
    if (inertia_active(view.fling)) {
        const Vec2 step = step_inertia(view.fling, dt, ctx.screen.px_per_mm);
        if (!set_scroll(view, view.scroll_y + step.y)) stop_inertia(view.fling);  // stopped by an end
        changed = true;
    }
    if (view.closing_card && card_gone(*view.closing_card, now)) {
        view.closing_card.reset();
        changed = true;
    }
    return changed;
}

void apply_reduced_motion(TelegramView& v, bool on, double now) {
    v.breathing = !on;
    if (!on) return;
    v.teleprinter.finished = true;
    if (v.scroll_animation) {
        v.scroll_y = v.scroll_animation->to;
        v.scroll_animation.reset();
    }
    finish_opening(v.card, now);
    v.closing_card.reset();
}

bool telegram_animating(const TelegramView& view, double now) {
    return view.scroll_animation.has_value() || inertia_active(view.fling) ||
           teleprinter_running(view.teleprinter, now) || (!view.card && view.card_room_below > 0) ||
           (view.card && card_animating(*view.card, now)) || view.closing_card.has_value();
}

namespace {

// The body line the teleprinter is typing (the body's size when it has finished, or with a translation shown),
// and its top: nothing below it shows yet.
struct TypingPlace {
    std::size_t line = 0;
    float top_y = 1e30f;
};

TypingPlace typing_place(const TelegramView& view, int typed) {
    const TelegramLayout& layout = view.layout;
    TypingPlace place{layout.body.size(), 1e30f};
    for (std::size_t i = 0; i < layout.body.size() && !layout.translated; ++i) {
        if (visible_characters(view.teleprinter, i, layout.body[i], typed) < count_characters(layout.body[i])) {
            return TypingPlace{i, layout.body[i].origin.y};
        }
    }
    return place;
}

// The body's lines down to the one being typed, that one cut where the typing has got to, with the carriage
// after it; lines off the viewport are left out.
void draw_body_lines(const TelegramView& view, const ViewContext& ctx, int typed, std::size_t typing_line, float dy,
                     DisplayList& out) {
    const TelegramLayout& layout = view.layout;
    auto visible = [&](float top, float height) {
        return top + dy + height >= view.viewport.y && top + dy <= view.viewport.bottom();
    };
    for (std::size_t i = 0; i < layout.body.size() && i <= typing_line; ++i) {
        const BodyLine& line = layout.body[i];
        if (!visible(line.origin.y, line.height)) continue;
        const bool partial = i == typing_line;
        float cut = 0;
        if (partial) {
            cut = width_of_first_characters(line, visible_characters(view.teleprinter, i, line, typed), ctx.measure);
            out.commands.push_back(PushClip{
                {line.origin.x - line.height, line.origin.y + dy - line.height, cut + line.height, line.height * 3}});
        }
        for (const PlacedRun& run : line.runs) {
            const float top = line.origin.y + dy - run.style.rise;
            out.commands.push_back(
                Text{run.text, run.style.role, run.style.size_px, {line.origin.x + run.x, top}, run.style.color});
        }
        if (partial) {
            out.commands.push_back(PopClip{});
            // The carriage: where the next character will strike.
            const float advance = ctx.measure.width(FontRole::Typewriter, layout.scale.body_px, "0");
            out.commands.push_back(FillRect{
                {line.origin.x + cut + 1, line.origin.y + dy, advance * 0.9f, line.height}, ctx.theme.cursor, 0});
        }
    }
}

}  // namespace

void draw_telegram(const TelegramView& view, const ViewContext& ctx, double now, DisplayList& out) {
    const TelegramLayout& layout = view.layout;
    const Screen& screen = ctx.screen;
    const Theme& theme = ctx.theme;
    const float dy = view.viewport.y - std::round(view.scroll_y);
    auto visible = [&](float top, float height) {
        return top + dy + height >= view.viewport.y && top + dy <= view.viewport.bottom();
    };
    out.commands.push_back(PushClip{view.viewport});
    const int typed = typed_characters(view.teleprinter, now);

    // Until the teleprinter has finished, nothing below the line it is typing is shown.
    const TypingPlace typing = typing_place(view, typed);
    const std::size_t typing_line = typing.line;
    const float typed_to_y = typing.top_y;

    // The page with a soft shadow, so it sits on the dark surround like paper on a table.
    Rect page = layout.page;
    page.y += dy;
    const float shadow = std::max(2.0f, screen.mm(1.0f));
    out.commands.push_back(
        FillRect{{page.x + shadow, page.y + shadow * 1.5f, page.w, page.h}, theme.paper_shadow, shadow});
    out.commands.push_back(FillRect{page, theme.paper, std::max(1.0f, screen.mm(0.4f))});

    if (view.card) draw_card_highlight(*view.card, view.scroll_y - view.viewport.y, now, ctx, out);
    if (view.closing_card) draw_card_highlight(*view.closing_card, view.scroll_y - view.viewport.y, now, ctx, out);

    for (const Line& rule : layout.rules) {
        if (!visible(rule.from.y, 1) || rule.from.y > typed_to_y) continue;
        out.commands.push_back(
            Line{{rule.from.x, rule.from.y + dy}, {rule.to.x, rule.to.y + dy}, rule.width, rule.color});
    }
    for (const Text& text : layout.texts) {
        if (!visible(text.top_left.y, static_cast<float>(text.size_px) * 2) || text.top_left.y > typed_to_y) continue;
        Text moved = text;
        moved.top_left.y += dy;
        out.commands.push_back(std::move(moved));
    }
    draw_body_lines(view, ctx, typed, typing_line, dy, out);
    draw_breathing_underlines(view, ctx, now, typed, dy, out);

    const float remaining = max_scroll(view) - view.card_room_below - view.scroll_y;
    if (remaining > 1)
        draw_more_below_fade(view.viewport, theme, std::min(1.0f, remaining / (view.viewport.h * 0.1f)), out);
    draw_scroll_indicator(view, screen, theme, out);

    // Cards stand in column coordinates; this offset puts them on screen with the page.
    out.commands.push_back(PopClip{});
    const float card_offset = view.scroll_y - view.viewport.y;
    out.commands.push_back(PushClip{telegram_card_area(view)});
    if (view.closing_card) draw_card(*view.closing_card, card_offset, now, ctx, out);
    if (view.card) draw_card(*view.card, card_offset, now, ctx, out);
    out.commands.push_back(PopClip{});
    draw_telegram_tools(telegram_tools(view, ctx), view, ctx, out);  // in their strip below the page
}

}  // namespace app
