#include "json_fields.h"

#include <algorithm>

namespace app {

void JsonReport::error(const std::string& pointer, const std::string& message) const {
    SourcePos pos = doc.position_of(pointer);
    problems.push_back({doc.file, pos.line, pos.column, message, false});
}

void JsonReport::warning(const std::string& pointer, const std::string& message) const {
    SourcePos pos = doc.position_of(pointer);
    problems.push_back({doc.file, pos.line, pos.column, message, true});
}

const char* describe_json_type(const nlohmann::json& value) {
    switch (value.type()) {
        case nlohmann::json::value_t::string: return "text";
        case nlohmann::json::value_t::number_integer:
        case nlohmann::json::value_t::number_unsigned:
        case nlohmann::json::value_t::number_float: return "a number";
        case nlohmann::json::value_t::boolean: return "true/false";
        case nlohmann::json::value_t::array: return "a list [...]";
        case nlohmann::json::value_t::object: return "a group of fields {...}";
        case nlohmann::json::value_t::null: return "null";
        default: return "something else";
    }
}

const nlohmann::json* expect_object(const JsonReport& report, const std::string& pointer, const std::string& what) {
    const nlohmann::json& value = report.doc.root.at(nlohmann::json::json_pointer(pointer));
    if (value.is_object()) return &value;
    report.error(pointer, what + " should be a group of fields {...} but is " + describe_json_type(value));
    return nullptr;
}

void reject_unknown_keys(const JsonReport& report, const std::string& pointer, const FieldNames& allowed) {
    const nlohmann::json& object = report.doc.root.at(nlohmann::json::json_pointer(pointer));
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = std::any_of(allowed.begin(), allowed.end(), [&](const char* a) { return it.key() == a; });
        if (known) continue;
        std::string expected;
        for (const char* a : allowed) expected += std::string(expected.empty() ? "" : ", ") + "\"" + a + "\"";
        report.error(pointer_append(pointer, it.key()),
                     "unknown field \"" + it.key() + "\"; the fields allowed here are " + expected);
    }
}

std::string required_string(const JsonReport& report, const std::string& pointer, const char* key) {
    const nlohmann::json& object = report.doc.root.at(nlohmann::json::json_pointer(pointer));
    auto it = object.find(key);
    if (it == object.end()) {
        report.error(pointer, std::string("missing field \"") + key + "\" (text)");
        return {};
    }
    std::string member = pointer_append(pointer, key);
    if (!it->is_string()) {
        report.error(member, std::string("\"") + key + "\" should be text in quotes but is " + describe_json_type(*it));
        return {};
    }
    std::string text = it->get<std::string>();
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        report.error(member, std::string("\"") + key + "\" is empty; write its text between the quotes");
        return {};
    }
    return text;
}

const nlohmann::json* optional_array(const JsonReport& report, const std::string& pointer, const char* key) {
    const nlohmann::json& object = report.doc.root.at(nlohmann::json::json_pointer(pointer));
    auto it = object.find(key);
    if (it == object.end()) return nullptr;
    if (!it->is_array()) {
        report.error(pointer_append(pointer, key),
                     std::string("\"") + key + "\" should be a list [...] but is " + describe_json_type(*it));
        return nullptr;
    }
    return &*it;
}

const nlohmann::json* required_array(const JsonReport& report, const std::string& pointer, const char* key,
                                     const std::string& items) {
    if (!report.doc.root.at(nlohmann::json::json_pointer(pointer)).contains(key)) {
        report.error(pointer, std::string("missing field \"") + key + "\" (a list [...] of " + items + ")");
        return nullptr;
    }
    return optional_array(report, pointer, key);
}

Localized read_localized(const JsonReport& report, const std::string& pointer, const std::string& name) {
    Localized out;
    const nlohmann::json& value = report.doc.root.at(nlohmann::json::json_pointer(pointer));
    if (!value.is_object()) {
        report.error(pointer, name + " should give the text in each language, " +
                                  "{\"en\": \"...\", \"ru\": \"...\", \"pt\": \"...\"}, but is " +
                                  describe_json_type(value));
        return out;
    }
    reject_unknown_keys(report, pointer, {"en", "ru", "pt"});
    for (Language language : kLanguages) {
        const char* code = language_code(language);
        if (!value.contains(code)) {
            report.error(pointer, name + " has no \"" + code + "\" translation; add \"" + code + "\": \"...\"");
            continue;
        }
        out.text[static_cast<int>(language)] = required_string(report, pointer, code);
    }
    return out;
}

Localized required_localized(const JsonReport& report, const std::string& pointer, const char* key) {
    const nlohmann::json& object = report.doc.root.at(nlohmann::json::json_pointer(pointer));
    if (!object.contains(key)) {
        report.error(pointer, std::string("missing field \"") + key + "\" (text in English, Russian and Portuguese: " +
                                  "{\"en\": \"...\", \"ru\": \"...\", \"pt\": \"...\"})");
        return {};
    }
    return read_localized(report, pointer_append(pointer, key), std::string("\"") + key + "\"");
}

std::vector<std::string> optional_string_list(const JsonReport& report, const std::string& pointer, const char* key) {
    std::vector<std::string> out;
    const nlohmann::json* list = optional_array(report, pointer, key);
    if (!list) return out;
    for (std::size_t i = 0; i < list->size(); ++i) {
        if ((*list)[i].is_string()) {
            out.push_back((*list)[i].get<std::string>());
        } else {
            report.error(pointer_append(pointer_append(pointer, key), i),
                         std::string("each entry of \"") + key + "\" should be text in quotes");
        }
    }
    return out;
}

void report_review_notes(const JsonReport& report, const std::string& pointer) {
    std::vector<std::string> notes = optional_string_list(report, pointer, "review");
    for (std::size_t i = 0; i < notes.size(); ++i) {
        report.warning(pointer_append(pointer_append(pointer, "review"), i), "marked for review: " + notes[i]);
    }
}

std::string optional_string(const JsonReport& report, const std::string& pointer, const char* key) {
    const nlohmann::json& object = report.doc.root.at(nlohmann::json::json_pointer(pointer));
    if (!object.contains(key)) return {};
    return required_string(report, pointer, key);
}

LineColumn line_column(const JsonReport& report, const std::string& pointer) {
    const SourcePos p = report.doc.position_of(pointer);
    return LineColumn{p.line, p.column};
}

bool require_safe_path(const JsonReport& report, const std::string& pointer, const std::string& path) {
    bool safe = !path.empty() && path.front() != '/' && path.find('\\') == std::string::npos;
    std::size_t start = 0;
    while (safe && start <= path.size()) {
        std::size_t end = path.find('/', start);
        if (end == std::string::npos) end = path.size();
        const std::string part = path.substr(start, end - start);
        safe = part != ".." && !part.empty();
        start = end + 1;
    }
    if (!safe) {
        report.error(pointer,
                     "the path \"" + path +
                         "\" must be relative to the assets folder and stay inside it (no \"..\", no leading \"/\")");
    }
    return safe;
}

}  // namespace app
