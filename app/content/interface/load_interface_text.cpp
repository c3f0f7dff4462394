#include "load_interface_text.h"

#include <set>

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

}  // namespace

InterfaceText load_interface_text(const std::string& file, const ReadFile& read_file, std::vector<Problem>& problems) {
    InterfaceText text;
    std::optional<JsonDocument> doc =
        read_json_file(file, read_file, "cannot read the interface text file; check that it exists in the assets folder", problems);
    if (!doc) return text;
    const JsonReport report{*doc, problems};
    if (!expect_object(report, "", "The interface text file")) return text;
    reject_unknown_keys(report, "",
                        {"touch_hint", "view_telegram", "view_map", "view_timeline", "easy_reading", "show_translation", "show_original", "listen", "stop_listening", "close", "picture_credit", "link_telegram", "link_map", "link_timeline", "sources", "still_there", "restart_countdown", "continue",
                         "money_millions", "decimal_separator", "review"});
    text.touch_hint = read_entry(report, "touch_hint");
    text.view_telegram = read_entry(report, "view_telegram");
    text.view_map = read_entry(report, "view_map");
    text.view_timeline = read_entry(report, "view_timeline");
    text.easy_reading = read_entry(report, "easy_reading");
    text.show_translation = read_entry(report, "show_translation");
    text.show_original = read_entry(report, "show_original");
    text.listen = read_entry(report, "listen");
    text.stop_listening = read_entry(report, "stop_listening");
    text.close = read_entry(report, "close");
    text.picture_credit = read_entry(report, "picture_credit");
    text.link_telegram = read_entry(report, "link_telegram");
    text.link_map = read_entry(report, "link_map");
    text.link_timeline = read_entry(report, "link_timeline");
    text.sources = read_entry(report, "sources");
    text.still_there = read_entry(report, "still_there");
    text.restart_countdown = read_entry(report, "restart_countdown");
    text.continue_visit = read_entry(report, "continue");
    text.money_millions = read_entry(report, "money_millions");
    text.decimal_separator = read_entry(report, "decimal_separator");
    report_review_notes(report, "");
    return text;
}

}  // namespace app
