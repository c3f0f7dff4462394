// JSON parsing that remembers where every value stands in the file, so a content mistake found after
// parsing ("this id is unknown") can still be reported with its line and column.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "../problem.h"

namespace app {

struct SourcePos {
    int line = 0;    // 1-based
    int column = 0;  // 1-based, in characters (UTF-8 code points) from the line start
};

struct JsonDocument {
    std::string file;
    nlohmann::json root;
    // Position of each value by JSON pointer ("/footnotes/1/text"). For an object member it is where its key
    // starts, which is where a curator's eye goes; for an array element, where the element starts.
    std::map<std::string, SourcePos> positions;

    // Position of `pointer`, or of its nearest enclosing value that has one.
    SourcePos position_of(const std::string& pointer) const;
};

// Parses `text`. On a syntax error adds one Problem (file, line, column, what to look for) and returns nothing.
std::optional<JsonDocument> parse_json(std::string_view text, const std::string& file, std::vector<Problem>& problems);

// Line and column of byte `offset` in `text`.
SourcePos position_at(std::string_view text, std::size_t offset);

// An error in `file` at byte `offset` of its `text`.
Problem problem_at(std::string_view text, std::size_t offset, const std::string& file, std::string message);

// Counts lines and columns incrementally when offsets mostly grow (one pass over a file, not one per value).
struct TextCursor {
    std::size_t offset = 0;
    SourcePos pos{1, 1};
};
SourcePos advance_cursor(TextCursor& cursor, std::string_view text, std::size_t offset);

// Appends a key or index to a JSON pointer, escaping as RFC 6901 asks ("~" → "~0", "/" → "~1").
std::string pointer_append(const std::string& pointer, const std::string& key);
std::string pointer_append(const std::string& pointer, std::size_t index);

}  // namespace app
