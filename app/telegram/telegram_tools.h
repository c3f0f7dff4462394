// The telegram's own buttons, low on the right just above the navigation bar, where a standing visitor's hand
// falls; they stay put while the page scrolls beneath them. "Listen" reads the telegram aloud (the exhibit's
// translation in Russian and Portuguese) where it has a narration and sound can play; the translation button
// switches the page between the typed original and the translation. Either may be absent; both are while a
// card is open (it has its own Listen, and the visitor's attention).
#pragma once
#include "../listen/listen_button.h"
#include "telegram_view.h"

namespace app {

struct TelegramTools {
    Rect toggle;              // screen coordinates; zero-sized where the language has no translation
    bool has_listen = false;
    ListenButtonLook listen;  // its pill is also its touch target (at least 15 mm high)
};

TelegramTools telegram_tools(const TelegramView& view, const ViewContext& ctx);

// Where a tap at `p` meets one of them: true when it did (the page beneath does not see the tap).
bool telegram_tools_hit(const TelegramTools& tools, Vec2 p);

void draw_telegram_tools(const TelegramTools& tools, const TelegramView& view, const ViewContext& ctx, DisplayList& out);

}  // namespace app
