// Where a card goes: next to its phrase, never over it, entirely on screen. When neither above nor below has
// room, the page scrolls to make room (the caller animates that scroll).
#pragma once
#include <optional>

#include "../geometry.h"

namespace app {

struct CardPlacement {
    Rect card;           // on screen, after the scroll below has been applied
    float scroll_delta;  // how far the page must scroll first (positive: the text moves up)
    bool below;          // the card hangs below its phrase (else it stands above it)
    Vec2 caret_tip;      // the point on the phrase that the card's pointer touches
};

struct PlacementRoom {
    float viewport_w = 0;
    float viewport_h = 0;
    float margin = 0;           // kept free along the screen's edges
    float gap = 0;              // between phrase and card, where the pointer goes
    float can_scroll_up = 0;    // how far the page may still scroll forward (text moving up)
    float can_scroll_down = 0;  // how far it may scroll back
};

// `phrase` is the bounding box of the phrase on screen. Returns nothing when the card is too tall to fit
// beside the phrase at all; the caller then makes the card smaller and asks again.
std::optional<CardPlacement> place_card(const Rect& phrase, Vec2 card_size, const PlacementRoom& room);

}  // namespace app
