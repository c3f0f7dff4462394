#include "attract_view.h"

#include <algorithm>
#include <cmath>

#include "../animation/easing.h"
#include "../text/text_flow.h"
#include "../text/text_size.h"

namespace app {
namespace {

constexpr double kCursorBlinkSeconds = 0.6;  // on, then off: about 0.8 flashes a second, far below 3 Hz

float margin_of(const Screen& s) { return std::max(s.mm(4.0f), 0.04f * std::min(s.width_px, s.height_px)); }

// Which teaser shows, in which language: each teaser is shown in every language before the next one.
struct TeaserSlot {
    int teaser;
    Language language;
    double shown_at;
};

TeaserSlot teaser_slot(const AttractView& view, double now, std::size_t teaser_count, double offset) {
    const double elapsed = std::max(0.0, now - view.started_at) + offset;
    const long k = static_cast<long>(std::floor(elapsed / kTeaserSeconds));
    const long count = static_cast<long>(std::max<std::size_t>(teaser_count, 1));
    return TeaserSlot{static_cast<int>((k / kLanguageCount) % count),
                      kLanguages[static_cast<std::size_t>(k % kLanguageCount)],
                      view.started_at + static_cast<double>(k) * kTeaserSeconds - offset};
}

void centered_lines(const std::string& text, const TextStyle& style, float centre_x, float& y, float width, float pitch,
                    const TextMeasure& measure, DisplayList& out) {
    for (const std::string& line : wrap_lines(text, style, width, measure)) {
        const float w = measure.width(style.role, style.size_px, line);
        out.commands.push_back(
            Text{line, style.role, style.size_px, {std::round(centre_x - w / 2), std::round(y)}, style.color});
        y += pitch;
    }
}

// When the step of a cross-fade shown `since_start` seconds into it began: the fade's one clock, for drawing a step
// and for waking the loop at the next.
double fade_step_start(double since_start) {
    return std::floor(since_start * kTeaserFadeStepsPerSecond) / kTeaserFadeStepsPerSecond;
}

}  // namespace

AttractLayout layout_attract(const ViewContext& ctx) {
    const Screen& s = ctx.screen;
    const float w = static_cast<float>(s.width_px), h = static_cast<float>(s.height_px);
    AttractLayout layout;
    const float unit = s.portrait() ? std::min(w / 34, h / 40) : std::min(w / 60, h / 34);
    layout.unit_px = at_least_min_text(s, unit);
    const float u = static_cast<float>(layout.unit_px);
    layout.name_px = round_px(u * 1.15f);
    layout.invite_px = at_least_min_text(s, u * 0.95f);
    const float m = margin_of(s);
    const float gap = std::round(u * 0.8f);
    const float button_h = std::round(std::max(u * 3.6f, s.mm(18)));
    if (s.portrait()) {  // stacked, within reach at the bottom
        const float bw = std::min(w - 2 * m, u * 22);
        for (int i = 0; i < kLanguageCount; ++i) {
            const float y = h - m - (kLanguageCount - i) * button_h - (kLanguageCount - 1 - i) * gap;
            layout.buttons[static_cast<std::size_t>(i)] = Rect{std::round((w - bw) / 2), std::round(y), bw, button_h};
        }
    } else {
        const float bw = std::min((w - 2 * m - 2 * gap) / 3, u * 16);
        const float left = (w - 3 * bw - 2 * gap) / 2;
        for (int i = 0; i < kLanguageCount; ++i)
            layout.buttons[static_cast<std::size_t>(i)] =
                Rect{std::round(left + i * (bw + gap)), std::round(h - m - button_h), bw, button_h};
    }
    return layout;
}

std::optional<Language> attract_button_at(const AttractLayout& layout, Vec2 p) {
    for (std::size_t i = 0; i < layout.buttons.size(); ++i)
        if (layout.buttons[i].contains(p)) return kLanguages[i];
    return std::nullopt;
}

bool attract_animating(const AttractView& view, double now) {
    const double in_slot = std::fmod(std::max(0.0, now - view.started_at), kTeaserSeconds);
    return in_slot < kTeaserFadeSeconds;
}

double attract_next_change(const AttractView& view, double now) {
    const double elapsed = std::max(0.0, now - view.started_at);
    const double in_slot = std::fmod(elapsed, kTeaserSeconds);
    const double next_teaser = kTeaserSeconds - in_slot;
    const double next_blink = kCursorBlinkSeconds - std::fmod(elapsed, kCursorBlinkSeconds);
    double next = std::min(next_teaser, next_blink);
    if (in_slot < kTeaserFadeSeconds) {
        const double next_step = fade_step_start(in_slot) + 1 / kTeaserFadeStepsPerSecond;
        next = std::min(next, next_step - in_slot);
    }
    return next;
}

namespace {

// One teaser line at a time under the slip, from `top`, fading from one language to the next.
void draw_teasers(const AttractView& view, const ViewContext& ctx, double now, const TextStyle& teaser, float top,
                  float teaser_w, float teaser_pitch, DisplayList& out) {
    const AttractText& text = ctx.content.attract;
    const float w = static_cast<float>(ctx.screen.width_px);
    const float teaser_top = top;
    if (!text.teasers.empty()) {
        const TeaserSlot slot = teaser_slot(view, now, text.teasers.size(), 0);
        const float fade_in =
            progress(slot.shown_at + fade_step_start(now - slot.shown_at), slot.shown_at, kTeaserFadeSeconds);
        if (fade_in < 1 && now - view.started_at >= kTeaserSeconds) {
            const TeaserSlot previous = teaser_slot(view, now, text.teasers.size(), -kTeaserSeconds);
            float y = teaser_top;
            TextStyle fading = teaser;
            fading.color = faded(teaser.color, 1 - fade_in);
            centered_lines(text.teasers[static_cast<std::size_t>(previous.teaser)].in(previous.language), fading, w / 2,
                           y, teaser_w, teaser_pitch, ctx.measure, out);
        }
        float y = teaser_top;
        TextStyle showing = teaser;
        showing.color = faded(teaser.color, now - view.started_at < kTeaserSeconds ? 1.0f : fade_in);
        centered_lines(text.teasers[static_cast<std::size_t>(slot.teaser)].in(slot.language), showing, w / 2, y,
                       teaser_w, teaser_pitch, ctx.measure, out);
    }
}

}  // namespace

void draw_attract(const AttractView& view, const ViewContext& ctx, double now, DisplayList& out) {
    const Screen& s = ctx.screen;
    const Theme& theme = ctx.theme;
    const AttractText& text = ctx.content.attract;
    const AttractLayout layout = layout_attract(ctx);
    const float u = static_cast<float>(layout.unit_px);
    const float w = static_cast<float>(s.width_px);
    const float m = margin_of(s);

    // The telegram slip: the title typed on paper, the date beneath, a carriage blinking after the title.
    const TextStyle title{FontRole::Typewriter, round_px(u * (s.portrait() ? 2.4f : 2.8f)), 0, theme.ink};
    const TextStyle date{FontRole::Serif, round_px(u * 1.15f), 0, theme.apparatus_ink};
    const std::string& title_text = text.title.in(Language::English);
    const std::string& date_text = text.date_line.in(Language::English);
    const float title_w = ctx.measure.width(title.role, title.size_px, title_text);
    const float date_w = ctx.measure.width(date.role, date.size_px, date_text);
    const float title_h = ctx.measure.metrics(title.role, title.size_px).line_height;
    const float date_h = ctx.measure.metrics(date.role, date.size_px).line_height;
    const float pad = std::round(u * 1.6f);
    const float slip_w = std::min(w - 2 * m, std::max(title_w, date_w) + 2 * pad + u * 2);
    const float slip_h = std::round(pad * 2 + title_h + u * 0.5f + date_h);

    const TextStyle teaser{FontRole::Sans, round_px(u * 1.3f), 0, theme.surround_text};
    const float teaser_pitch = std::round(ctx.measure.metrics(teaser.role, teaser.size_px).line_height * 1.2f);
    const float teaser_w = std::min(w - 2 * m, u * 34);
    const float teaser_block = teaser_pitch * 3;

    const float buttons_top = layout.buttons.front().y;
    const float block_h = slip_h + u * 2.2f + teaser_block;
    const float top = std::max(m, std::round((buttons_top - u * 1.5f - block_h) / 2));
    const Rect slip{std::round((w - slip_w) / 2), top, slip_w, slip_h};
    out.commands.push_back(FillRect{{slip.x + 4, slip.y + 6, slip.w, slip.h}, theme.paper_shadow, 4});
    out.commands.push_back(FillRect{slip, theme.paper, std::max(1.0f, s.mm(0.4f))});
    const float title_x = std::round(slip.x + (slip.w - title_w) / 2);
    out.commands.push_back(Text{title_text, title.role, title.size_px, {title_x, slip.y + pad}, title.color});
    const bool cursor_on =
        std::fmod(std::max(0.0, now - view.started_at), 2 * kCursorBlinkSeconds) < kCursorBlinkSeconds;
    if (cursor_on) {
        const float advance = ctx.measure.width(title.role, title.size_px, "0");
        out.commands.push_back(
            FillRect{{title_x + title_w + advance * 0.3f, slip.y + pad, advance * 0.8f, title_h}, theme.cursor, 0});
    }
    out.commands.push_back(
        Text{date_text,
             date.role,
             date.size_px,
             {std::round(slip.x + (slip.w - date_w) / 2), std::round(slip.y + pad + title_h + u * 0.5f)},
             date.color});

    draw_teasers(view, ctx, now, teaser, slip.bottom() + u * 2.2f, teaser_w, teaser_pitch, out);

    // One button per language, each named in itself, each inviting in its own words.
    const TextStyle name{FontRole::SansBold, layout.name_px, 0, theme.button_text};
    const TextStyle invite{FontRole::Sans, layout.invite_px, 0, theme.surround_muted};
    for (std::size_t i = 0; i < layout.buttons.size(); ++i) {
        const Rect& b = layout.buttons[i];
        const Language language = kLanguages[i];
        out.commands.push_back(FillRect{b, theme.button, std::round(u * 0.6f)});
        const float name_h = ctx.measure.metrics(name.role, name.size_px).line_height;
        const float invite_h = ctx.measure.metrics(invite.role, invite.size_px).line_height;
        float y = std::round(b.y + (b.h - name_h - invite_h) / 2);
        centered_lines(text.language_names.in(language), name, b.x + b.w / 2, y, b.w - u, name_h, ctx.measure, out);
        centered_lines(text.invitation.in(language), invite, b.x + b.w / 2, y, b.w - u, invite_h, ctx.measure, out);
    }
}

}  // namespace app
