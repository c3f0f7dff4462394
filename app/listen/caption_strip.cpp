#include "caption_strip.h"

#include <algorithm>
#include <cmath>

#include "../text/text_flow.h"
#include "../text/text_size.h"
#include "listening.h"

namespace app {
namespace {

// One caption set in the band: its lines at its type size.
struct CaptionSet {
    TextStyle style;
    std::vector<std::string> lines;
};

float band_width(const ViewContext& ctx, int px) {
    const float margin = std::round(ctx.screen.mm(4.0f));
    return std::round(std::min(ctx.area.w - 2 * margin, px * 34.0f));
}

CaptionSet set_caption(const std::string& words, const ViewContext& ctx) {
    const int px = caption_text_px(ctx);
    const float inner = band_width(ctx, px) - 2 * px;
    CaptionSet set{TextStyle{FontRole::Sans, px, 0, ctx.theme.card_text}, {}};
    set.lines = wrap_lines(words, set.style, inner, ctx.measure);
    // A caption longer than three lines would hide the page: its type steps down rather than the band growing,
    // never below the exhibit's smallest text.
    const int smallest = min_text_px(ctx.screen);
    while (set.lines.size() > 3 && set.style.size_px > std::max(smallest, static_cast<int>(ctx.screen.mm(3.0f)))) {
        set.style.size_px = std::max(smallest, static_cast<int>(set.style.size_px * 0.9f));
        set.lines = wrap_lines(words, set.style, inner, ctx.measure);
    }
    return set;
}

float pitch_of(const CaptionSet& set, const ViewContext& ctx) {
    return std::round(ctx.measure.metrics(set.style.role, set.style.size_px).line_height * 1.2f);
}
float pad_of(const ViewContext& ctx) { return std::round(caption_text_px(ctx) * 0.8f); }
float progress_height(const ViewContext& ctx) { return std::max(3.0f, std::round(ctx.screen.mm(0.8f))); }
float band_margin(const ViewContext& ctx) { return std::round(ctx.screen.mm(4.0f)); }

}  // namespace

int caption_text_px(const ViewContext& ctx) {
    const float base = std::max(ctx.screen.mm(4.2f), std::min(ctx.area.w, ctx.area.h) * 0.036f);
    return std::max(min_text_px(ctx.screen), static_cast<int>(std::lround(base * ctx.screen.text_scale)));
}

Rect caption_band(const Narration& narration, float bottom, const ViewContext& ctx) {
    // Two lines' room at least, more when the longest caption needs it.
    float text_h = 0;
    for (const Caption& caption : narration.captions) {
        const CaptionSet set = set_caption(caption.text, ctx);
        text_h = std::max(text_h, pitch_of(set, ctx) * static_cast<float>(std::max<std::size_t>(2, set.lines.size())));
    }
    const float w = band_width(ctx, caption_text_px(ctx));
    const float h = std::round(text_h + 2 * pad_of(ctx) + progress_height(ctx));
    return Rect{std::round(ctx.area.x + (ctx.area.w - w) / 2), std::round(bottom - band_margin(ctx) - h), w, h};
}

float caption_band_room(const Narration& narration, const ViewContext& ctx) {
    const Rect band = caption_band(narration, 0, ctx);
    return -band.y;
}

void draw_caption_strip(const Narration& narration, double seconds, float bottom, const ViewContext& ctx,
                        DisplayList& out) {
    const int shown = caption_at(narration, seconds);
    if (shown < 0) return;
    const CaptionSet set = set_caption(narration.captions[static_cast<std::size_t>(shown)].text, ctx);
    const Rect band = caption_band(narration, bottom, ctx);
    const int px = set.style.size_px;
    const float pitch = pitch_of(set, ctx);
    const float pad = pad_of(ctx);
    const float progress_h = progress_height(ctx);

    out.commands.push_back(FillRect{Rect{band.x, band.y + 3, band.w, band.h}, ctx.theme.card_shadow, pad * 0.6f});
    out.commands.push_back(FillRect{band, ctx.theme.card, pad * 0.6f});
    // The lines centred in the room above the progress line.
    const float room = band.h - 2 * pad - progress_h;
    float y = std::round(band.y + pad + (room - pitch * static_cast<float>(set.lines.size())) / 2);
    for (const std::string& line : set.lines) {
        const float lw = ctx.measure.width(set.style.role, px, line);
        out.commands.push_back(
            Text{line, set.style.role, px, {std::round(band.x + (band.w - lw) / 2), y}, set.style.color});
        y += pitch;
    }
    // Progress moves in steps (kListeningProgressStepsPerSecond) so an idle Pi does not draw every frame.
    const double step = std::floor(seconds * kListeningProgressStepsPerSecond) / kListeningProgressStepsPerSecond;
    const float done = narration.seconds > 0 ? static_cast<float>(std::clamp(step / narration.seconds, 0.0, 1.0)) : 0;
    const Rect track{band.x + pad * 0.6f, band.bottom() - progress_h - pad * 0.35f, band.w - pad * 1.2f, progress_h};
    out.commands.push_back(FillRect{track, ctx.theme.button, progress_h / 2});
    out.commands.push_back(
        FillRect{Rect{track.x, track.y, std::round(track.w * done), track.h}, ctx.theme.card_title, progress_h / 2});
}

}  // namespace app
