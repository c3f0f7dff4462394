#include "load_map_geojson.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <sstream>

#include "../read/content_file.h"
#include "../read/json_fields.h"
#include "map_json_positions.h"

namespace app {
namespace {

using Json = nlohmann::json;

std::string number_text(double v) {
    std::ostringstream s;
    s << v;
    return s.str();
}

std::string position_text(const GeoPoint& p) { return "[" + number_text(p.lon) + ", " + number_text(p.lat) + "]"; }

std::string join_ids(const std::vector<std::string>& ids) {
    std::string out;
    for (std::size_t i = 0; i < ids.size(); ++i) out += (i == 0 ? "" : i + 1 == ids.size() ? " and " : ", ") + ids[i];
    return out;
}

// Reads through the document, reporting at most kMaxMapGeometryErrors errors.
class GeoJsonReader {
public:
    explicit GeoJsonReader(const Json& root) : root_(root) {}

    void error(const std::string& pointer, const std::string& message, const std::string& first_at = {}) {
        if (reported_ < kMaxMapGeometryErrors) pending_.push_back({pointer, message, first_at, false});
        else ++suppressed_;
        ++reported_;
    }
    void warning(const std::string& pointer, const std::string& message) {
        pending_.push_back({pointer, message, {}, true});
    }

    // Turns what was found into problems with positions, looked up in one pass over the text.
    void finish(std::string_view text, const std::string& file, std::vector<Problem>& problems) {
        if (suppressed_ > 0)
            pending_.push_back({"",
                                "… and " + std::to_string(suppressed_) +
                                    " more problems like those above; fix those first and load the map again",
                                {},
                                false});
        if (pending_.empty()) return;
        std::set<std::string> wanted;
        for (const Pending& p : pending_)
            for (const std::string* pointer : {&p.pointer, &p.first_at})
                for (std::string q = *pointer; !q.empty(); q = q.substr(0, q.rfind('/'))) wanted.insert(q);
        wanted.insert("");
        const std::map<std::string, SourcePos> found = locate_json_values(text, wanted);
        auto position = [&](std::string q) {
            while (true) {
                auto it = found.find(q);
                if (it != found.end()) return it->second;
                if (q.empty()) return SourcePos{1, 1};
                q = q.substr(0, q.rfind('/'));
            }
        };
        for (const Pending& p : pending_) {
            const SourcePos at = position(p.pointer);
            std::string message = p.message;
            const std::size_t slot = message.find("{first_line}");
            if (slot != std::string::npos) message.replace(slot, 12, std::to_string(position(p.first_at).line));
            problems.push_back({file, at.line, at.column, message, p.warning});
        }
    }

    // One [longitude, latitude] position.
    bool position(const Json& v, const std::string& at, const std::string& where, GeoPoint& out) {
        if (!v.is_array() || v.size() < 2) {
            error(at,
                  where + "a position should be [longitude, latitude] in degrees, like [37.62, 55.75], but is " +
                      (v.is_array() ? "a list of " + std::to_string(v.size()) + " value(s)" : describe_json_type(v)));
            return false;
        }
        if (!v[0].is_number() || !v[1].is_number()) {
            error(at, where + "a position should be two numbers [longitude, latitude], like [37.62, 55.75], but its " +
                          (v[0].is_number() ? "latitude is " + std::string(describe_json_type(v[1]))
                                            : "longitude is " + std::string(describe_json_type(v[0]))));
            return false;
        }
        out.lon = v[0].get<double>();
        out.lat = v[1].get<double>();
        const bool lon_ok = std::isfinite(out.lon) && out.lon >= -180 && out.lon <= 180;
        const bool lat_ok = std::isfinite(out.lat) && out.lat >= -90 && out.lat <= 90;
        if (lon_ok && lat_ok) return true;
        std::string message = where + "the position " + position_text(out) + " is out of range: ";
        if (!lon_ok) message += "longitude " + number_text(out.lon) + " is outside -180…180";
        if (!lon_ok && !lat_ok) message += " and ";
        if (!lat_ok) message += "latitude " + number_text(out.lat) + " is outside -90…90";
        if (!lat_ok && std::abs(out.lat) <= 180 && std::abs(out.lon) <= 90)
            message += " (GeoJSON writes [longitude, latitude]; are the two swapped?)";
        error(at, message);
        return false;
    }

