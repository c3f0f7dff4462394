#include "caption_strip.h"

#include <algorithm>
#include <cmath>

#include "../text/text_flow.h"
#include "listening.h"

namespace app {

int caption_text_px(const ViewContext& ctx) {
    const float base = std::max(ctx.screen.mm(4.2f), std::min(ctx.area.w, ctx.area.h) * 0.036f);
    return std::max(1, static_cast<int>(std::lround(base * ctx.screen.text_scale)));
}

void draw_caption_strip(const Narration& narration, double seconds, float bottom, const ViewContext& ctx, DisplayList& out) {
    const int shown = caption_at(narration, seconds);
    if (shown < 0) return;
    const std::string& words = narration.captions[static_cast<std::size_t>(shown)].text;

    int px = caption_text_px(ctx);
    const float margin = std::round(ctx.screen.mm(4.0f));
    const float max_width = std::min(ctx.area.w - 2 * margin, px * 34.0f);
    TextStyle style{FontRole::Sans, px, 0, ctx.theme.card_text};
    std::vector<std::string> lines = wrap_lines(words, style, max_width - 2 * px, ctx.measure);
    // A caption longer than three lines would hide the page: its type steps down rather than the band growing.
    while (lines.size() > 3 && style.size_px > ctx.screen.mm(3.0f)) {
        style.size_px = std::max(1, static_cast<int>(style.size_px * 0.9f));
        lines = wrap_lines(words, style, max_width - 2 * px, ctx.measure);
    }
    px = style.size_px;
    const float pitch = std::round(ctx.measure.metrics(style.role, px).line_height * 1.2f);
    const float pad = std::round(px * 0.8f);
    const float progress_h = std::max(3.0f, std::round(ctx.screen.mm(0.8f)));
    // One size for every caption (two lines' room, more only when needed), so the band stands still while the
    // words change inside it.
    const std::size_t rows = std::max<std::size_t>(2, lines.size());
    const float w = std::round(max_width);
    const float h = std::round(pitch * static_cast<float>(rows) + 2 * pad + progress_h);
    const Rect band{std::round(ctx.area.x + (ctx.area.w - w) / 2), std::round(bottom - margin - h), w, h};

    out.commands.push_back(FillRect{Rect{band.x, band.y + 3, band.w, band.h}, ctx.theme.card_shadow, pad * 0.6f});
    out.commands.push_back(FillRect{band, ctx.theme.card, pad * 0.6f});
    float y = std::round(band.y + pad + pitch * static_cast<float>(rows - lines.size()) / 2);
    for (const std::string& line : lines) {
        const float lw = ctx.measure.width(style.role, px, line);
        out.commands.push_back(Text{line, style.role, px, {std::round(band.x + (band.w - lw) / 2), y}, style.color});
        y += pitch;
    }
    // Progress moves in steps (kListeningProgressStepsPerSecond) so an idle Pi does not draw every frame.
    const double step = std::floor(seconds * kListeningProgressStepsPerSecond) / kListeningProgressStepsPerSecond;
    const float done = narration.seconds > 0 ? static_cast<float>(std::clamp(step / narration.seconds, 0.0, 1.0)) : 0;
    const Rect track{band.x + pad * 0.6f, band.bottom() - progress_h - pad * 0.35f, band.w - pad * 1.2f, progress_h};
    out.commands.push_back(FillRect{track, ctx.theme.button, progress_h / 2});
    out.commands.push_back(FillRect{Rect{track.x, track.y, std::round(track.w * done), track.h}, ctx.theme.card_title, progress_h / 2});
}

}  // namespace app
