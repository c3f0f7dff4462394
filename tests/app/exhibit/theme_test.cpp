#include "theme.h"
#include "support/nonempty.h"

#include <gtest/gtest.h>

#include <vector>

namespace app {
namespace {

TEST(Theme, ContrastRatioMatchesWcagReferenceValues) {
    EXPECT_NEAR(contrast_ratio({0, 0, 0}, {255, 255, 255}), 21.0, 0.01);
    EXPECT_NEAR(contrast_ratio({119, 119, 119}, {255, 255, 255}), 4.48, 0.01);
    EXPECT_NEAR(contrast_ratio({10, 20, 30}, {10, 20, 30}), 1.0, 1e-9);
}

struct Pair {
    const char* name;
    Color text;
    Color back;
};

// Every pair of colours text is drawn in: the page's own apparatus is body-sized text too.
std::vector<Pair> text_pairs(const Theme& t) {
    return {{"ink on paper", t.ink, t.paper},
            {"apparatus on paper", t.apparatus_ink, t.paper},
            {"footnote markers on paper", t.marker_ink, t.paper},
            {"titles on the surround", t.surround_text, t.surround},
            {"muted text on the surround", t.surround_muted, t.surround},
            {"hint on the surround", t.hint, t.surround},
            {"curators' banner", t.banner_text, t.banner},
            {"the language in use", t.card_title, t.nav_bar},
            {"the view in use", t.card, t.card_title},
            {"card text", t.card_text, t.card},
            {"card title", t.card_title, t.card},
            {"card sources", t.card_muted, t.card},
            {"buttons", t.button_text, t.button},
            {"ink on the highlighted phrase", t.ink, t.phrase_highlight}};
}

// Non-text marks a visitor must see (the underline of a touchable phrase, chart bars).
std::vector<Pair> mark_pairs(const Theme& t) {
    return {{"phrase underline", t.phrase_underline, t.paper},
            {"chart bars", t.chart_bar, t.card},
            {"chart reference line", t.chart_reference, t.card}};
}

// Body text needs 4.5:1 (WCAG AA).
TEST(Theme, DefaultThemeMeetsWcagAAForEveryTextPair) {
    for (const Pair& p : NONEMPTY(text_pairs(default_theme())))
        EXPECT_GE(contrast_ratio(p.text, p.back), 4.5) << p.name;
}

// Non-text marks need 3:1 (WCAG 1.4.11).
TEST(Theme, GraphicalMarksMeetWcagNonTextContrast) {
    for (const Pair& p : NONEMPTY(mark_pairs(default_theme())))
        EXPECT_GE(contrast_ratio(p.text, p.back), 3.0) << p.name;
}

// The high-contrast theme: 7:1 for every text pair (WCAG AAA), 4.5:1 for the marks.
TEST(Theme, HighContrastThemeMeetsWcagAAAForEveryTextPair) {
    for (const Pair& p : NONEMPTY(text_pairs(high_contrast_theme())))
        EXPECT_GE(contrast_ratio(p.text, p.back), 7.0) << p.name;
    for (const Pair& p : NONEMPTY(mark_pairs(high_contrast_theme())))
        EXPECT_GE(contrast_ratio(p.text, p.back), 4.5) << p.name;
}

}  // namespace
}  // namespace app
