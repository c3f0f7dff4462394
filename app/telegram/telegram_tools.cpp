#include "telegram_tools.h"

#include <algorithm>
#include <cmath>

#include "../text/text_size.h"
#include "translation_toggle.h"

namespace app {

int telegram_tools_text_px(const Screen& screen, const TextMeasure& measure) {
    // As large as the navigation bar's words, and never smaller than the exhibit's smallest text.
    const float body = static_cast<float>(choose_type_scale(screen, measure).body_px);
    return at_least_min_text(screen, std::max(body * 0.85f, screen.mm(3.6f) * screen.text_scale));
}

float telegram_tools_height(const Screen& screen, const TextMeasure& measure) {
    const int px = telegram_tools_text_px(screen, measure);
    return std::round(std::max(measure.metrics(FontRole::SansBold, px).line_height * 1.8f, screen.mm(kToggleTargetMm)));
}

Rect telegram_tools_strip(const ViewContext& ctx, bool has_translation) {
    const bool listen = ctx.sound && find_narration(ctx.content, kTelegramNarration, ctx.language);
    const Rect& a = ctx.area;
    if (!has_translation && !listen) return Rect{a.x, a.bottom(), a.w, 0};
    const float h =
        std::min(a.h, telegram_tools_height(ctx.screen, ctx.measure) + 2 * std::round(ctx.screen.mm(kToolsMarginMm)));
    return Rect{a.x, a.bottom() - h, a.w, h};
}

TelegramTools telegram_tools(const TelegramView& view, const ViewContext& ctx) {
    TelegramTools tools;
    // An open card has the visitor's attention and its own buttons; two "Listen" at once would be a riddle.
    if (view.card) return tools;
    const Screen& screen = ctx.screen;
    const float margin = std::round(screen.mm(kToolsMarginMm));
    const float gap = std::round(screen.mm(2.5f));
    // Aligned with the page's right edge where the page leaves room beside it, else with the screen's margin.
    float right = std::min(view.viewport.right() - margin, view.layout.page.right());
    const float bottom = view.tools_strip.bottom() - margin;
    const Rect& size = view.layout.toggle;
    if (size.w > 0) {
        tools.toggle = Rect{right - size.w, bottom - size.h, size.w, size.h};
        right = tools.toggle.x - gap;
    }
    if (!ctx.sound || !find_narration(ctx.content, kTelegramNarration, ctx.language)) return tools;

    // As large and high as the translation button, as wide as the longer of its own two labels.
    const int px = view.layout.tools_text_px;
    const InterfaceText& ui = ctx.content.interface;
    const float words = std::max(ctx.measure.width(FontRole::SansBold, px, ui.listen.in(ctx.language)),
                                 ctx.measure.width(FontRole::SansBold, px, ui.stop_listening.in(ctx.language)));
    const float line = ctx.measure.metrics(FontRole::SansBold, px).line_height;
    const float h = view.layout.tools_height;
    const float icon = std::round(px * 0.8f);
    const float w = std::round(std::max(words + icon * 1.6f + px * 2.4f, screen.mm(kToggleTargetMm)));
    tools.has_listen = true;
    tools.listen.pill = Rect{right - w, bottom - h, w, h};
    const float x = std::round(tools.listen.pill.x + (w - (words + icon * 1.6f)) / 2);
    tools.listen.icon = Rect{x, std::round(tools.listen.pill.y + (h - icon) / 2), icon, icon};
    tools.listen.text_at = Vec2{std::round(x + icon * 1.6f), std::round(tools.listen.pill.y + (h - line) / 2)};
    tools.listen.text_px = px;
    tools.listen.playing = ctx.playing == kTelegramNarration;
    return tools;
}

bool telegram_tools_hit(const TelegramTools& tools, Vec2 p) {
    return (tools.toggle.w > 0 && tools.toggle.contains(p)) || (tools.has_listen && tools.listen.pill.contains(p));
}

void draw_telegram_tools(const TelegramTools& tools, const TelegramView& view, const ViewContext& ctx,
                         DisplayList& out) {
    // On the surround of their own strip, below the page: no shadow needed to lift them off the paper.
    if (tools.toggle.w > 0) draw_translation_toggle(view.layout, ctx, tools.toggle, out);
    if (tools.has_listen) draw_listen_button(tools.listen, ctx, out);
}

}  // namespace app
