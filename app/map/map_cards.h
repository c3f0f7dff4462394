// Where the map's cards stand: a place's or country's card beside it (or, on an upright screen, in the free
// space under the globe, pointing up at it), and a story's caption card in the corner where it hides least of
// the story's lines. The cards themselves are the exhibit's one card system (cards/).
#pragma once
#include "../cards/open_card.h"
#include "map_view.h"

namespace app {

// A card for `content` that grows out of `anchor` (screen): above or below it within the stage, its text shrunk
// until it fits.
OpenCard place_map_card(const MapView& view, const ViewContext& ctx, const CardContent& content, const Rect& anchor,
                        double now);

// The caption card of story `story` (an index into MapContent::stories).
OpenCard place_story_card(const MapView& view, const ViewContext& ctx, int story, double now);

}  // namespace app
