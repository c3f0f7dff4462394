#include "load_interface_text.h"

#include <set>
#include <vector>

#include "../read/content_file.h"
#include "../read/json_fields.h"

namespace app {
namespace {

std::set<std::string> placeholders(const std::string& text) {
    std::set<std::string> out;
    for (std::size_t open = text.find('{'); open != std::string::npos; open = text.find('{', open + 1)) {
        std::size_t close = text.find('}', open);
        if (close == std::string::npos) break;
        out.insert(text.substr(open, close - open + 1));
    }
    return out;
}

Localized read_entry(const JsonReport& report, const char* key) {
    Localized text = required_localized(report, "", key);
    const std::set<std::string> expected = placeholders(text.in(Language::English));
    for (Language language : kLanguages) {
        const std::string& translation = text.in(language);
        if (translation.empty()) continue;
        for (const std::string& p : expected) {
            if (translation.find(p) != std::string::npos) continue;
            report.error(pointer_append(pointer_append("", key), language_code(language)),
                         std::string("the \"") + language_code(language) + "\" text of \"" + key + "\" lacks " + p +
                             ", which the exhibit fills in; keep it as written in English");
        }
    }
    return text;
}

// Every entry of the interface text file, in the file's order: its key and where it goes. The one list of keys,
// so a new word of the interface is added in one place.
struct Entry {
    const char* key;
    Localized InterfaceText::*field;
};

const std::vector<Entry>& entries() {
    static const std::vector<Entry> kEntries{
        {"touch_hint", &InterfaceText::touch_hint},
        {"view_telegram", &InterfaceText::view_telegram},
        {"view_map", &InterfaceText::view_map},
        {"view_timeline", &InterfaceText::view_timeline},
        {"easy_reading", &InterfaceText::easy_reading},
        {"show_translation", &InterfaceText::show_translation},
        {"show_original", &InterfaceText::show_original},
        {"listen", &InterfaceText::listen},
        {"stop_listening", &InterfaceText::stop_listening},
        {"close", &InterfaceText::close},
        {"picture_credit", &InterfaceText::picture_credit},
        {"link_telegram", &InterfaceText::link_telegram},
        {"link_map", &InterfaceText::link_map},
        {"link_timeline", &InterfaceText::link_timeline},
        {"sources", &InterfaceText::sources},
        {"still_there", &InterfaceText::still_there},
        {"restart_countdown", &InterfaceText::restart_countdown},
        {"continue", &InterfaceText::continue_visit},
        {"money_millions", &InterfaceText::money_millions},
        {"decimal_separator", &InterfaceText::decimal_separator},
    };
    return kEntries;
}

FieldNames allowed_fields() {
    FieldNames fields;
    for (const Entry& entry : entries()) fields.push_back(entry.key);
    fields.push_back("review");
    return fields;
}

}  // namespace

InterfaceText load_interface_text(const std::string& file, const ReadFile& read_file, std::vector<Problem>& problems) {
    InterfaceText text;
    const std::optional<JsonDocument> doc =
        open_json_file(file, read_file, "the interface text file", allowed_fields(), problems);
    if (!doc) return text;
    const JsonReport report{*doc, problems};
    for (const Entry& entry : entries()) text.*entry.field = read_entry(report, entry.key);
    report_review_notes(report, "");
    return text;
}

}  // namespace app
