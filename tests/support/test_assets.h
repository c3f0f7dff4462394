// Reading content for tests: from the shipped assets folder, or from files held in memory.
#pragma once
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "content/load_content.h"

namespace app::testing {

inline ReadFile shipped_assets() {
    return [](const std::string& path) -> std::optional<std::string> {
        std::ifstream in(std::string(EXHIBIT_SOURCE_ASSETS_DIR) + "/" + path, std::ios::binary);
        if (!in) return std::nullopt;
        std::stringstream s;
        s << in.rdbuf();
        return s.str();
    };
}

// The shipped assets with some files replaced or removed (a value of "\x01missing" removes the file).
inline ReadFile shipped_assets_with(std::map<std::string, std::string> overrides) {
    ReadFile base = shipped_assets();
    return [base, overrides](const std::string& path) -> FileBytes {
        auto it = overrides.find(path);
        if (it == overrides.end()) return base(path);
        if (it->second == "\x01missing") return std::nullopt;
        return it->second;
    };
}

inline std::string read_shipped(const std::string& path) { return *shipped_assets()(path).bytes; }

// Problems as a curator reads them, one a line (errors only when asked), for test failure messages.
inline std::string problems_text(const std::vector<Problem>& problems, bool errors_only = false) {
    std::string out;
    for (const Problem& p : problems)
        if (!errors_only || !p.warning) out += format_problem(p) + "\n";
    return out;
}

// The second content pack (tests/content/wiley-reply, FRUS d205), with the shipped fonts and borders read through.
inline ReadFile wiley_reply_pack() {
    ReadFile shipped = shipped_assets();
    return [shipped](const std::string& path) -> std::optional<std::string> {
        if (path.rfind("fonts/", 0) == 0 || path == "map/countries-1935.geojson") return shipped(path).bytes;
        std::ifstream in(std::string(EXHIBIT_SOURCE_ASSETS_DIR) + "/../tests/content/wiley-reply/" + path,
                         std::ios::binary);
        if (!in) return std::nullopt;
        std::stringstream s;
        s << in.rdbuf();
        return s.str();
    };
}

}  // namespace app::testing
