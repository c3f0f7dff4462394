// Reads the map's manifest (map.json): which GeoJSON and places files to use, the words of the map screen, the
// highlighted countries (names, captions, where their names stand) and the stories told on the map, then the
// files it names. Everything in three languages; review notes become warnings.
//
// map.json:
//   "geometry": "map/countries-1935.geojson",  "places": "map/places.json",   (relative to the assets folder)
//   "text": {"borders_note": {en,ru,pt}, "other_land": {…}, "reset": {…}},
//   "countries": [{"id": "us", "name": {…}, "caption": {…}, "sources": […], "label_at": {"lat": …, "lon": …}}, …],
//   "stories": [{"id": "…", "button": {…}, "title": {…}, "caption": {…}, "sources": […],
//                "routes": [{"through": ["washington", {"lat": …, "lon": …}, …], "weight": 1, "label": {…}}],
//                "chart": {like an annotation's chart}}],
//   "review": […]   (allowed on the file, each country, story and route)
#pragma once
#include <string>
#include <vector>

#include "../load_content.h"
#include "../map_content.h"
#include "../problem.h"

namespace app {

MapContent load_map(const std::string& file, const ReadFile& read_file, std::vector<Problem>& problems);

}  // namespace app
