// The telegram screen: its layout, how far it is scrolled, and the finger or mouse dragging it.
#pragma once
#include <cstdint>
#include <optional>

#include "../display_list.h"
#include "../input.h"
#include "telegram_layout.h"

namespace app {

struct TelegramDrag {
    std::int64_t finger = 0;
    float last_y = 0;
};

struct TelegramView {
    TelegramLayout layout;
    float scroll_y = 0;  // how far the column is scrolled up, 0..max_scroll
    std::optional<TelegramDrag> drag;
};

float max_scroll(const TelegramView& view, const Screen& screen);

// Scrolls by `dy` pixels (positive moves the text up), kept within bounds. Returns whether anything moved.
bool scroll_by(TelegramView& view, const Screen& screen, float dy);

// Drag, wheel and keys scroll the page. Returns whether the view changed.
bool telegram_handle_input(TelegramView& view, const Screen& screen, const InputEvent& event);

void draw_telegram(const TelegramView& view, const Screen& screen, const Theme& theme, DisplayList& out);

}  // namespace app
