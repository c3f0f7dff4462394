#include "nav_bar.h"

#include <algorithm>
#include <cmath>

#include "../text/text_size.h"

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

// A label on two lines, broken at the space nearest its middle ("Letra / maior"); one line where it has none.
std::vector<std::string> two_lines(const std::string& label) {
    std::size_t best = std::string::npos;
    for (std::size_t at = label.find(' '); at != std::string::npos; at = label.find(' ', at + 1)) {
        const auto off = [&](std::size_t i) { return std::abs(static_cast<long>(i) - static_cast<long>(label.size() / 2)); };
        if (best == std::string::npos || off(at) < off(best)) best = at;
    }
    if (best == std::string::npos) return {label};
    return {label.substr(0, best), label.substr(best + 1)};
}

// An upright screen narrower than this holds the bar in two rows (the views; larger text and the languages):
// six 15 mm targets with words at the smallest text size do not fit across the 7-inch panel turned upright
// (92 mm), and the upright screen has the height to spare.
constexpr float kTwoRowsBelowMm = 120.0f;

int nav_rows(const Screen& screen) {
    return screen.portrait() && static_cast<float>(screen.width_px) < screen.mm(kTwoRowsBelowMm) ? 2 : 1;
}

}  // namespace

float nav_bar_height(const Screen& screen) {
    // Tall enough that every button is a 15 mm target; a little taller on big screens, where it reads better.
    const float least = std::ceil(screen.mm(kTargetMm)) + 2 * nav_padding(screen);
    if (nav_rows(screen) == 2) return 2 * least - nav_padding(screen);
    return std::max(least, std::round(std::min(screen.height_px * 0.075f, screen.mm(24.0f))));
}

NavBarLayout layout_nav_bar(const ViewContext& ctx, View current, bool easy_reading) {
    const Screen& s = ctx.screen;
    const float w = static_cast<float>(s.width_px), h = static_cast<float>(s.height_px);
    NavBarLayout layout;
    const float bar_h = nav_bar_height(s);
    layout.bar = Rect{0, h - bar_h, w, bar_h};
    const float pad = nav_padding(s);
    const bool two_rows = nav_rows(s) == 2;
    const float button_h = two_rows ? std::ceil(s.mm(kTargetMm)) : bar_h - 2 * pad;
    const float gap = std::round(s.mm(1.5f));
    const float margin = std::max(pad, std::round(w * 0.02f));
    const InterfaceText& ui = ctx.content.interface;
    const AttractText& names = ctx.content.attract;

    // The largest text (from a third of the button's height down to the exhibit's smallest) with which everything
    // fits in a row; where even that fails, the languages fold into one button, and then (on a narrow upright
    // screen) labels of two words take two lines: never smaller text.
    const int smallest = min_text_px(s);
    const int largest = std::max(smallest, static_cast<int>(std::lround(button_h * 0.34f)));
    bool wrapped = false;
    auto lines_of = [&](const std::string& label) { return wrapped ? two_lines(label) : std::vector<std::string>{label}; };
    auto width_of = [&](const std::string& label, int px, FontRole role) {
        float widest = 0;
        for (const std::string& line : lines_of(label)) widest = std::max(widest, ctx.measure.width(role, px, line));
        return std::max(std::round(widest + px * 2.4f), std::round(s.mm(kTargetMm)));
    };
    const std::string& reading_label = ui.easy_reading.in(ctx.language);
    auto total = [&](int px, bool compact) {
        float views = 0;
        for (int v = 0; v < kViewCount; ++v) views += width_of(view_label(ui, static_cast<View>(v)).in(ctx.language), px, FontRole::SansBold) + gap;
        float sum = two_rows ? 0 : views;
        sum += width_of(reading_label, px, FontRole::Sans) + gap * 2;
        if (compact) {
            float widest = 0;
            for (Language l : kLanguages) widest = std::max(widest, width_of(names.language_names.in(l), px, FontRole::Sans));
            sum += widest;
        } else {
            for (Language l : kLanguages) sum += width_of(names.language_names.in(l), px, FontRole::Sans) + gap;
        }
        return std::max(two_rows ? views : 0.0f, sum + gap * 2);  // a wider gap between the views and the languages
    };
    int px = largest;
    bool compact = false;
    while (px > smallest && total(px, false) > w - 2 * margin) --px;
    if (total(px, false) > w - 2 * margin) {
        compact = true;
        px = largest;
        while (px > smallest && total(px, true) > w - 2 * margin) --px;
    }
    // Two lines must also fit the button's height.
    const float line_h = ctx.measure.metrics(FontRole::SansBold, smallest).line_height;
    if (total(px, true) > w - 2 * margin && 2 * line_h <= button_h) {
        wrapped = true;
        px = largest;
        while (px > smallest && (total(px, true) > w - 2 * margin ||
                                 2 * ctx.measure.metrics(FontRole::SansBold, px).line_height > button_h * 0.8f)) --px;
    }
    layout.text_px = px;
    layout.compact_languages = compact;

    const float y = layout.bar.y + pad;
    const float second_y = two_rows ? y + button_h + pad : y;  // larger text and the languages
    float x = margin;
    for (int v = 0; v < kViewCount; ++v) {
        const std::string& label = view_label(ui, static_cast<View>(v)).in(ctx.language);
        const float bw = width_of(label, px, FontRole::SansBold);
        layout.buttons.push_back({NavButton::Kind::View, v, Rect{x, y, bw, button_h}, label, static_cast<View>(v) == current, lines_of(label)});
        x += bw + gap;
    }
    {
        const float bw = width_of(reading_label, px, FontRole::Sans);
        x = two_rows ? margin : x + gap * 2;  // apart from the views: it changes how everything looks, not where the visitor is
        layout.buttons.push_back({NavButton::Kind::Reading, 0, Rect{x, second_y, bw, button_h}, reading_label, easy_reading, lines_of(reading_label)});
    }
    float right = w - margin;
    if (compact) {
        const Language next = kLanguages[static_cast<std::size_t>((static_cast<int>(ctx.language) + 1) % kLanguageCount)];
        const std::string& label = names.language_names.in(next);
        const float bw = width_of(label, px, FontRole::Sans);
        layout.buttons.push_back({NavButton::Kind::Language, static_cast<int>(next), Rect{right - bw, second_y, bw, button_h}, label, false, lines_of(label)});
    } else {
        for (int i = kLanguageCount - 1; i >= 0; --i) {
            const Language l = kLanguages[static_cast<std::size_t>(i)];
            const std::string& label = names.language_names.in(l);
            const float bw = width_of(label, px, FontRole::Sans);
            layout.buttons.push_back({NavButton::Kind::Language, i, Rect{right - bw, second_y, bw, button_h}, label, l == ctx.language, lines_of(label)});
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
        const float th = ctx.measure.metrics(role, layout.text_px).line_height;
        const std::vector<std::string> one{b.label};
        const std::vector<std::string>& lines = b.lines.empty() ? one : b.lines;
        float ty = std::round(b.rect.y + (b.rect.h - th * static_cast<float>(lines.size())) / 2);
        for (const std::string& line : lines) {
            const float tw = ctx.measure.width(role, layout.text_px, line);
            out.commands.push_back(Text{line, role, layout.text_px, {std::round(b.rect.x + (b.rect.w - tw) / 2), ty}, text});
            ty += th;
        }
    }
}

}  // namespace app
