// The map of the exhibit as content: land and the highlighted countries as loaded from GeoJSON (degrees, not
// yet projected), the places, the countries' names and captions, and the stories told on the map. Plain data;
// nothing here knows how it is drawn.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "language.h"
#include "picture.h"

namespace app {

struct BarChart;  // content.h; this header is included by it

struct GeoPoint {
    double lat = 0;  // degrees north
    double lon = 0;  // degrees east
};

// A ring as GeoJSON gives it, without the repeated closing position.
using GeoRing = std::vector<GeoPoint>;

struct GeoPolygon {
    GeoRing outer;
    std::vector<GeoRing> holes;
};

// One feature of the map file, by its properties.id: a highlighted country or the land of the whole world.
struct MapRegion {
    std::string id;
    std::vector<GeoPolygon> polygons;
};

// The id of the feature holding all land, drawn muted under the highlighted countries.
constexpr const char* kMapLandId = "land";

// A highlighted country: its colour is the n-th of the map's palette, n being its place in the list.
struct MapCountry {
    std::string id;     // matches a feature of the map file
    Localized name;     // on the map, in the legend and on its card
    Localized caption;  // the card's text
    std::vector<std::string> sources;
    GeoPoint label_at;  // where its name stands on the map
    Localized role;     // optional: one line on what it is in the story (the key under an upright map)
};

struct MapPlace {
    std::string id;
    GeoPoint at;
    std::string country;  // id of a MapCountry
    Localized name;
    Localized caption;
    std::vector<std::string> sources;
    Picture picture;  // optional: present() when given
};

// A line a story draws: through places (by id) or bare points, as great-circle arcs from point to point.
struct MapRoute {
    std::vector<GeoPoint> through;
    std::vector<std::string> place_ids;  // per point of `through`: the place it is, or empty for a bare point
    float weight = 1;                    // relative line width (a bigger flow is a thicker line)
    bool has_label = false;
    Localized label;  // shown beside the arc once it has drawn itself (a figure)
};

struct MapStory {
    std::string id;
    Localized button;   // short label of its button
    Localized title;    // title of its caption card
    Localized caption;  // the caption card's text
    Localized summary;  // optional: one line under its button where there is room (an upright screen)
    std::vector<std::string> sources;
    std::vector<MapRoute> routes;           // drawn one after another
    std::shared_ptr<const BarChart> chart;  // drawn in the caption card; may be null
    Picture picture;                        // optional: present() when given
};

// Words of the map screen itself.
struct MapText {
    Localized borders_note;  // "Borders as of 1935"
    Localized other_land;    // legend entry for the muted land
    Localized reset;         // the reset button
    // Optional: the introduction under an upright map (a few sentences) and the heading of its story buttons.
    Localized intro;
    Localized stories_heading;
};

struct MapContent {
    std::string file;                   // map.json, relative to the assets folder (for messages about links)
    std::string places_file;            // places.json
    std::vector<MapRegion> regions;     // land first, then the countries in the order of `countries`
    std::vector<MapCountry> countries;  // at most kMapMaxCountries
    std::vector<MapPlace> places;
    std::vector<MapStory> stories;
    MapText text;
};

// The palette has this many colours that stay distinct for colour-blind visitors.
constexpr int kMapMaxCountries = 3;

const MapRegion* find_region(const MapContent& map, const std::string& id);
int find_country(const MapContent& map, const std::string& id);  // -1 if unknown
int find_place(const MapContent& map, const std::string& id);
int find_story(const MapContent& map, const std::string& id);

}  // namespace app
