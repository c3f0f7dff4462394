// Where the content lives, and the only way the exhibit reads files from it.
#pragma once
#include <filesystem>
#include <optional>
#include <string>

#include "content/load_content.h"

namespace platform {

// Everything the search looks at, passed in so the rule can be tested without touching the environment.
struct AssetsSearch {
    std::optional<std::string> from_option;  // --assets DIR
    std::optional<std::string> from_env;     // $EXHIBIT_ASSETS (empty counts as unset)
    std::filesystem::path exe_dir;           // folder holding the running executable
    std::filesystem::path source_dir;        // the source tree's assets/, for a developer build
};

struct AssetsDir {
    std::filesystem::path path;
    std::string found_by;  // "--assets", "EXHIBIT_ASSETS", "installed", "source tree": for messages
};

// --assets, else $EXHIBIT_ASSETS, else <exe dir>/../share/exhibit/assets if it exists, else the source tree.
AssetsDir find_assets_dir(const AssetsSearch& search);

// The search as the running program sees it: environment and executable location filled in.
AssetsSearch assets_search_for_this_process(std::optional<std::string> from_option, std::string source_dir);

// True when `relative` names something strictly below the assets folder: not empty, not absolute,
// no ".." component. Content comes from curators; a typo must not read /etc/passwd.
bool is_safe_relative_path(const std::string& relative);

// Reads whole files below `dir` through read_inside, which says why it refuses what it must not read.
app::ReadFile make_read_file(std::filesystem::path dir);

}  // namespace platform
