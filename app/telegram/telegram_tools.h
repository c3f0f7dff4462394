// The telegram's own buttons, low on the right just above the navigation bar, where a standing visitor's hand
// falls. They stand in a strip of their own across the foot of the view, which the page ends above (it is
// clipped there, and scrolled to its end its last line stands above the strip): so no button ever covers a word
// of the document, at any size, in any language, wherever the page is scrolled. "Listen" reads the telegram aloud (the exhibit's
// translation in Russian and Portuguese) where it has a narration and sound can play; the translation button
// switches the page between the typed original and the translation. Either may be absent; both are while a
// card is open (it has its own Listen, and the visitor's attention).
#pragma once
#include "../listen/listen_button.h"
#include "telegram_view.h"

namespace app {

struct TelegramTools {
    Rect toggle;  // screen coordinates; zero-sized where the language has no translation
    bool has_listen = false;
    ListenButtonLook listen;  // its pill is also its touch target (at least 15 mm high)
};

// The words on the buttons and the buttons' height on this screen (one for all, at least a finger high).
int telegram_tools_text_px(const Screen& screen, const TextMeasure& measure);
float telegram_tools_height(const Screen& screen, const TextMeasure& measure);

// The strip for the buttons across the foot of ctx.area, or an empty one at its foot where there are none: no
// translation (`has_translation`) and no narration to play.
Rect telegram_tools_strip(const ViewContext& ctx, bool has_translation);

TelegramTools telegram_tools(const TelegramView& view, const ViewContext& ctx);

// Where a tap at `p` meets one of them: true when it did (the page beneath does not see the tap).
bool telegram_tools_hit(const TelegramTools& tools, Vec2 p);

void draw_telegram_tools(const TelegramTools& tools, const TelegramView& view, const ViewContext& ctx,
                         DisplayList& out);

}  // namespace app
