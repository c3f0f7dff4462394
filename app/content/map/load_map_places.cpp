#include "load_map_places.h"

#include <algorithm>
#include <map>

#include "../read/content_file.h"
#include "load_map_fields.h"
#include "../picture/load_picture.h"

namespace app {
namespace {

std::string country_list(const std::vector<MapCountry>& countries) {
    std::string out;
    for (const MapCountry& c : countries) out += (out.empty() ? "\"" : ", \"") + c.id + "\"";
    return out;
}

}  // namespace

std::vector<MapPlace> load_map_places(const std::string& file, const ReadFile& read_file,
                                      const std::vector<MapCountry>& countries, std::vector<Problem>& problems) {
    std::vector<MapPlace> places;
    const std::optional<JsonDocument> doc =
        open_json_file(file, read_file, "the map's places file", {"places", "review"}, problems);
    if (!doc) return places;
    const JsonReport report{*doc, problems};
    report_review_notes(report, "");
    const nlohmann::json* list = required_array(report, "", "places", "places");
    if (!list) return places;
    std::map<std::string, std::string> first_at;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string at = pointer_append("/places", i);
        if (!expect_object(report, at, "a place")) continue;
        reject_unknown_keys(report, at,
                            {"id", "lat", "lon", "country", "name", "caption", "sources", "picture", "review"});
        MapPlace place;
        place.id = required_id(report, at, "id");
        std::optional<GeoPoint> where = read_lat_lon(report, at);
        place.country = required_string(report, at, "country");
        place.name = required_localized(report, at, "name");
        place.caption = required_localized(report, at, "caption");
        place.sources = required_sources(report, at);
        place.picture = optional_picture(report, at, read_file);
        report_review_notes(report, at);
        bool ok = !place.id.empty() && where.has_value();
        if (!place.country.empty() && std::find_if(countries.begin(), countries.end(), [&](const MapCountry& c) {
                                          return c.id == place.country;
                                      }) == countries.end()) {
            report.error(
                pointer_append(at, "country"),
                "\"country\" \"" + place.country + "\" is not one of the map's countries: " + country_list(countries));
            ok = false;
        }
        if (!place.id.empty()) {
            auto seen = first_at.find(place.id);
            if (seen != first_at.end()) {
                report.error(pointer_append(at, "id"), "the place id \"" + place.id +
                                                           "\" is used twice (first at line " +
                                                           std::to_string(doc->position_of(seen->second).line) +
                                                           "); each place needs its own id");
                ok = false;
            } else {
                first_at[place.id] = pointer_append(at, "id");
            }
        }
        if (!ok) continue;
        place.at = *where;
        places.push_back(std::move(place));
    }
    return places;
}

}  // namespace app
