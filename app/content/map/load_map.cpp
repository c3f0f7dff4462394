#include "load_map.h"

#include <map>
#include <memory>

#include "../content.h"
#include "../read/content_file.h"
#include "../picture/load_picture.h"
#include "load_map_fields.h"
#include "load_map_geojson.h"
#include "load_map_places.h"

namespace app {
namespace {

// An optional text: absent, it stays empty; present, it needs all three languages like any other.
Localized optional_localized(const JsonReport& report, const std::string& pointer, const char* key) {
    if (!report.doc.root.at(nlohmann::json::json_pointer(pointer)).contains(key)) return {};
    return required_localized(report, pointer, key);
}

void read_text(const JsonReport& report, MapText& text) {
    if (!report.doc.root.contains("text")) {
        report.error("", "missing field \"text\" (the map screen's words: borders_note, other_land, reset)");
        return;
    }
    if (!expect_object(report, "/text", "\"text\"")) return;
    reject_unknown_keys(report, "/text", {"borders_note", "other_land", "reset", "intro", "stories_heading", "review"});
    text.borders_note = required_localized(report, "/text", "borders_note");
    text.other_land = required_localized(report, "/text", "other_land");
    text.reset = required_localized(report, "/text", "reset");
    text.intro = optional_localized(report, "/text", "intro");
    text.stories_heading = optional_localized(report, "/text", "stories_heading");
    report_review_notes(report, "/text");
}

std::vector<MapCountry> read_countries(const JsonReport& report) {
    std::vector<MapCountry> countries;
    const nlohmann::json* list = optional_array(report, "", "countries");
    if (!list || list->empty()) {
        if (!report.doc.root.contains("countries") || (list && list->empty()))
            report.error(report.doc.root.contains("countries") ? "/countries" : "",
                         "the map needs \"countries\": a list of the highlighted countries, each {\"id\": \"us\", "
                         "\"name\": {…}, \"caption\": {…}, \"sources\": […], \"label_at\": {\"lat\": …, \"lon\": …}}");
        return countries;
    }
    if (list->size() > static_cast<std::size_t>(kMapMaxCountries)) {
        report.error("/countries", "the map has colours for " + std::to_string(kMapMaxCountries) +
                                       " countries that stay distinct for colour-blind visitors, but lists " +
                                       std::to_string(list->size()));
    }
    std::map<std::string, int> seen;
    for (std::size_t i = 0; i < list->size() && i < static_cast<std::size_t>(kMapMaxCountries); ++i) {
        const std::string at = pointer_append("/countries", i);
        if (!expect_object(report, at, "a country")) continue;
        reject_unknown_keys(report, at, {"id", "name", "caption", "role", "sources", "label_at", "review"});
        MapCountry c;
        c.id = required_id(report, at, "id");
        c.name = required_localized(report, at, "name");
        c.caption = required_localized(report, at, "caption");
        c.role = optional_localized(report, at, "role");
        c.sources = required_sources(report, at);
        report_review_notes(report, at);
        bool ok = !c.id.empty();
        if (ok && (c.id == kMapLandId || seen.count(c.id))) {
            report.error(pointer_append(at, "id"),
                         c.id == kMapLandId
                             ? std::string("\"land\" is the id of the muted land; a country needs another id")
                             : "the country \"" + c.id + "\" is listed twice");
            ok = false;
        }
        if (!report.doc.root.at(nlohmann::json::json_pointer(at)).contains("label_at")) {
            report.error(at, "missing field \"label_at\": where the country's name stands, {\"lat\": …, \"lon\": …}");
            ok = false;
        } else if (expect_object(report, pointer_append(at, "label_at"), "\"label_at\"")) {
            const std::string label_at = pointer_append(at, "label_at");
            reject_unknown_keys(report, label_at, {"lat", "lon"});
            if (std::optional<GeoPoint> p = read_lat_lon(report, label_at)) c.label_at = *p;
            else ok = false;
        } else {
            ok = false;
        }
        if (!ok) continue;
        seen[c.id] = static_cast<int>(i);
        countries.push_back(std::move(c));
    }
    return countries;
}

bool read_chart_number(const JsonReport& report, const std::string& pointer, const char* key, double& out) {
    const nlohmann::json& object = report.doc.root.at(nlohmann::json::json_pointer(pointer));
    auto it = object.find(key);
    if (it == object.end() || !it->is_number() || it->get<double>() < 0) {
        report.error(it == object.end() ? pointer : pointer_append(pointer, key),
                     std::string("\"") + key +
                         "\" should be a number of zero or more, without quotes or separators, like 14866515");
        return false;
    }
    out = it->get<double>();
    return true;
}

// The same chart format as an annotation's: a title, a unit, bars and an optional reference line.
std::shared_ptr<const BarChart> read_chart(const JsonReport& report, const std::string& at) {
    const std::string pointer = pointer_append(at, "chart");
    if (!report.doc.root.at(nlohmann::json::json_pointer(at)).contains("chart")) return nullptr;
    if (!expect_object(report, pointer, "\"chart\"")) return nullptr;
    reject_unknown_keys(report, pointer, {"title", "unit", "bars", "reference", "sources"});
    auto chart = std::make_shared<BarChart>();
    chart->title = required_localized(report, pointer, "title");
    chart->unit = required_string(report, pointer, "unit");
    chart->sources = optional_string_list(report, pointer, "sources");
    const nlohmann::json* bars = optional_array(report, pointer, "bars");
    if (!bars || bars->empty()) {
        report.error(pointer, "a chart needs \"bars\": a list of {\"label\": \"1934\", \"value\": 14866515}");
        return nullptr;
    }
    for (std::size_t i = 0; i < bars->size(); ++i) {
        const std::string bar_at = pointer_append(pointer_append(pointer, "bars"), i);
        if (!expect_object(report, bar_at, "a bar")) continue;
        reject_unknown_keys(report, bar_at, {"label", "value"});
        Bar bar{required_string(report, bar_at, "label"), 0};
        if (read_chart_number(report, bar_at, "value", bar.value)) chart->bars.push_back(bar);
    }
    if (report.doc.root.at(nlohmann::json::json_pointer(pointer)).contains("reference")) {
        const std::string ref_at = pointer_append(pointer, "reference");
        if (expect_object(report, ref_at, "\"reference\"")) {
            reject_unknown_keys(report, ref_at, {"label", "value"});
            chart->reference_label = required_localized(report, ref_at, "label");
            chart->has_reference = read_chart_number(report, ref_at, "value", chart->reference_value);
        }
    }
    return chart;
}

// A route's points: place ids (checked once the places are loaded) or bare {"lat", "lon"} points.
bool read_route(const JsonReport& report, const std::string& at, MapRoute& route) {
    if (!expect_object(report, at, "a route")) return false;
    reject_unknown_keys(report, at, {"through", "weight", "label", "review"});
    report_review_notes(report, at);
    const nlohmann::json& object = report.doc.root.at(nlohmann::json::json_pointer(at));
    const nlohmann::json* through = optional_array(report, at, "through");
    if (!through || through->size() < 2) {
        if (!object.contains("through") || through)
            report.error(through ? pointer_append(at, "through") : at,
                         "a route needs \"through\": at least two points, each a place id like \"moscow\" or "
                         "{\"lat\": 55.75, \"lon\": 37.62}");
        return false;
    }
    bool ok = true;
    for (std::size_t i = 0; i < through->size(); ++i) {
        const std::string p_at = pointer_append(pointer_append(at, "through"), i);
        const nlohmann::json& p = (*through)[i];
        if (p.is_string()) {
            route.place_ids.push_back(p.get<std::string>());
            route.through.push_back({});  // filled in from the places
        } else if (p.is_object()) {
            reject_unknown_keys(report, p_at, {"lat", "lon"});
            std::optional<GeoPoint> g = read_lat_lon(report, p_at);
            ok = ok && g.has_value();
            route.place_ids.emplace_back();
            route.through.push_back(g.value_or(GeoPoint{}));
        } else {
            report.error(p_at, std::string("a point of a route should be a place id like \"moscow\" or ") +
                                   "{\"lat\": 55.75, \"lon\": 37.62}, but is " + describe_json_type(p));
            ok = false;
        }
    }
    if (object.contains("weight")) {
        const nlohmann::json& w = object["weight"];
        if (!w.is_number() || w.get<double>() < 0.5 || w.get<double>() > 4) {
            report.error(pointer_append(at, "weight"),
                         "\"weight\" (how thick the line is drawn) should be a number from 0.5 to 4");
            ok = false;
        } else {
            route.weight = w.get<float>();
        }
    }
    if (object.contains("label")) {
        route.label = required_localized(report, at, "label");
        route.has_label = true;
    }
    return ok;
}

std::vector<MapStory> read_stories(const JsonReport& report, const ReadFile& read_file) {
    std::vector<MapStory> stories;
    const nlohmann::json* list = optional_array(report, "", "stories");
    if (!list) return stories;
    std::map<std::string, std::string> seen;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string at = pointer_append("/stories", i);
        if (!expect_object(report, at, "a story")) continue;
        reject_unknown_keys(
            report, at,
            {"id", "button", "summary", "title", "caption", "sources", "routes", "chart", "picture", "review"});
        MapStory story;
        story.id = required_id(report, at, "id");
        story.button = required_localized(report, at, "button");
        story.summary = optional_localized(report, at, "summary");
        story.title = required_localized(report, at, "title");
        story.caption = required_localized(report, at, "caption");
        story.sources = required_sources(report, at);
        story.chart = read_chart(report, at);
        story.picture = optional_picture(report, at, read_file);
        report_review_notes(report, at);
        bool ok = !story.id.empty();
        if (ok && seen.count(story.id)) {
            report.error(pointer_append(at, "id"), "the story id \"" + story.id + "\" is used twice (first at line " +
                                                       std::to_string(report.doc.position_of(seen[story.id]).line) +
                                                       ")");
            ok = false;
        } else if (ok) {
            seen[story.id] = pointer_append(at, "id");
        }
        const nlohmann::json* routes = optional_array(report, at, "routes");
        if (!routes || routes->empty()) {
            if (!routes)
                report.error(
                    at,
                    "a story needs \"routes\": the lines it draws, each {\"through\": [\"washington\", \"moscow\"]}");
            else report.error(pointer_append(at, "routes"), "a story needs at least one route");
            ok = false;
        } else {
            for (std::size_t r = 0; r < routes->size(); ++r) {
                MapRoute route;
                if (read_route(report, pointer_append(pointer_append(at, "routes"), r), route))
                    story.routes.push_back(std::move(route));
                else ok = false;
            }
        }
        if (ok) stories.push_back(std::move(story));
    }
    return stories;
}

// Routes name places by id; once the places are known, each id becomes its position.
void resolve_route_places(const JsonReport& report, MapContent& map) {
    const nlohmann::json& root = report.doc.root;
    for (std::size_t s = 0; s < map.stories.size(); ++s) {
        // Find the story's index in the file again (stories with errors were skipped).
        std::size_t file_index = 0;
        const nlohmann::json& list = root["stories"];
        while (file_index < list.size() &&
               !(list[file_index].is_object() && list[file_index].value("id", "") == map.stories[s].id))
            ++file_index;
        for (std::size_t r = 0; r < map.stories[s].routes.size(); ++r) {
            MapRoute& route = map.stories[s].routes[r];
            for (std::size_t p = 0; p < route.through.size(); ++p) {
                const std::string& id = route.place_ids[p];
                if (id.empty()) continue;
                const int place = find_place(map, id);
                if (place >= 0) {
                    route.through[p] = map.places[static_cast<std::size_t>(place)].at;
                    continue;
                }
                std::string known;
                for (const MapPlace& pl : map.places) known += (known.empty() ? "\"" : ", \"") + pl.id + "\"";
                report.error(
                    pointer_append(
                        pointer_append(
                            pointer_append(pointer_append(pointer_append("/stories", file_index), "routes"), r),
                            "through"),
                        p),
                    "the route goes through \"" + id + "\", which is not a place in the places file; the places are " +
                        known);
            }
        }
    }
}

std::string read_path(const JsonReport& report, const char* key) {
    std::string path = required_string(report, "", key);
    if (path.empty() || !require_safe_path(report, pointer_append("", key), path)) return {};
    return path;
}

}  // namespace

MapContent load_map(const std::string& file, const ReadFile& read_file, std::vector<Problem>& problems) {
    MapContent map;
    const std::optional<JsonDocument> doc = open_json_file(
        file, read_file, "the map's file", {"geometry", "places", "text", "countries", "stories", "review"}, problems);
    if (!doc) return map;
    const JsonReport report{*doc, problems};
    report_review_notes(report, "");
    read_text(report, map.text);
    map.countries = read_countries(report);
    map.stories = read_stories(report, read_file);
    const std::string geometry_file = read_path(report, "geometry");
    const std::string places_file = read_path(report, "places");

    if (!geometry_file.empty() && !map.countries.empty()) {
        std::vector<std::string> ids{kMapLandId};
        for (const MapCountry& c : map.countries) ids.push_back(c.id);
        map.regions = load_map_geometry(geometry_file, read_file, ids, problems);
    }
    map.places_file = places_file;
    if (!places_file.empty()) map.places = load_map_places(places_file, read_file, map.countries, problems);
    if (!map.places.empty()) resolve_route_places(report, map);
    return map;
}

}  // namespace app