    // A closed ring of at least four positions, returned without its closing position.
    bool ring(const Json& v, const std::string& at, const std::string& where, GeoRing& out) {
        if (!v.is_array()) {
            error(at, where + "a ring should be a list of positions [[lon, lat], …] but is " + describe_json_type(v));
            return false;
        }
        bool ok = true;
        out.clear();
        out.reserve(v.size());
        for (std::size_t i = 0; i < v.size(); ++i) {
            GeoPoint p;
            if (position(v[i], pointer_append(at, i), where, p)) out.push_back(p);
            else ok = false;
        }
        if (!ok) return false;
        if (out.size() < 4) {
            error(at, where +
                          "a ring needs at least 4 positions (3 corners and the first one again) but this one has " +
                          std::to_string(out.size()));
            return false;
        }
        const GeoPoint& first = out.front();
        const GeoPoint& last = out.back();
        if (first.lat != last.lat || first.lon != last.lon) {
            error(pointer_append(at, v.size() - 1), where + "the ring is not closed: its last position " +
                                                        position_text(last) + " should repeat its first " +
                                                        position_text(first));
            return false;
        }
        out.pop_back();
        return true;
    }

    // A list of rings: the outline, then its holes.
    bool polygon(const Json& v, const std::string& at, const std::string& where, GeoPolygon& out) {
        if (!v.is_array() || v.empty()) {
            error(at,
                  where +
                      "a polygon should be a list of rings [[[lon, lat], …], …] (its outline, then any holes) but is " +
                      (v.is_array() ? std::string("an empty list") : describe_json_type(v)));
            return false;
        }
        bool ok = ring(v[0], pointer_append(at, std::size_t{0}), where, out.outer);
        for (std::size_t i = 1; i < v.size(); ++i) {
            GeoRing hole;
            if (ring(v[i], pointer_append(at, i), where, hole)) out.holes.push_back(std::move(hole));
            else ok = false;
        }
        return ok;
    }

    void geometry(const Json& feature, const std::string& at, const std::string& where, MapRegion& out) {
        const std::string g_at = pointer_append(at, "geometry");
        auto g = feature.find("geometry");
        if (g == feature.end() || !g->is_object()) {
            error(g == feature.end() ? at : g_at,
                  where + "the feature needs a \"geometry\": {\"type\": \"MultiPolygon\", \"coordinates\": …}");
            return;
        }
        auto type = g->find("type");
        if (type == g->end() || !type->is_string()) {
            error(g_at, where + "the geometry needs a \"type\": \"Polygon\" or \"MultiPolygon\"");
            return;
        }
        const std::string type_name = type->get<std::string>();
        const std::string type_at = pointer_append(g_at, "type");
        if (type_name != "Polygon" && type_name != "MultiPolygon") {
            error(type_at, where + "unknown geometry type \"" + type_name +
                               "\"; the map draws areas only: use \"Polygon\" or \"MultiPolygon\"");
            return;
        }
        const std::string c_at = pointer_append(g_at, "coordinates");
        auto coords = g->find("coordinates");
        if (coords == g->end() || !coords->is_array()) {
            error(coords == g->end() ? g_at : c_at, where + "the geometry needs \"coordinates\": a list of " +
                                                        (type_name == "Polygon" ? "rings" : "polygons"));
            return;
        }
        if (type_name == "Polygon") {
            GeoPolygon p;
            if (polygon(*coords, c_at, where, p)) out.polygons.push_back(std::move(p));
            return;
        }
        for (std::size_t i = 0; i < coords->size(); ++i) {
            GeoPolygon p;
            if (polygon((*coords)[i], pointer_append(c_at, i), where, p)) out.polygons.push_back(std::move(p));
        }
    }

