// An annotation's card while it is open or closing: which annotation, when it opened, and where it stands
// (in column coordinates, so it moves with the page).
#pragma once
#include <vector>

#include "../display_list.h"
#include "../view_context.h"
#include "card_layout.h"

namespace app {

constexpr double kCardOpenSeconds = 0.26;   // grows out of its phrase
constexpr double kCardCloseSeconds = 0.16;  // gets out of the way faster than it came

struct OpenCard {
    int annotation = -1;  // index into Content::annotations
    double opened_at = 0;
    double closing_at = -1;  // set when closing
    CardLayout layout;
    Rect rect;            // the card, column coordinates
    Rect phrase_box;      // bounding box of its phrase, column coordinates
    std::vector<Rect> phrase_rects;
    bool below = true;    // card hangs below the phrase
    Vec2 caret_tip;       // column coordinates
};

bool card_animating(const OpenCard& card, double now);

// True once a closing card has completely faded.
bool card_gone(const OpenCard& card, double now);

// The tint behind the phrase of an open card; drawn under the text.
void draw_card_highlight(const OpenCard& card, float scroll_y, double now, const ViewContext& ctx, DisplayList& out);

void draw_card(const OpenCard& card, float scroll_y, double now, const ViewContext& ctx, DisplayList& out);

}  // namespace app
