// Where an annotated phrase stands on the page: one box per line it covers, in column coordinates.
#pragma once
#include <vector>

#include "../content/content.h"
#include "telegram_layout.h"

namespace app {

std::vector<Rect> phrase_rects(const TelegramLayout& layout, const AnchorMatch& match, const TextMeasure& measure);

// The smallest box holding all of `rects`.
Rect bounding_box(const std::vector<Rect>& rects);

}  // namespace app
