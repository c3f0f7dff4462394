// A card while it is open or closing: what it says, when it opened, and where it stands (in the coordinates
// of the view that owns it, e.g. the telegram's scrolling column, so it moves with the page).
#pragma once
#include <optional>
#include <vector>

#include "../display_list.h"
#include "../view_context.h"
#include "card_layout.h"
#include "card_placement.h"

namespace app {

constexpr double kCardOpenSeconds = 0.26;   // grows out of its phrase
constexpr double kCardCloseSeconds = 0.16;  // gets out of the way faster than it came

struct OpenCard {
    int annotation = -1;  // what the owning view opened it for (e.g. an index into Content::annotations)
    CardContent content;
    double opened_at = 0;
    double closing_at = -1;  // set when closing
    CardLayout layout;
    Rect rect;            // the card, column coordinates
    Rect phrase_box;      // bounding box of its phrase, column coordinates
    std::vector<Rect> phrase_rects;
    bool below = true;    // card hangs below the phrase
    Vec2 caret_tip;       // column coordinates
};

// A card laid out and placed beside `anchor` (a box on screen), its text shrunk step by step until it fits
// beside it. On a screen too small for even the smallest text it covers the half away from the anchor.
struct PlacedCard {
    CardLayout layout;
    CardPlacement placement;  // on screen, after placement.scroll_delta
};

PlacedCard place_card_beside(const CardContent& content, const Rect& anchor, const PlacementRoom& room, int text_px,
                             const ViewContext& ctx);

// The room a card has on this screen: margins along the edges and the gap for its pointer.
PlacementRoom card_room(const Screen& screen, float can_scroll_up, float can_scroll_down);

bool card_animating(const OpenCard& card, double now);

// True once a closing card has completely faded.
bool card_gone(const OpenCard& card, double now);

// Reduced motion: a card still growing is open at once (one closing is left to the view, which drops it).
void finish_opening(std::optional<OpenCard>& card, double now);

// The tint behind the phrase of an open card; drawn under the text.
void draw_card_highlight(const OpenCard& card, float scroll_y, double now, const ViewContext& ctx, DisplayList& out);

void draw_card(const OpenCard& card, float scroll_y, double now, const ViewContext& ctx, DisplayList& out);

}  // namespace app
