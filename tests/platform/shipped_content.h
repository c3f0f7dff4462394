// The real content in the source tree, loaded once for the tests that render or measure it.
#pragma once
#include <memory>

#include <gtest/gtest.h>

#include "assets_dir.h"
#include "content/load_content.h"

namespace platform {

inline app::ReadFile shipped_assets() { return make_read_file(EXHIBIT_SOURCE_ASSETS_DIR); }

// Fails the calling test (and returns null) when the shipped content does not load.
inline std::shared_ptr<const app::Content> shipped_content() {
    app::LoadResult loaded = app::load_content(shipped_assets());
    for (const app::Problem& p : loaded.problems) {
        if (!p.warning) ADD_FAILURE() << "shipped content: " << app::format_problem(p);
    }
    return loaded.content;
}

}  // namespace platform
