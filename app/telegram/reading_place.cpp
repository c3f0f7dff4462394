#include "reading_place.h"

#include <algorithm>

namespace app {
namespace {

constexpr float kReadingLine = 0.25f;  // of the view's height: where eyes rest while scrolling on

// A paragraph reaches down to where the next one starts, so the gap between them belongs to it.
float paragraph_end(const TelegramLayout& layout, std::size_t i) {
    return i + 1 < layout.paragraphs.size() ? layout.paragraphs[i + 1].y : layout.paragraphs[i].bottom();
}

}  // namespace

ReadingPlace reading_place(const TelegramLayout& layout, float scroll_y, float view_h) {
    ReadingPlace place;
    const float y = scroll_y + view_h * kReadingLine;
    for (std::size_t i = 0; i < layout.paragraphs.size(); ++i) {
        const float top = layout.paragraphs[i].y;
        if (y < top) break;
        place.paragraph = static_cast<int>(i);
        const float end = paragraph_end(layout, i);
        place.fraction = end > top ? std::clamp((y - top) / (end - top), 0.0f, 1.0f) : 0.0f;
    }
    return place;
}

float scroll_for_place(const TelegramLayout& layout, const ReadingPlace& place, float scroll_y, float view_h) {
    if (place.paragraph < 0 || layout.paragraphs.empty()) return scroll_y;
    const std::size_t i = std::min(static_cast<std::size_t>(place.paragraph), layout.paragraphs.size() - 1);
    const float top = layout.paragraphs[i].y;
    return top + place.fraction * (paragraph_end(layout, i) - top) - view_h * kReadingLine;
}

}  // namespace app
