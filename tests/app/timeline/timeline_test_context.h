// What the timeline's tests need: the shipped content, a screen with its area (the bottom 18 mm kept for the
// navigation bar, as the lead will), the fake measurer and the theme, held together.
#pragma once
#include <memory>

#include "content/load_content.h"
#include "support/fake_measure.h"
#include "support/test_assets.h"
#include "view_context.h"

namespace app::testing {

inline std::shared_ptr<const Content> shipped_content() {
    static const std::shared_ptr<const Content> content = load_content(shipped_assets()).content;
    return content;
}

struct TimelineTestContext {
    std::shared_ptr<const Content> content = shipped_content();
    Screen screen;
    TextMeasure measure = fake_measure();
    Theme theme = default_theme();
    Language language = Language::English;

    TimelineTestContext(int w, int h, float px_per_mm, Language l = Language::English) : language(l) {
        screen.width_px = w;
        screen.height_px = h;
        screen.px_per_mm = px_per_mm;
    }
    Rect area() const {
        return Rect{0, 0, static_cast<float>(screen.width_px), static_cast<float>(screen.height_px) - screen.mm(18)};
    }
    ViewContext ctx() const { return ViewContext{*content, screen, measure, theme, language, area()}; }
};

}  // namespace app::testing
