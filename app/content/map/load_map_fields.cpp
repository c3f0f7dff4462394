#include "load_map_fields.h"

#include <cmath>
#include <sstream>

namespace app {
namespace {

std::string number_text(double v) {
    std::ostringstream s;
    s << v;
    return s.str();
}

}  // namespace

bool is_plain_id(const std::string& id) {
    if (id.empty() || id.front() == '-' || id.back() == '-') return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

std::string required_id(const JsonReport& report, const std::string& pointer, const char* key) {
    std::string id = required_string(report, pointer, key);
    if (id.empty()) return id;
    if (!is_plain_id(id)) {
        report.error(pointer_append(pointer, key), std::string("\"") + key + "\" \"" + id +
                                                       "\" should use only lowercase letters, digits and hyphens, "
                                                       "like \"rio-de-janeiro\" (other files link to it by this id)");
        return {};
    }
    return id;
}

std::optional<double> required_number_in(const JsonReport& report, const std::string& pointer, const char* key,
                                         double min, double max, const std::string& what) {
    const nlohmann::json& object = report.doc.root.at(nlohmann::json::json_pointer(pointer));
    auto it = object.find(key);
    if (it == object.end()) {
        report.error(pointer, std::string("missing field \"") + key + "\" (the " + what + ", a number)");
        return std::nullopt;
    }
    const std::string member = pointer_append(pointer, key);
    if (!it->is_number()) {
        report.error(member, std::string("\"") + key + "\" should be a number without quotes, like 55.75, but is " +
                                 describe_json_type(*it));
        return std::nullopt;
    }
    const double v = it->get<double>();
    if (!std::isfinite(v) || v < min || v > max) {
        report.error(member, "the " + what + " " + number_text(v) + " is outside " + number_text(min) + "…" +
                                 number_text(max) + " degrees");
        return std::nullopt;
    }
    return v;
}

std::optional<GeoPoint> read_lat_lon(const JsonReport& report, const std::string& pointer) {
    std::optional<double> lat = required_number_in(report, pointer, "lat", -90, 90, "latitude");
    std::optional<double> lon = required_number_in(report, pointer, "lon", -180, 180, "longitude");
    if (!lat || !lon) return std::nullopt;
    return GeoPoint{*lat, *lon};
}

std::vector<std::string> required_sources(const JsonReport& report, const std::string& pointer) {
    std::vector<std::string> sources = optional_string_list(report, pointer, "sources");
    const nlohmann::json& object = report.doc.root.at(nlohmann::json::json_pointer(pointer));
    if (sources.empty() && (!object.contains("sources") || object["sources"].is_array())) {
        report.error(object.contains("sources") ? pointer_append(pointer, "sources") : pointer,
                     "every fact on the map needs its source: add \"sources\": [\"FRUS 1933–39, Soviet Union, d203\"]");
    }
    return sources;
}

}  // namespace app
