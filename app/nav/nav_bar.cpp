#include "nav_bar.h"

#include <algorithm>
#include <cmath>

namespace app {
namespace {

constexpr float kTargetMm = 15.0f;

const Localized& view_label(const InterfaceText& ui, View v) {
    switch (v) {
        case View::Telegram: return ui.view_telegram;
        case View::Map: return ui.view_map;
        case View::Timeline: return ui.view_timeline;
    }
    return ui.view_telegram;
}

float nav_padding(const Screen& screen) { return std::floor(screen.mm(1.5f)); }

}  // namespace

float nav_bar_height(const Screen& screen) {
    // Tall enough that every button is a 15 mm target; a little taller on big screens, where it reads better.
    const float least = std::ceil(screen.mm(kTargetMm)) + 2 * nav_padding(screen);
    return std::max(least, std::round(std::min(screen.height_px * 0.075f, screen.mm(24.0f))));
}

NavBarLayout layout_nav_bar(const ViewContext& ctx, View current, bool easy_reading) {
    const Screen& s = ctx.screen;
    const float w = static_cast<float>(s.width_px), h = static_cast<float>(s.height_px);
    NavBarLayout layout;
    const float bar_h = nav_bar_height(s);
    layout.bar = Rect{0, h - bar_h, w, bar_h};
    const float pad = nav_padding(s);
    const float button_h = bar_h - 2 * pad;
    const float gap = std::round(s.mm(1.5f));
    const float margin = std::max(pad, std::round(w * 0.02f));
    const InterfaceText& ui = ctx.content.interface;
    const AttractText& names = ctx.content.attract;

    // The largest text (from a third of the button's height down to 3 mm) with which everything fits in a row;
    // where even that fails, the languages fold into one button.
    const int largest = std::max(1, static_cast<int>(std::lround(button_h * 0.34f)));
    const int smallest = std::max(1, static_cast<int>(std::lround(std::min(s.mm(3.0f), button_h * 0.34f))));
    auto width_of = [&](const std::string& label, int px, FontRole role) {
        return std::max(std::round(ctx.measure.width(role, px, label) + px * 2.4f), std::round(s.mm(kTargetMm)));
    };
    const std::string& reading_label = ui.easy_reading.in(ctx.language);
    auto total = [&](int px, bool compact) {
        float sum = 0;
        for (int v = 0; v < kViewCount; ++v) sum += width_of(view_label(ui, static_cast<View>(v)).in(ctx.language), px, FontRole::SansBold) + gap;
        sum += width_of(reading_label, px, FontRole::Sans) + gap * 2;
        if (compact) {
            float widest = 0;
            for (Language l : kLanguages) widest = std::max(widest, width_of(names.language_names.in(l), px, FontRole::Sans));
            sum += widest;
        } else {
            for (Language l : kLanguages) sum += width_of(names.language_names.in(l), px, FontRole::Sans) + gap;
        }
        return sum + gap * 2;  // a wider gap between the views and the languages
    };
    int px = largest;
    bool compact = false;
    while (px > smallest && total(px, false) > w - 2 * margin) --px;
    if (total(px, false) > w - 2 * margin) {
        compact = true;
        px = largest;
        while (px > smallest && total(px, true) > w - 2 * margin) --px;
    }
    layout.text_px = px;
    layout.compact_languages = compact;

    const float y = layout.bar.y + pad;
    float x = margin;
    for (int v = 0; v < kViewCount; ++v) {
        const std::string& label = view_label(ui, static_cast<View>(v)).in(ctx.language);
        const float bw = width_of(label, px, FontRole::SansBold);
        layout.buttons.push_back({NavButton::Kind::View, v, Rect{x, y, bw, button_h}, label, static_cast<View>(v) == current});
        x += bw + gap;
    }
    {
        const float bw = width_of(reading_label, px, FontRole::Sans);
        x += gap * 2;  // apart from the views: it changes how everything looks, not where the visitor is
        layout.buttons.push_back({NavButton::Kind::Reading, 0, Rect{x, y, bw, button_h}, reading_label, easy_reading});
    }
    float right = w - margin;
    if (compact) {
        const Language next = kLanguages[static_cast<std::size_t>((static_cast<int>(ctx.language) + 1) % kLanguageCount)];
        const std::string& label = names.language_names.in(next);
        const float bw = width_of(label, px, FontRole::Sans);
        layout.buttons.push_back({NavButton::Kind::Language, static_cast<int>(next), Rect{right - bw, y, bw, button_h}, label, false});
    } else {
        for (int i = kLanguageCount - 1; i >= 0; --i) {
            const Language l = kLanguages[static_cast<std::size_t>(i)];
            const std::string& label = names.language_names.in(l);
            const float bw = width_of(label, px, FontRole::Sans);
            layout.buttons.push_back({NavButton::Kind::Language, i, Rect{right - bw, y, bw, button_h}, label, l == ctx.language});
            right -= bw + gap;
        }
    }
    return layout;
}

std::optional<NavButton> nav_button_at(const NavBarLayout& layout, Vec2 p) {
    for (const NavButton& b : layout.buttons)
        if (b.rect.contains(p)) return b;
    return std::nullopt;
}

void draw_nav_bar(const NavBarLayout& layout, const ViewContext& ctx, DisplayList& out) {
    const Theme& t = ctx.theme;
    out.commands.push_back(FillRect{layout.bar, t.nav_bar, 0});
    out.commands.push_back(Line{{0, layout.bar.y}, {layout.bar.w, layout.bar.y}, 1, t.nav_rule});
    const float radius = std::round(layout.buttons.empty() ? 0 : layout.buttons.front().rect.h * 0.22f);
    for (const NavButton& b : layout.buttons) {
        const bool view = b.kind == NavButton::Kind::View;
        const FontRole role = view ? FontRole::SansBold : FontRole::Sans;
        Color fill = b.current ? t.card_title : t.button;
        Color text = b.current ? t.card : t.button_text;
        if (!view && b.current) {  // the language in use, or reading help on: outlined, so views stay primary
            fill = t.nav_bar;
            text = t.card_title;
            out.commands.push_back(FillRect{b.rect, t.card_title, radius});
            const float inset = std::max(2.0f, ctx.screen.mm(0.5f));
            out.commands.push_back(FillRect{{b.rect.x + inset, b.rect.y + inset, b.rect.w - 2 * inset, b.rect.h - 2 * inset}, fill, radius - inset});
        } else {
            out.commands.push_back(FillRect{b.rect, fill, radius});
        }
        const float tw = ctx.measure.width(role, layout.text_px, b.label);
        const float th = ctx.measure.metrics(role, layout.text_px).line_height;
        out.commands.push_back(Text{b.label, role, layout.text_px,
                                    {std::round(b.rect.x + (b.rect.w - tw) / 2), std::round(b.rect.y + (b.rect.h - th) / 2)}, text});
    }
}

}  // namespace app
