// Line and column of a few values of a big JSON text, found in one pass. parse_json records the position of
// every value, which is right for small hand-written files but slow for a map file of tens of thousands of
// numbers; the map's GeoJSON reader first reads the values, and only for the few it has something to say
// about asks where they stand.
#pragma once
#include <map>
#include <set>
#include <string>
#include <string_view>

#include "../read/json_document.h"

namespace app {

// Positions of the values at `pointers` (RFC 6901 JSON pointers) in `text`, which must be valid JSON. As in
// JsonDocument, an object member stands where its key starts, an array element where it starts. Pointers that
// name no value are left out.
std::map<std::string, SourcePos> locate_json_values(std::string_view text, const std::set<std::string>& pointers);

}  // namespace app
