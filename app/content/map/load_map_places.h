// Reads the map's places (places.json): where each is, which highlighted country it belongs to, its name and
// caption in every language, its sources. Review notes become warnings for the curator.
#pragma once
#include <string>
#include <vector>

#include "../load_content.h"
#include "../map_content.h"
#include "../problem.h"

namespace app {

std::vector<MapPlace> load_map_places(const std::string& file, const ReadFile& read_file,
                                      const std::vector<MapCountry>& countries, std::vector<Problem>& problems);

}  // namespace app
