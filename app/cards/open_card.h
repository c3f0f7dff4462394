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
    Rect rect;        // the card, column coordinates
    Rect phrase_box;  // bounding box of its phrase, column coordinates
    std::vector<Rect> phrase_rects;
    bool below = true;  // card hangs below the phrase
    Vec2 caret_tip;     // column coordinates
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

// Starts closing `card`: it moves to `closing`, which shrinks it away from `now`. Nothing when no card is open.
void start_closing(std::optional<OpenCard>& card, std::optional<OpenCard>& closing, double now);

// What a tap at `p` on an open card (drawn at `on_screen`) asks for. A link, the picture and Listen become
// requests in the view's own fields (`follow`, `show_picture`, and `listen` where the view's cards can speak),
// which the exhibit carries out; Close is the caller's to carry out, since each view closes in its own way.
// Returns the part of the card hit: Outside when the tap was not the card's at all.
template <class View>
CardHit::Part take_card_tap(View& view, const OpenCard& card, const Rect& on_screen, Vec2 p,
                            std::optional<std::string>* listen = nullptr) {
    const CardHit hit = card_hit(card.layout, on_screen, p);
    if (hit.part == CardHit::Part::Link) view.follow = card.content.links[static_cast<std::size_t>(hit.link)];
    if (hit.part == CardHit::Part::Picture) view.show_picture = card.content.picture;
    if (hit.part == CardHit::Part::Listen && listen) *listen = card.content.narration;
    return hit.part;
}

// A tap beside the open card (or with none open), on `hit` (the index of what is there, or -1): its card opens,
// unless it is the one open, which closes like a tap on nothing. Returns whether anything changed. For views with
// `card`, `open_card(view, ctx, index, now)` and `close_cards(view, now)`.
template <class View>
bool tap_beside_cards(View& view, const ViewContext& ctx, int hit, double now) {
    if (hit >= 0 && !(view.card && view.card->annotation == hit)) {
        open_card(view, ctx, hit, now);
        return true;
    }
    if (!view.card) return false;
    close_cards(view, now);
    return true;
}

// The tint behind the phrase of an open card; drawn under the text.
void draw_card_highlight(const OpenCard& card, float scroll_y, double now, const ViewContext& ctx, DisplayList& out);

void draw_card(const OpenCard& card, float scroll_y, double now, const ViewContext& ctx, DisplayList& out);

}  // namespace app
