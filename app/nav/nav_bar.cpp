#include "nav_bar.h"

#include <algorithm>
#include <cmath>

#include "../text/text_size.h"
#include "../ui_metrics.h"

namespace app {
namespace {

const Localized& view_label(const InterfaceText& ui, Scene v) {
    switch (v) {
        case Scene::Telegram: return ui.view_telegram;
        case Scene::Map: return ui.view_map;
        case Scene::Timeline: return ui.view_timeline;
        case Scene::Attract: break;  // the attract loop has no button
    }
    return ui.view_telegram;
}

float nav_padding(const Screen& screen) { return std::floor(screen.mm(1.5f)); }

// A label on two lines, broken at the space nearest its middle ("Letra / maior"); one line where it has none.
std::vector<std::string> two_lines(const std::string& label) {
    std::size_t best = std::string::npos;
    for (std::size_t at = label.find(' '); at != std::string::npos; at = label.find(' ', at + 1)) {
        const auto off = [&](std::size_t i) {
            return std::abs(static_cast<long>(i) - static_cast<long>(label.size() / 2));
        };
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

// What sizing the bar's buttons depends on, for one screen and language.
struct NavSizing {
    const ViewContext& ctx;
    float w = 0;  // the screen's width
    float button_h = 0;
    float gap = 0;
    float margin = 0;
    bool two_rows = false;
    bool wrapped = false;  // labels of two words take two lines
};

std::vector<std::string> lines_of(const NavSizing& n, const std::string& label) {
    return n.wrapped ? two_lines(label) : std::vector<std::string>{label};
}

float width_of(const NavSizing& n, const std::string& label, int px, FontRole role) {
    float widest = 0;
    for (const std::string& line : lines_of(n, label)) widest = std::max(widest, n.ctx.measure.width(role, px, line));
    return std::max(std::round(widest + px * 2.4f), std::round(n.ctx.screen.mm(kMinTouchTargetMm)));
}

// The width every button needs at `px`, with the languages in one button (`compact`) or three.
float total_width(const NavSizing& n, int px, bool compact) {
    const InterfaceText& ui = n.ctx.content.interface;
    const AttractText& names = n.ctx.content.attract;
    const Language language = n.ctx.language;
    float views = 0;
    for (Scene v : kViews) views += width_of(n, view_label(ui, v).in(language), px, FontRole::SansBold) + n.gap;
    float sum = n.two_rows ? 0 : views;
    sum += width_of(n, ui.easy_reading.in(language), px, FontRole::Sans) + n.gap * 2;
    if (compact) {
        float widest = 0;
        for (Language l : kLanguages)
            widest = std::max(widest, width_of(n, names.language_names.in(l), px, FontRole::Sans));
        sum += widest;
    } else {
        for (Language l : kLanguages) sum += width_of(n, names.language_names.in(l), px, FontRole::Sans) + n.gap;
    }
    return std::max(n.two_rows ? views : 0.0f, sum + n.gap * 2);  // a wider gap between the views and the languages
}

// The largest text (from a third of the button's height down to the exhibit's smallest) with which everything
// fits in a row; where even that fails, the languages fold into one button, and then (on a narrow upright
// screen) labels of two words take two lines: never smaller text. Sets `n.wrapped` and the layout's text size.
void choose_text_size(NavSizing& n, NavBarLayout& layout) {
    const Screen& s = n.ctx.screen;
    const float room = n.w - 2 * n.margin;
    const int smallest = min_text_px(s);
    const int largest = std::max(smallest, static_cast<int>(std::lround(n.button_h * 0.34f)));
    int px = largest;
    bool compact = false;
    while (px > smallest && total_width(n, px, false) > room) --px;
    if (total_width(n, px, false) > room) {
        compact = true;
        px = largest;
        while (px > smallest && total_width(n, px, true) > room) --px;
    }
    // Two lines must also fit the button's height.
    const float line_h = n.ctx.measure.metrics(FontRole::SansBold, smallest).line_height;
    if (total_width(n, px, true) > room && 2 * line_h <= n.button_h) {
        n.wrapped = true;
        px = largest;
        while (px > smallest && (total_width(n, px, true) > room ||
                                 2 * n.ctx.measure.metrics(FontRole::SansBold, px).line_height > n.button_h * 0.8f))
            --px;
    }
    layout.text_px = px;
    layout.compact_languages = compact;
}

// The buttons in their places: the views from the left; larger text after them (or first in the second row);
// the languages from the right.
void place_buttons(const NavSizing& n, Scene current, bool easy_reading, float pad, NavBarLayout& layout) {
    const ViewContext& ctx = n.ctx;
    const InterfaceText& ui = ctx.content.interface;
    const AttractText& names = ctx.content.attract;
    const int px = layout.text_px;
    const float button_h = n.button_h, gap = n.gap, margin = n.margin;
    const float y = layout.bar.y + pad;
    const float second_y = n.two_rows ? y + button_h + pad : y;  // larger text and the languages
    float x = margin;
    for (Scene v : kViews) {
        const std::string& label = view_label(ui, v).in(ctx.language);
        const float bw = width_of(n, label, px, FontRole::SansBold);
        layout.buttons.push_back({NavButton::Kind::View, static_cast<int>(v), Rect{x, y, bw, button_h}, label,
                                  v == current, lines_of(n, label)});
        x += bw + gap;
    }
    {
        const std::string& reading_label = ui.easy_reading.in(ctx.language);
        const float bw = width_of(n, reading_label, px, FontRole::Sans);
        x = n.two_rows
                ? margin
                : x + gap * 2;  // apart from the views: it changes how everything looks, not where the visitor is
        layout.buttons.push_back({NavButton::Kind::Reading, 0, Rect{x, second_y, bw, button_h}, reading_label,
                                  easy_reading, lines_of(n, reading_label)});
    }
    float right = n.w - margin;
    if (layout.compact_languages) {
        const Language next =
            kLanguages[static_cast<std::size_t>((static_cast<int>(ctx.language) + 1) % kLanguageCount)];
        const std::string& label = names.language_names.in(next);
        const float bw = width_of(n, label, px, FontRole::Sans);
        layout.buttons.push_back({NavButton::Kind::Language, static_cast<int>(next),
                                  Rect{right - bw, second_y, bw, button_h}, label, false, lines_of(n, label)});
    } else {
        for (int i = kLanguageCount - 1; i >= 0; --i) {
            const Language l = kLanguages[static_cast<std::size_t>(i)];
            const std::string& label = names.language_names.in(l);
            const float bw = width_of(n, label, px, FontRole::Sans);
            layout.buttons.push_back({NavButton::Kind::Language, i, Rect{right - bw, second_y, bw, button_h}, label,
                                      l == ctx.language, lines_of(n, label)});
            right -= bw + gap;
        }
    }
}

}  // namespace

float nav_bar_height(const Screen& screen) {
    // Tall enough that every button is a 15 mm target; a little taller on big screens, where it reads better.
    const float least = std::ceil(screen.mm(kMinTouchTargetMm)) + 2 * nav_padding(screen);
    if (nav_rows(screen) == 2) return 2 * least - nav_padding(screen);
    return std::max(least, std::round(std::min(screen.height_px * 0.075f, screen.mm(24.0f))));
}

NavBarLayout layout_nav_bar(const ViewContext& ctx, Scene current, bool easy_reading) {
    const Screen& s = ctx.screen;
    const float w = static_cast<float>(s.width_px), h = static_cast<float>(s.height_px);
    NavBarLayout layout;
    const float bar_h = nav_bar_height(s);
    layout.bar = Rect{0, h - bar_h, w, bar_h};
    const float pad = nav_padding(s);
    NavSizing sizing{ctx};
    sizing.w = w;
    sizing.two_rows = nav_rows(s) == 2;
    sizing.button_h = sizing.two_rows ? std::ceil(s.mm(kMinTouchTargetMm)) : bar_h - 2 * pad;
    sizing.gap = std::round(s.mm(1.5f));
    sizing.margin = std::max(pad, std::round(w * 0.02f));
    choose_text_size(sizing, layout);
    place_buttons(sizing, current, easy_reading, pad, layout);
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
            out.commands.push_back(
                FillRect{{b.rect.x + inset, b.rect.y + inset, b.rect.w - 2 * inset, b.rect.h - 2 * inset},
                         fill,
                         radius - inset});
        } else {
            out.commands.push_back(FillRect{b.rect, fill, radius});
        }
        const float th = ctx.measure.metrics(role, layout.text_px).line_height;
        const std::vector<std::string> one{b.label};
        const std::vector<std::string>& lines = b.lines.empty() ? one : b.lines;
        float ty = std::round(b.rect.y + (b.rect.h - th * static_cast<float>(lines.size())) / 2);
        for (const std::string& line : lines) {
            const float tw = ctx.measure.width(role, layout.text_px, line);
            out.commands.push_back(
                Text{line, role, layout.text_px, {std::round(b.rect.x + (b.rect.w - tw) / 2), ty}, text});
            ty += th;
        }
    }
}

}  // namespace app
