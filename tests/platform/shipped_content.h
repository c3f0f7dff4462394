// The real content in the source tree, loaded once for the tests that render or measure it.
#pragma once
#include <memory>

#include <gtest/gtest.h>

#include "loading/assets_dir.h"
#include "content/load_content.h"

namespace platform {

inline app::ReadFile shipped_assets() { return make_read_file(EXHIBIT_SOURCE_ASSETS_DIR); }

// The second content pack (tests/content/wiley-reply, FRUS d205), with the shipped fonts and borders read through.
inline app::ReadFile wiley_reply_pack() {
    const app::ReadFile shipped = shipped_assets();
    const app::ReadFile pack = make_read_file(std::string(EXHIBIT_SOURCE_ASSETS_DIR) + "/../tests/content/wiley-reply");
    return [shipped, pack](const std::string& path) {
        return path.rfind("fonts/", 0) == 0 || path == "map/countries-1935.geojson" ? shipped(path) : pack(path);
    };
}

// Fails the calling test (and returns null) when the shipped content does not load.
inline std::shared_ptr<const app::Content> shipped_content() {
    app::LoadResult loaded = app::load_content(shipped_assets());
    for (const app::Problem& p : loaded.problems) {
        if (!p.warning) ADD_FAILURE() << "shipped content: " << app::format_problem(p);
    }
    return loaded.content;
}

}  // namespace platform
