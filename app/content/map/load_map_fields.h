// Small readers shared by the map's content files (map.json, places.json): ids, latitudes and longitudes,
// file paths. Each reports its mistakes through a JsonReport, with the position of the value at fault.
#pragma once
#include <optional>
#include <string>

#include "../read/json_fields.h"
#include "../map_content.h"

namespace app {

// Ids are what other files link by ("place": "rio-de-janeiro"), so they are kept plain: lowercase letters,
// digits and hyphens.
bool is_plain_id(const std::string& id);

// A required id member; reports a missing, empty or not plain one and returns "" then.
std::string required_id(const JsonReport& report, const std::string& pointer, const char* key);

// A required number member within [min, max]; `what` names it in messages ("latitude").
std::optional<double> required_number_in(const JsonReport& report, const std::string& pointer, const char* key,
                                         double min, double max, const std::string& what);

// The "lat" and "lon" members of the object at `pointer`, in degrees, range-checked. Nothing if either is wrong.
std::optional<GeoPoint> read_lat_lon(const JsonReport& report, const std::string& pointer);

// At least one source for a fact shown to visitors.
std::vector<std::string> required_sources(const JsonReport& report, const std::string& pointer);

}  // namespace app
