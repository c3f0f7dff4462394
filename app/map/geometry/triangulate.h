// Polygons with holes into triangles, for the map's filled land and countries: ear clipping, with each hole
// joined to the outline by a bridge first (Eberly, "Triangulation by Ear Clipping", 2002). Real coastlines
// bring duplicate and collinear points, rings of either orientation, and after simplification the odd
// self-touching ring; none of these stops it: when no proper ear is left it clips the best remaining one, so it
// always ends, and on a simple polygon the triangles cover it exactly.
#pragma once
#include <vector>

#include "map/geometry/plane.h"

namespace app {

// Triangles covering `polygon`, three points each, all counter-clockwise (x right, y up). Runs in O(n²) for
// n points; the map calls it once per layout, never per frame.
std::vector<PlanePoint> triangulate(const PlanePolygon& polygon);

}  // namespace app
