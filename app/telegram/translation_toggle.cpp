#include "translation_toggle.h"

#include <algorithm>
#include <cmath>

namespace app {

void draw_translation_toggle(const TelegramLayout& layout, const ViewContext& ctx, const Rect& r, DisplayList& out) {
    if (layout.toggle.w <= 0) return;
    const Theme& t = ctx.theme;
    const float radius = std::round(r.h / 2);  // a pill, like the Listen button beside it
    Color text = t.button_text;
    if (layout.translated) {
        // On: outlined in the exhibit's amber, as the navigation bar marks the language in use.
        const float inset = std::max(2.0f, ctx.screen.mm(0.5f));
        out.commands.push_back(FillRect{r, t.card_title, radius});
        out.commands.push_back(
            FillRect{{r.x + inset, r.y + inset, r.w - 2 * inset, r.h - 2 * inset}, t.surround, radius - inset});
        text = t.card_title;
    } else {
        out.commands.push_back(FillRect{r, t.button, radius});
    }
    const InterfaceText& ui = ctx.content.interface;
    const std::string& label = (layout.translated ? ui.show_original : ui.show_translation).in(ctx.language);
    const int px = layout.tools_text_px;
    const float tw = ctx.measure.width(FontRole::SansBold, px, label);
    const float th = ctx.measure.metrics(FontRole::SansBold, px).line_height;
    out.commands.push_back(Text{
        label, FontRole::SansBold, px, {std::round(r.x + (r.w - tw) / 2), std::round(r.y + (r.h - th) / 2)}, text});
}

}  // namespace app
