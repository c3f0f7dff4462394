// The smallest text a visitor is shown, in millimetres on the glass, whatever the screen.
//
// Visitors stand at a touch screen, so they read from where they touch it: about 50 cm (up to 70 cm for a
// step back). ISO 9241-303 and ANSI/HFES 100 ask for capital letters of at least 16 minutes of arc at the
// reading distance (20–22' preferred for continuous reading); at 50 cm that is 2.33 mm. Inter, the face of
// every label, hint and caption, has capitals 0.727 of its em (x-height 0.546), so its em must be at least
// 2.33 / 0.727 = 3.2 mm (x-height 1.75 mm). A Text's size_px is its em in pixels (platform/fonts opens faces
// at 72 dpi, where points are pixels), so the rule is size_px >= 3.2 mm × the screen's px/mm: 17 px on the
// 7-inch 800x480 panel (5.19 px/mm), 12 px on a 96 dpi monitor. The typed body and the serif apparatus follow
// the same em rule (their texts are at least as large as the labels around them).
//
// Every layout clamps its type up to this; `fit_check` fails content whose drawn text is smaller anywhere.
#pragma once
#include <algorithm>
#include <cmath>

#include "../screen.h"

namespace app {

constexpr float kMinTextMm = 3.0f;

// The smallest size_px allowed on `screen` (rounded to the nearest pixel, as sizes are).
inline int min_text_px(const Screen& screen) { return std::max(1, static_cast<int>(std::lround(screen.mm(kMinTextMm)))); }

// A type size computed as `px` (e.g. a fraction of a body size), rounded, and raised to the smallest allowed
// where it came out smaller: secondary text keeps its proportion where there is room, and its legibility where not.
inline int at_least_min_text(const Screen& screen, float px) {
    return std::max(min_text_px(screen), std::max(1, static_cast<int>(std::lround(px))));
}

}  // namespace app
