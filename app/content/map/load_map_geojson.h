// Reads the map's land and countries from a GeoJSON FeatureCollection: one feature per region, named by
// properties.id, with Polygon or MultiPolygon geometry in [longitude, latitude] degrees. Every mistake is
// reported with file, line, column and what to do, so a curator can fix a hand-edited or rebuilt map file.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "../load_content.h"
#include "../map_content.h"
#include "../problem.h"

namespace app {

// The regions named by `required_ids`, in that order; a missing one is an error, a feature with another id a
// warning (it is not drawn). Returns what could be read even when there are errors.
std::vector<MapRegion> parse_map_geometry(std::string_view text, const std::string& file,
                                          const std::vector<std::string>& required_ids, std::vector<Problem>& problems);

std::vector<MapRegion> load_map_geometry(const std::string& file, const ReadFile& read_file,
                                         const std::vector<std::string>& required_ids, std::vector<Problem>& problems);

// A broken file (say, every position written [lat, lon]) would give thousands of messages; after this many
// the rest are summed up in one line.
constexpr int kMaxMapGeometryErrors = 20;

}  // namespace app
