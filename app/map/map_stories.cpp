#include "map_stories.h"

#include <algorithm>
#include <cmath>

#include "../animation/easing.h"
#include "map/geometry/map_geometry.h"
#include "map/geometry/projection.h"

namespace app {
namespace {

constexpr int kSegmentsPerRadian = 40;  // smooth at any zoom the map allows, and still few lines

double distance(const PlanePoint& a, const PlanePoint& b) { return std::hypot(b.x - a.x, b.y - a.y); }

}  // namespace

StoryPaths make_story_paths(const MapStory& story) {
    StoryPaths out;
    const double world_width = 2 * to_map_units({0, 180}).x;
    double start = 0;
    for (const MapRoute& route : story.routes) {
        StoryPath path;
        path.pieces.emplace_back();
        for (std::size_t i = 0; i + 1 < route.through.size(); ++i) {
            const GeoPoint& a = route.through[i];
            const GeoPoint& b = route.through[i + 1];
            const int segments = std::max(2, static_cast<int>(std::ceil(central_angle(a, b) * kSegmentsPerRadian)));
            const std::vector<GeoPoint> arc = great_circle(a, b, segments);
            for (std::size_t k = i == 0 ? 0 : 1; k < arc.size(); ++k) {
                const PlanePoint p = to_map_units(arc[k]);
                std::vector<PlanePoint>& piece = path.pieces.back();
                // Across the ±180° meridian the arc leaves one edge of the map and comes back at the other.
                if (!piece.empty() && std::abs(p.x - piece.back().x) > world_width / 2) path.pieces.emplace_back();
                path.pieces.back().push_back(p);
            }
        }
        for (const auto& piece : path.pieces)
            for (std::size_t k = 1; k < piece.size(); ++k) path.length += distance(piece[k - 1], piece[k]);
        // Halfway along, for the figure.
        double half = path.length / 2;
        for (const auto& piece : path.pieces) {
            for (std::size_t k = 1; k < piece.size() && half >= 0; ++k) {
                const double d = distance(piece[k - 1], piece[k]);
                if (half <= d && d > 0) {
                    const double t = half / d;
                    path.middle = {piece[k - 1].x + (piece[k].x - piece[k - 1].x) * t,
                                   piece[k - 1].y + (piece[k].y - piece[k - 1].y) * t};
                }
                half -= d;
            }
        }
        const auto& last = path.pieces.back();
        if (last.size() >= 2) {
            const PlanePoint& a = last[last.size() - 2];
            const PlanePoint& b = last.back();
            const double d = std::max(distance(a, b), 1e-12);
            path.end_direction = {(b.x - a.x) / d, (b.y - a.y) / d};
        }
        path.duration =
            std::clamp(kArcMinSeconds + (kArcMaxSeconds - kArcMinSeconds) * path.length / (world_width * 0.6),
                       kArcMinSeconds, kArcMaxSeconds);
        path.start = start;
        start += kRouteStaggerSeconds;
        out.duration = std::max(out.duration, path.start + path.duration + kFigureFadeSeconds);
        out.routes.push_back(std::move(path));
    }
    return out;
}

DrawnPath drawn_part(const StoryPath& path, double seconds) {
    DrawnPath out;
    if (seconds <= path.start) return out;
    const double t = ease_in_out_cubic(progress(seconds, path.start, path.duration));
    out.complete = t >= 1;
    double left = path.length * t;
    for (const auto& piece : path.pieces) {
        if (left <= 0) break;
        std::vector<PlanePoint> drawn{piece.front()};
        for (std::size_t k = 1; k < piece.size() && left > 0; ++k) {
            const double d = distance(piece[k - 1], piece[k]);
            if (d <= left) {
                drawn.push_back(piece[k]);
            } else {
                const double f = left / d;
                drawn.push_back({piece[k - 1].x + (piece[k].x - piece[k - 1].x) * f,
                                 piece[k - 1].y + (piece[k].y - piece[k - 1].y) * f});
            }
            left -= d;
        }
        out.tip = drawn.back();
        out.pieces.push_back(std::move(drawn));
    }
    return out;
}

}  // namespace app
