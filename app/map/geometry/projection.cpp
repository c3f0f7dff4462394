#include "map/geometry/projection.h"

#include <algorithm>
#include <cmath>

namespace app {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDeg = kPi / 180;

struct Vec3 {
    double x, y, z;
};

Vec3 to_vector(const GeoPoint& p) {
    const double lat = p.lat * kDeg, lon = p.lon * kDeg;
    return {std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon), std::sin(lat)};
}

GeoPoint to_geo(const Vec3& v) {
    const double r = std::sqrt(v.x * v.x + v.y * v.y + v.z * v.z);
    return {std::asin(std::clamp(v.z / r, -1.0, 1.0)) / kDeg, std::atan2(v.y, v.x) / kDeg};
}

}  // namespace

ProjectedPoint equal_earth(double lat_deg, double lon_deg) {
    const double lambda = lon_deg * kDeg;
    const double phi = lat_deg * kDeg;
    const double m = std::sqrt(3.0) / 2;
    const double theta = std::asin(std::clamp(m * std::sin(phi), -1.0, 1.0));
    const double t2 = theta * theta, t6 = t2 * t2 * t2;
    const double denominator =
        3 * (9 * kEqualEarthA4 * t6 * t2 + 7 * kEqualEarthA3 * t6 + 3 * kEqualEarthA2 * t2 + kEqualEarthA1);
    const double x = 2 * std::sqrt(3.0) * lambda * std::cos(theta) / denominator;
    const double y = theta * (kEqualEarthA1 + kEqualEarthA2 * t2 + t6 * (kEqualEarthA3 + kEqualEarthA4 * t2));
    return {x, y};
}

double central_angle(const GeoPoint& a, const GeoPoint& b) {
    const Vec3 u = to_vector(a), v = to_vector(b);
    const double dot = u.x * v.x + u.y * v.y + u.z * v.z;
    const Vec3 c{u.y * v.z - u.z * v.y, u.z * v.x - u.x * v.z, u.x * v.y - u.y * v.x};
    return std::atan2(std::sqrt(c.x * c.x + c.y * c.y + c.z * c.z), dot);  // accurate for tiny and huge angles
}

std::vector<GeoPoint> great_circle(const GeoPoint& a, const GeoPoint& b, int segments) {
    segments = std::max(1, segments);
    const Vec3 u = to_vector(a), v = to_vector(b);
    const double omega = central_angle(a, b);
    std::vector<GeoPoint> out;
    out.reserve(static_cast<std::size_t>(segments) + 1);
    for (int i = 0; i <= segments; ++i) {
        const double t = static_cast<double>(i) / segments;
        if (std::sin(omega) < 1e-12) {  // the same point, or exactly opposite ones (no single shortest way)
            out.push_back({a.lat + (b.lat - a.lat) * t, a.lon + (b.lon - a.lon) * t});
            continue;
        }
        // Spherical linear interpolation: constant speed along the arc.
        const double wa = std::sin((1 - t) * omega) / std::sin(omega), wb = std::sin(t * omega) / std::sin(omega);
        out.push_back(to_geo({wa * u.x + wb * v.x, wa * u.y + wb * v.y, wa * u.z + wb * v.z}));
    }
    out.front() = a;
    out.back() = b;
    return out;
}

}  // namespace app
