// The telegram's translation button, drawn in words ("Перевод" / "Оригинал"), never as an icon: a visitor who
// reads Russian or Portuguese sees at once what it does.
#pragma once
#include "../display_list.h"
#include "../view_context.h"
#include "telegram_layout.h"

namespace app {

// Draws the button of `layout` (if it has one) at `on_screen`, saying what a tap will show.
void draw_translation_toggle(const TelegramLayout& layout, const ViewContext& ctx, const Rect& on_screen,
                             DisplayList& out);

}  // namespace app
