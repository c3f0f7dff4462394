#include "card_placement.h"

#include <algorithm>
#include <cmath>

namespace app {
namespace {

CardPlacement make(const Rect& phrase, Vec2 size, const PlacementRoom& room, bool below, float scroll_delta) {
    const float phrase_top = phrase.y - scroll_delta;
    const float phrase_bottom = phrase.bottom() - scroll_delta;
    const float centre = phrase.x + phrase.w / 2;
    const float x =
        std::clamp(centre - size.x / 2, room.margin, std::max(room.margin, room.viewport_w - room.margin - size.x));
    const float y = below ? phrase_bottom + room.gap : phrase_top - room.gap - size.y;
    const Vec2 tip{std::clamp(centre, x + room.gap, x + size.x - room.gap), below ? phrase_bottom : phrase_top};
    return CardPlacement{Rect{std::round(x), std::round(y), size.x, size.y}, scroll_delta, below, tip};
}

// The scroll closest to zero within [lo, hi] and the page's scroll range, if there is one.
std::optional<float> least_scroll(float lo, float hi, const PlacementRoom& room) {
    lo = std::max(lo, -room.can_scroll_down);
    hi = std::min(hi, room.can_scroll_up);
    if (lo > hi) return std::nullopt;
    return std::clamp(0.0f, lo, hi);
}

}  // namespace

std::optional<CardPlacement> place_card(const Rect& phrase, Vec2 size, const PlacementRoom& room) {
    // A scroll s moves the phrase to y - s. Each side gives an interval of scrolls that keep both the phrase
    // and the card on screen; of those, the smallest scroll wins, and below wins a tie (it reads downwards).
    const float top_limit = room.margin, bottom_limit = room.viewport_h - room.margin;
    const std::optional<float> below =
        least_scroll(phrase.bottom() + room.gap + size.y - bottom_limit, phrase.y - top_limit, room);
    const std::optional<float> above =
        least_scroll(phrase.bottom() - bottom_limit, phrase.y - room.gap - size.y - top_limit, room);
    if (below && (!above || std::abs(*below) <= std::abs(*above))) return make(phrase, size, room, true, *below);
    if (above) return make(phrase, size, room, false, *above);
    return std::nullopt;
}

}  // namespace app
