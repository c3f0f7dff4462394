// The map's shapes in the plane, built once: the regions projected (Equal Earth, in "map units" with y pointing
// down like the screen), and from them the filled triangles the display list draws, simplified for the scale
// they are shown at. Pan and zoom only change a Triangles command's offset and scale; the vertex arrays are
// shared and immutable, so platform/ converts each of them once.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "content/map_content.h"
#include "display_list.h"
#include "map/map_theme.h"
#include "map/geometry/plane.h"

namespace app {

// A point of the globe in map units: Equal Earth on the unit sphere, x east, y south.
PlanePoint to_map_units(const GeoPoint& p);

struct ProjectedRegion {
    std::string id;
    std::vector<PlanePolygon> polygons;
    std::vector<PlaneBox> boxes;  // per polygon, for quick hit tests
    PlaneBox box;
};

struct ProjectedMap {
    ProjectedRegion land;
    std::vector<ProjectedRegion> countries;  // in the order of MapContent::countries
    PlaneBox countries_box;                  // what the map is framed on
    int point_count = 0;                     // points read from the map file (before leaving out doubles)
    const MapContent* source = nullptr;      // what it was projected from, to know when to project again
};

ProjectedMap project_map(const MapContent& map);

// The index of the country at `p` (map units), or -1. Within `tolerance` (map units) of a country's edge
// counts too, so a small island can be touched; the nearest such country wins.
int country_at(const ProjectedMap& map, PlanePoint p, double tolerance);

// Filled triangles for one level of detail.
struct MapFill {
    std::shared_ptr<const std::vector<Vertex>> world;  // the sea: the globe's outline
    std::shared_ptr<const std::vector<Vertex>> land;
    std::vector<std::shared_ptr<const std::vector<Vertex>>> countries;   // per country, its colour
    std::vector<std::shared_ptr<const std::vector<Vertex>>> selections;  // per country, the "selected" veil
    int triangles = 0;  // what one frame draws (world, land and countries; not the veils)
    int points = 0;     // points left after simplification
};

// `tolerance`: simplification in map units (about a pixel at the scale this level is shown at); polygons of the
// land smaller than `min_land_area` (map units²) are left out.
MapFill build_map_fill(const ProjectedMap& map, double tolerance, double min_land_area, const MapTheme& theme);

// The globe's outline in map units (the meridians ±180° from pole to pole), counter-clockwise.
PlaneRing world_outline(int points_per_side);

}  // namespace app
