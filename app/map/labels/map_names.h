// The names on the map, placed for the view as it stands: country names centred on their point unless that
// would cover a place; place names beside their markers, clear of each other, of the legend and buttons and,
// where they can, of the stories' lines; the stories' figures beside their lines. Placed at layout and again
// whenever the map comes to rest after a pan or zoom, never while it moves.
#pragma once
#include "map/map_view.h"

namespace app {

void place_map_names(MapView& view, const ViewContext& ctx);

}  // namespace app
