// The Equal Earth projection (Šavrič, Patterson & Jenny, "The Equal Earth map projection", International
// Journal of Geographical Information Science 33(3), 2019): an equal-area world projection with straight
// parallels, made for world maps where sizes must not mislead (Mercator would swell the USSR several times over
// beside Brazil). Unit sphere, central meridian 0°.
#pragma once
#include <vector>

#include "content/map_content.h"
#include "map/geometry/plane.h"

namespace app {

// A projected point of the unit sphere's Equal Earth plane: x east, y north. The world spans about x ±2.7066,
// y ±1.3174.
using ProjectedPoint = PlanePoint;

ProjectedPoint equal_earth(double lat_deg, double lon_deg);
inline ProjectedPoint equal_earth(const GeoPoint& p) { return equal_earth(p.lat, p.lon); }

// The published polynomial coefficients.
constexpr double kEqualEarthA1 = 1.340264;
constexpr double kEqualEarthA2 = -0.081106;
constexpr double kEqualEarthA3 = 0.000893;
constexpr double kEqualEarthA4 = 0.003796;

// Points of the great circle from `a` to `b` (the shortest way over the globe), `segments` + 1 of them,
// evenly spaced in angle, ends included.
std::vector<GeoPoint> great_circle(const GeoPoint& a, const GeoPoint& b, int segments);

// Angle between two points seen from the Earth's centre, in radians.
double central_angle(const GeoPoint& a, const GeoPoint& b);

}  // namespace app
