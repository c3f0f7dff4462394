#include "ui_metrics.h"

#include <algorithm>
#include <cmath>

namespace app {
namespace {

constexpr float kMinBodyMm = 2.8f;            // the typed body: a little above the exhibit's smallest text
constexpr float kBodiesPerScreenHeight = 30;  // on a landscape screen: about 18 lines of text visible

}  // namespace

Rect touch_target(const Rect& visual, const Screen& screen) {
    const float target = screen.mm(kMinTouchTargetMm);
    const float grow_w = std::max(0.0f, target - visual.w) / 2, grow_h = std::max(0.0f, target - visual.h) / 2;
    return Rect{visual.x - grow_w, visual.y - grow_h, visual.w + 2 * grow_w, visual.h + 2 * grow_h};
}

float document_margin(const Screen& screen) {
    const float w = static_cast<float>(screen.width_px);
    const float h = static_cast<float>(screen.height_px);
    return std::max(screen.mm(3.0f), 0.03f * std::min(w, h));
}

int body_text_px(const Screen& screen, const TextMeasure& measure) {
    const float w = static_cast<float>(screen.width_px);
    const float h = static_cast<float>(screen.height_px);
    // Typewriter faces are monospaced: one character's advance, per pixel of size.
    const float advance_per_px = measure.width(FontRole::Typewriter, 100, "0") / 100.0f;
    const float page_per_body_px = kDocumentCharsPerLine * advance_per_px + 2 * kPagePaddingInBodies;
    const float fits_width = (w - 2 * document_margin(screen)) / page_per_body_px;
    const float fits_height = std::max(w, h) == w ? h / kBodiesPerScreenHeight : w / (kBodiesPerScreenHeight * 0.75f);
    float body = std::min(fits_width, fits_height);
    body = std::max(body, screen.mm(std::max(kMinBodyMm, kMinTextMm))) * screen.text_scale;
    return round_px(body);
}

int card_text_px(int body_px, const Screen& screen) {
    return round_px(std::max(body_px * 0.82f, screen.mm(kMinTextMm)));
}

}  // namespace app