    std::vector<MapRegion> regions(const std::vector<std::string>& required) {
        const Json& root = root_;
        if (!root.is_object()) {
            error("",
                  std::string("the map file should be a GeoJSON FeatureCollection {\"type\": \"FeatureCollection\", "
                              "\"features\": […]} but is ") +
                      describe_json_type(root));
            return {};
        }
        auto type = root.find("type");
        if (type == root.end() || !type->is_string() || type->get<std::string>() != "FeatureCollection") {
            error(type == root.end() ? "" : "/type", "the map file should be a GeoJSON \"FeatureCollection\"");
            return {};
        }
        auto features = root.find("features");
        if (features == root.end() || !features->is_array()) {
            error(features == root.end() ? "" : "/features",
                  "the map file needs \"features\": a list with one feature for each of " + join_ids(required));
            return {};
        }
        std::map<std::string, MapRegion> found;
        std::map<std::string, std::string> first_at;
        for (std::size_t i = 0; i < features->size(); ++i) {
            const Json& f = (*features)[i];
            const std::string at = pointer_append("/features", i);
            if (!f.is_object()) {
                error(at, std::string("a feature should be a group of fields {\"type\": \"Feature\", …} but is ") +
                              describe_json_type(f));
                continue;
            }
            auto props = f.find("properties");
            auto id = props != f.end() && props->is_object() ? props->find("id") : f.end();
            if (props == f.end() || !props->is_object() || id == props->end() || !id->is_string() ||
                id->get<std::string>().empty()) {
                error(props != f.end() && props->is_object() ? pointer_append(at, "properties") : at,
                      "the feature needs \"properties\": {\"id\": \"…\"}; the map needs one with each id of " +
                          join_ids(required));
                continue;
            }
            const std::string name = id->get<std::string>();
            const std::string id_at = pointer_append(pointer_append(at, "properties"), "id");
            if (std::find(required.begin(), required.end(), name) == required.end()) {
                warning(id_at, "feature \"" + name + "\" is not drawn: the map uses only " + join_ids(required));
                continue;
            }
            if (first_at.count(name)) {
                error(id_at,
                      "feature \"" + name +
                          "\" appears twice (first at line {first_line}); merge the two into one MultiPolygon",
                      first_at[name]);
                continue;
            }
            first_at[name] = id_at;
            MapRegion region;
            region.id = name;
            const int before = reported_;
            geometry(f, at, "feature \"" + name + "\": ", region);
            if (region.polygons.empty() && reported_ == before)
                error(id_at, "feature \"" + name + "\" has no area: its geometry holds no polygon");
            found[name] = std::move(region);
        }
        std::vector<MapRegion> out;
        for (const std::string& id : required) {
            auto it = found.find(id);
            if (it == found.end()) {
                error("/features", "no feature has \"properties\": {\"id\": \"" + id +
                                       "\"}; the map needs one for each of " + join_ids(required));
                continue;
            }
            out.push_back(std::move(it->second));
        }
        return out;
    }

private:
    struct Pending {
        std::string pointer;
        std::string message;
        std::string first_at;  // another value whose line the message names where it says {first_line}
        bool warning;
    };
    const Json& root_;
    std::vector<Pending> pending_;
    int reported_ = 0;
    int suppressed_ = 0;
};

}  // namespace

std::vector<MapRegion> parse_map_geometry(std::string_view text, const std::string& file,
                                          const std::vector<std::string>& required_ids,
                                          std::vector<Problem>& problems) {
    Json root;
    try {
        root = Json::parse(text.begin(), text.end());
    } catch (const Json::exception&) {     // a syntax error, or a number out of range (1e999)
        parse_json(text, file, problems);  // reports it with its position
        return {};
    }
    GeoJsonReader reader(root);
    std::vector<MapRegion> regions = reader.regions(required_ids);
    reader.finish(text, file, problems);
    return regions;
}

std::vector<MapRegion> load_map_geometry(const std::string& file, const ReadFile& read_file,
                                         const std::vector<std::string>& required_ids, std::vector<Problem>& problems) {
    OpenedFile opened = open_content_file(file, read_file, FileKind::borders, problems);
    if (opened.missing) problems.push_back({file, 0, 0, cannot_read("the map's borders file (GeoJSON)")});
    if (!opened.bytes) return {};
    return parse_map_geometry(*opened.bytes, file, required_ids, problems);
}

}  // namespace app
