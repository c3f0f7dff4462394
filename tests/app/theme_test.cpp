#include "theme.h"

#include <gtest/gtest.h>

namespace app {
namespace {

TEST(Theme, ContrastRatioMatchesWcagReferenceValues) {
    EXPECT_NEAR(contrast_ratio({0, 0, 0}, {255, 255, 255}), 21.0, 0.01);
    EXPECT_NEAR(contrast_ratio({119, 119, 119}, {255, 255, 255}), 4.48, 0.01);
    EXPECT_NEAR(contrast_ratio({10, 20, 30}, {10, 20, 30}), 1.0, 1e-9);
}

// Body text pairs need 4.5:1 (WCAG AA); the page's own apparatus is body-sized text too.
TEST(Theme, DefaultThemeMeetsWcagAAForEveryTextPair) {
    Theme t = default_theme();
    EXPECT_GE(contrast_ratio(t.ink, t.paper), 4.5);
    EXPECT_GE(contrast_ratio(t.apparatus_ink, t.paper), 4.5);
    EXPECT_GE(contrast_ratio(t.marker_ink, t.paper), 4.5);
    EXPECT_GE(contrast_ratio(t.surround_text, t.surround), 4.5);
    EXPECT_GE(contrast_ratio(t.surround_muted, t.surround), 4.5);
    EXPECT_GE(contrast_ratio(t.hint, t.surround), 4.5);
    EXPECT_GE(contrast_ratio(t.banner_text, t.banner), 4.5);
    EXPECT_GE(contrast_ratio(t.card_title, t.nav_bar), 4.5);  // the language in use
    EXPECT_GE(contrast_ratio(t.card, t.card_title), 4.5);     // the view in use
    EXPECT_GE(contrast_ratio(t.card_text, t.card), 4.5);
    EXPECT_GE(contrast_ratio(t.card_title, t.card), 4.5);
    EXPECT_GE(contrast_ratio(t.card_muted, t.card), 4.5);
    EXPECT_GE(contrast_ratio(t.button_text, t.button), 4.5);
    EXPECT_GE(contrast_ratio(t.ink, t.phrase_highlight), 4.5);
}

// Non-text marks a visitor must see (the underline of a touchable phrase, chart bars) need 3:1 (WCAG 1.4.11).
TEST(Theme, GraphicalMarksMeetWcagNonTextContrast) {
    Theme t = default_theme();
    EXPECT_GE(contrast_ratio(t.phrase_underline, t.paper), 3.0);
    EXPECT_GE(contrast_ratio(t.chart_bar, t.card), 3.0);
    EXPECT_GE(contrast_ratio(t.chart_reference, t.card), 3.0);
}

}  // namespace
}  // namespace app
