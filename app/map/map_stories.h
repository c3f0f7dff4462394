// The stories' lines on the map: each route as great-circle arcs from point to point, sampled once at layout in
// map units, and how a story unfolds in time (routes drawing themselves one after another, then their figures).
#pragma once
#include <vector>

#include "../content/map_content.h"
#include "map/geometry/plane.h"

namespace app {

// One route of a story, ready to draw: one or more pieces (a route crossing the map's edge at ±180° is cut
// there), with the length along them.
struct StoryPath {
    std::vector<std::vector<PlanePoint>> pieces;
    double length = 0;         // map units, all pieces
    PlanePoint middle;         // halfway along, where its figure goes
    PlanePoint end_direction;  // unit vector of the last segment, for the arrowhead
    double start = 0;          // seconds after the story starts
    double duration = 0;       // seconds it takes to draw itself
};

struct StoryPaths {
    std::vector<StoryPath> routes;
    double duration = 0;  // until every route has drawn itself and its figure has appeared
};

// Arcs take between these, longer routes longer: long enough to follow with the eye, short enough to wait for.
constexpr double kArcMinSeconds = 1.5;
constexpr double kArcMaxSeconds = 2.5;
constexpr double kRouteStaggerSeconds = 0.6;  // each route starts this much after the one before
constexpr double kFigureFadeSeconds = 0.3;

StoryPaths make_story_paths(const MapStory& story);

// The part of `path` drawn after `seconds` of the story: pieces cut at the growing end (eased), and where the
// end is. Nothing before the route starts.
struct DrawnPath {
    std::vector<std::vector<PlanePoint>> pieces;
    PlanePoint tip;
    bool complete = false;
};
DrawnPath drawn_part(const StoryPath& path, double seconds);

}  // namespace app
