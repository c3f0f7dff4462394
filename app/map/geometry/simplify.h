// Fewer points for the same picture: Douglas–Peucker simplification of every ring of the map at once, so that a
// border two regions share (the coast of the US is also the coast of the land under it) is simplified the same
// way in both and no sliver of one shows beside the other. Rings are cut into chains at the points where regions
// part ways, and each chain is simplified in a canonical direction, so a chain read backwards in one region gives
// exactly the same points as read forwards in the other.
#pragma once
#include <vector>

#include "map/geometry/plane.h"

namespace app {

// Simplifies every ring of every polygon so no dropped point lies further than `tolerance` from the simplified
// line. Rings left with fewer than three points are removed (a polygon whose outline goes, goes).
void simplify_shared(std::vector<std::vector<PlanePolygon>*> regions, double tolerance);

// Douglas–Peucker on an open chain; keeps both ends. Exposed for tests.
std::vector<PlanePoint> simplify_chain(const std::vector<PlanePoint>& chain, double tolerance);

}  // namespace app
