// The "Listen" button, the same on a card and on the telegram: a pill with a play triangle and the word, which
// become a square and "Stop" while the narration plays. The icon is drawn, not a font glyph, so every language
// and font shows it.
#pragma once
#include "../display_list.h"
#include "../view_context.h"

namespace app {

struct ListenButtonLook {
    Rect pill;     // screen coordinates
    Rect icon;     // a square inside the pill, left of the words
    Vec2 text_at;  // top-left of the words
    int text_px = 0;
    bool playing = false;
    float opacity = 1;
};

void draw_listen_button(const ListenButtonLook& look, const ViewContext& ctx, DisplayList& out);

}  // namespace app
