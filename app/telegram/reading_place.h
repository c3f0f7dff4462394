// Where a visitor is reading, in terms that survive a change of page: a paragraph and how far into it. The
// original and the translation have the same paragraphs at different heights, so switching between them
// carries the place over paragraph by paragraph instead of by pixels.
#pragma once
#include "telegram_layout.h"

namespace app {

struct ReadingPlace {
    int paragraph = -1;  // index into TelegramLayout::paragraphs; -1 above the first (the heading)
    float fraction = 0;  // 0 at the paragraph's top, 1 where the next one starts
};

// The place at the reading line: a quarter of the way down a view of height `view_h` scrolled by `scroll_y`.
ReadingPlace reading_place(const TelegramLayout& layout, float scroll_y, float view_h);

// The scroll that puts `place` of `layout` back on the reading line; `scroll_y` is kept above the first
// paragraph (the title and heading stand alike on both pages). Not clamped.
float scroll_for_place(const TelegramLayout& layout, const ReadingPlace& place, float scroll_y, float view_h);

}  // namespace app
