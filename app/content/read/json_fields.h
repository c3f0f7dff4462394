// Reading typed fields out of a JsonDocument, reporting each mistake with its position instead of throwing.
#pragma once
#include <string>
#include <vector>

#include "json_document.h"
#include "../language.h"
#include "../problem.h"

namespace app {

// Where problems found in one document go.
struct JsonReport {
    const JsonDocument& doc;
    std::vector<Problem>& problems;

    void error(const std::string& pointer, const std::string& message) const;
    void warning(const std::string& pointer, const std::string& message) const;
};

// The value at `pointer` (must exist) if it is an object; otherwise reports and returns null.
const nlohmann::json* expect_object(const JsonReport& report, const std::string& pointer, const std::string& what);

// The fields an object may have, as written in the file.
using FieldNames = std::vector<const char*>;

// Reports every member of the object at `pointer` that is not in `allowed` (usually a misspelt key):
// "unknown field "x"; the fields allowed here are "a", "b"".
void reject_unknown_keys(const JsonReport& report, const std::string& pointer, const FieldNames& allowed);

// A required non-empty string member `key` of the object at `pointer`; reports when missing, mistyped or empty.
std::string required_string(const JsonReport& report, const std::string& pointer, const char* key);

// An optional array member; returns null (without a report) when absent, reports when not an array.
const nlohmann::json* optional_array(const JsonReport& report, const std::string& pointer, const char* key);

// A required array member: null and reported when absent ("missing field "key" (a list [...] of <items>)") or not
// a list (as optional_array).
const nlohmann::json* required_array(const JsonReport& report, const std::string& pointer, const char* key,
                                     const std::string& items);

// A JSON type in words a curator knows: "text", "number", "list", "group of fields".
const char* describe_json_type(const nlohmann::json& value);

// A required member holding the same text in every language: { "en": "...", "ru": "...", "pt": "..." }.
// A missing or empty translation is an error that names the language.
Localized required_localized(const JsonReport& report, const std::string& pointer, const char* key);

// The same for the value at `pointer` itself (e.g. an element of a list); `name` says what it is in messages.
Localized read_localized(const JsonReport& report, const std::string& pointer, const std::string& name);

// An optional list of strings (sources, review notes). Reports items that are not text.
std::vector<std::string> optional_string_list(const JsonReport& report, const std::string& pointer, const char* key);

// Each "review" note becomes a warning: content that a curator or a native speaker must still confirm.
void report_review_notes(const JsonReport& report, const std::string& pointer);

// An optional string member; empty when absent, reported when present but not text.
std::string optional_string(const JsonReport& report, const std::string& pointer, const char* key);

// A path a curator wrote must be relative to the assets folder and stay inside it (no "..", no leading "/");
// reports at `pointer` when not.
bool require_safe_path(const JsonReport& report, const std::string& pointer, const std::string& path);

// Line and column of the value at `pointer` (or of its nearest enclosing value).
LineColumn line_column(const JsonReport& report, const std::string& pointer);

}  // namespace app
