#include "theme.h"

#include <algorithm>
#include <cmath>

namespace app {
namespace {

double channel(std::uint8_t v) {
    double c = v / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(Color c) { return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b); }

}  // namespace

double contrast_ratio(Color a, Color b) {
    double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Theme high_contrast_theme() {
    Theme t;
    const Color black{0x00, 0x00, 0x00}, white{0xFF, 0xFF, 0xFF}, yellow{0xFF, 0xE0, 0x4D};
    t.surround = black;
    t.surround_text = white;
    t.surround_muted = Color{0xE6, 0xE6, 0xE6};
    t.hint = yellow;
    t.paper = white;
    t.paper_shadow = Color{0x00, 0x00, 0x00, 0x00};
    t.ink = black;
    t.apparatus_ink = Color{0x1A, 0x1A, 0x1A};
    t.marker_ink = Color{0x80, 0x00, 0x00};
    t.rule = Color{0x40, 0x40, 0x40};
    t.scrollbar = Color{0xFF, 0xFF, 0xFF, 0xC0};
    t.phrase_underline = Color{0x00, 0x3C, 0xB4};
    t.phrase_highlight = yellow;
    t.card = black;
    t.card_shadow = Color{0xFF, 0xFF, 0xFF, 0x60};
    t.card_text = white;
    t.card_title = yellow;
    t.card_muted = Color{0xE6, 0xE6, 0xE6};
    t.button = Color{0x1F, 0x1F, 0x1F};
    t.button_text = white;
    t.chart_bar = Color{0x7F, 0xD8, 0xFF};
    t.chart_reference = yellow;
    t.cursor = Color{0x00, 0x00, 0x00, 0xE0};
    t.nav_bar = black;
    t.nav_rule = white;
    t.banner = Color{0x8E, 0x1B, 0x12};
    t.banner_text = white;
    return t;
}

}  // namespace app
