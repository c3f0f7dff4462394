// Reads and validates all content. Every problem is reported at once; content with errors is not returned,
// so a bad edit can never replace good content.
#pragma once
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "content.h"
#include "problem.h"
#include "read_file.h"

namespace app {

// The manifest every assets folder starts from.
constexpr const char* kManifestFile = "exhibit.json";

struct LoadResult {
    std::shared_ptr<const Content> content;  // null when there were errors
    std::vector<Problem> problems;           // errors and warnings, in file order
};

LoadResult load_content(const ReadFile& read_file);

}  // namespace app
