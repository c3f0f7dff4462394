// What a touch at a point of the map screen is on: a button, a place (its name first, so a cluster of markers
// can still be told apart, then the nearest marker within a few millimetres), a country (its name, then the
// projected shapes, a small island counting from a little way off) or a legend entry. -1 when nothing.
#pragma once
#include "map_view.h"

namespace app {

int map_button_at(const MapView& view, Vec2 p);
int map_place_at(const MapView& view, const ViewContext& ctx, Vec2 p);
int map_country_touched(const MapView& view, const ViewContext& ctx, Vec2 p);
int map_legend_country_at(const MapView& view, const ViewContext& ctx, Vec2 p);

}  // namespace app
