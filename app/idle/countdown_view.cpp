#include "countdown_view.h"

#include <algorithm>
#include <cmath>

#include "../animation/easing.h"
#include "../text/text_flow.h"
#include "../text/text_size.h"
#include "../ui_metrics.h"

namespace app {
namespace {

float unit_of(const Screen& s) {
    const float w = static_cast<float>(s.width_px), h = static_cast<float>(s.height_px);
    return std::max(s.portrait() ? std::min(w / 30, h / 40) : std::min(w / 55, h / 32), s.mm(3.2f));
}

}  // namespace

CountdownLayout layout_countdown(const ViewContext& ctx) {
    const Screen& s = ctx.screen;
    const float u = std::round(unit_of(s));
    const float w = static_cast<float>(s.width_px), h = static_cast<float>(s.height_px);
    const float margin = std::max(s.mm(4.0f), 0.04f * std::min(w, h));
    const float panel_w = std::min(w - 2 * margin, u * 26);
    const float button_h = std::round(std::max(u * 3.2f, s.mm(kMinTouchTargetMm + 3)));
    const float panel_h = std::round(u * 10.5f + button_h);
    // In the lower part of the screen, within reach of a seated visitor.
    const float panel_y = std::round(std::max(margin, std::min(h - margin - panel_h, h * 0.58f - panel_h / 2)));
    CountdownLayout layout;
    layout.unit_px = static_cast<int>(u);
    layout.button_text_px = round_px(u * 1.25f);
    layout.panel = Rect{std::round((w - panel_w) / 2), panel_y, panel_w, panel_h};
    layout.button =
        Rect{layout.panel.x + u * 1.5f, layout.panel.bottom() - u * 1.8f - button_h, panel_w - u * 3, button_h};
    return layout;
}

void draw_countdown(const ViewContext& ctx, double now, double appeared_at, int seconds_left, float fraction_left,
                    DisplayList& out) {
    const Screen& s = ctx.screen;
    const Theme& theme = ctx.theme;
    const InterfaceText& ui = ctx.content.interface;
    const float u = std::round(unit_of(s));
    const float appear = ease_out_cubic(progress(now, appeared_at, 0.3));
    CountdownLayout layout = layout_countdown(ctx);
    const float rise = (1 - appear) * u * 2;
    layout.panel.y += rise;
    layout.button.y += rise;

    out.commands.push_back(FillRect{{0, 0, static_cast<float>(s.width_px), static_cast<float>(s.height_px)},
                                    faded(theme.surround, 0.78f * appear),
                                    0});
    out.commands.push_back(FillRect{layout.panel, faded(theme.card, appear), std::round(u * 0.7f)});

    const TextStyle question{FontRole::SansBold, round_px(u * 1.7f), 0, faded(theme.card_title, appear)};
    const TextStyle message{FontRole::Sans, round_px(u * 1.0f), 0, faded(theme.card_text, appear)};
    const TextStyle button{FontRole::SansBold, layout.button_text_px, 0, faded(theme.button_text, appear)};
    const float inner_w = layout.panel.w - u * 3;
    float y = layout.panel.y + u * 1.4f;
    for (const std::string& line : wrap_lines(ui.still_there.in(ctx.language), question, inner_w, ctx.measure)) {
        out.commands.push_back(
            Text{line, question.role, question.size_px, {layout.panel.x + u * 1.5f, std::round(y)}, question.color});
        y += ctx.measure.metrics(question.role, question.size_px).line_height;
    }
    y += u * 0.4f;
    const std::string text =
        fill_placeholder(ui.restart_countdown.in(ctx.language), "seconds", std::to_string(seconds_left));
    const float pitch = std::round(ctx.measure.metrics(message.role, message.size_px).line_height * 1.2f);
    for (const std::string& line : wrap_lines(text, message, inner_w, ctx.measure)) {
        out.commands.push_back(
            Text{line, message.role, message.size_px, {layout.panel.x + u * 1.5f, std::round(y)}, message.color});
        y += pitch;
    }

    // The time left as a bar that shortens once a second: no flicker, nothing faster than the clock.
    const float bar_h = std::max(3.0f, u * 0.25f);
    const Rect track{layout.button.x, layout.button.y - u * 1.0f, layout.button.w, bar_h};
    out.commands.push_back(FillRect{track, faded(theme.button, appear), bar_h / 2});
    out.commands.push_back(FillRect{{track.x, track.y, track.w * std::clamp(fraction_left, 0.0f, 1.0f), bar_h},
                                    faded(theme.card_title, appear),
                                    bar_h / 2});

    out.commands.push_back(FillRect{layout.button, faded(theme.card_title, appear), std::round(u * 0.6f)});
    const std::string label = ui.continue_visit.in(ctx.language);
    const float label_w = ctx.measure.width(button.role, button.size_px, label);
    const float label_h = ctx.measure.metrics(button.role, button.size_px).line_height;
    out.commands.push_back(Text{label,
                                button.role,
                                button.size_px,
                                {std::round(layout.button.x + (layout.button.w - label_w) / 2),
                                 std::round(layout.button.y + (layout.button.h - label_h) / 2)},
                                faded(theme.card, appear)});
}

}  // namespace app
