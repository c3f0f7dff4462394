// The measures every view shares, in one place so that no view reaches into another for them: how big a touch
// target is, the exhibit's type scale (the typed document's body size, from which every view sizes its text) and
// the size of card text. Whole-pixel rounding and the smallest text are `text/text_size.h`, included here.
#pragma once
#include "geometry.h"
#include "screen.h"
#include "text/text_size.h"
#include "text_measure.h"

namespace app {

// The smallest touch target a visitor can hit reliably standing up: every button, link, marker and pill is at least
// this each way (its target, if not what is drawn).
constexpr float kMinTouchTargetMm = 15.0f;

// Where a touch counts as pressing what is drawn at `visual`: the same, grown about its middle to 15 mm each way.
Rect touch_target(const Rect& visual, const Screen& screen);

// The page the type scale is measured by: the telegram's typed body, about 64 typewriter characters a line, with
// a padding of 2.6 body sizes each side.
constexpr float kDocumentCharsPerLine = 64;
constexpr float kPagePaddingInBodies = 2.6f;

// The margin left around the document page at the screen's edges.
float document_margin(const Screen& screen);

// The exhibit's body size for one screen: the typed document's, chosen so a line holds about 64 characters on the
// page, the page fits the width, a landscape screen shows a good part of the page, and text never gets smaller
// than is legible on a small screen. Multiplied by the screen's text scale ("Larger text").
int body_text_px(const Screen& screen, const TextMeasure& measure);

// Card text size for a screen whose document body is `body_px`: a little smaller than the document, never below
// what is legible at arm's length. The same on every view, so a card reads alike wherever it opens.
int card_text_px(int body_px, const Screen& screen);
inline int card_text_px(const Screen& screen, const TextMeasure& measure) {
    return card_text_px(body_text_px(screen, measure), screen);
}

}  // namespace app
