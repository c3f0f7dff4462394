// The smallest text a visitor is shown, in millimetres on the glass, whatever the screen.
//
// Visitors stand at a touch screen and read from where they touch it, about 50 cm. A Text's size_px is its em
// in pixels (platform/text/fonts opens faces at 72 dpi, where points are pixels), so the rule is
// size_px >= kMinTextMm x the screen's px/mm. At 2.7 mm, Inter (every label, hint and caption) has capitals of
// 1.96 mm (0.727 em) and an x-height of 1.47 mm (0.546 em): 13.5 minutes of arc at 50 cm. That is a floor for
// short labels, below the 16' that ISO 9241-303 and ANSI/HFES 100 ask of characters for continuous reading on
// office displays; the continuous reading here keeps above it (the typed body 2.8 mm and up, the timeline's
// labels and cards 3 mm). It is a compromise the 86 mm-tall 7-inch panel forces: the largest floor with which
// the exhibit's cards still stand beside their phrase on an 800x480 screen at 96 dpi and the map still names
// every place. On that panel (5.19 px/mm) it is 14 px, where issue 22 found 11 px (2.1 mm, 10.5'); 10 px on a
// 96 dpi monitor.
//
// Every layout clamps its type up to this; `fit_check` fails content whose drawn text is smaller anywhere.
#pragma once
#include <algorithm>
#include <cmath>

#include "../screen.h"

namespace app {

constexpr float kMinTextMm = 2.7f;

// A type size computed in fractions of a pixel, rounded to a whole pixel and never below 1 (every layout's one rule).
inline int round_px(float v) { return std::max(1, static_cast<int>(std::lround(v))); }

// The smallest size_px allowed on `screen` (rounded to the nearest pixel, as sizes are).
inline int min_text_px(const Screen& screen) { return round_px(screen.mm(kMinTextMm)); }

// A type size computed as `px` (e.g. a fraction of a body size), rounded, and raised to the smallest allowed
// where it came out smaller: secondary text keeps its proportion where there is room, and its legibility where not.
inline int at_least_min_text(const Screen& screen, float px) { return std::max(min_text_px(screen), round_px(px)); }

}  // namespace app
