// The timeline's own words and its exports plot (timeline.json): month names, date patterns, figures.
#include <vector>

#include "../read/content_file.h"
#include "../read/json_fields.h"
#include "load_timeline.h"

namespace app {
namespace {

std::string in_quotes(const std::string& s) { return "\"" + s + "\""; }

const nlohmann::json& at(const JsonReport& report, const std::string& pointer) {
    return report.doc.root.at(nlohmann::json::json_pointer(pointer));
}

// A pattern's placeholders: which it may use, and which it must (a date without its year is a slip).
struct PatternRule {
    const char* key;
    Localized TimelineText::*field;
    std::vector<std::string> allowed;
    std::vector<std::string> required;
};

const std::vector<PatternRule>& pattern_rules() {
    static const std::vector<PatternRule> rules = {
        {"title", &TimelineText::title, {}, {}},
        {"hint", &TimelineText::hint, {}, {}},
        {"date_day", &TimelineText::date_day, {"{day}", "{month}", "{month_of}", "{year}"}, {"{day}", "{year}"}},
        {"date_month", &TimelineText::date_month, {"{month}", "{month_of}", "{year}"}, {"{year}"}},
        {"date_month_qualified",
         &TimelineText::date_month_qualified,
         {"{qualifier}", "{month}", "{month_of}", "{year}"},
         {"{qualifier}", "{year}"}},
        {"date_year", &TimelineText::date_year, {"{year}"}, {"{year}"}},
        {"date_year_qualified",
         &TimelineText::date_year_qualified,
         {"{qualifier}", "{year}"},
         {"{qualifier}", "{year}"}},
        {"time_am", &TimelineText::time_am, {"{hh}", "{h12}", "{mm}", "{:mm}"}, {}},
        {"time_pm", &TimelineText::time_pm, {"{hh}", "{h12}", "{mm}", "{:mm}"}, {}},
        {"date_time", &TimelineText::date_time, {"{date}", "{time}"}, {"{date}", "{time}"}},
        {"card_title", &TimelineText::card_title, {"{date}", "{title}"}, {"{title}"}},
    };
    return rules;
}

std::string listed(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& s : items) out += (out.empty() ? "" : ", ") + s;
    return out.empty() ? "none" : out;
}

void check_placeholders(const JsonReport& report, const PatternRule& rule, const Localized& text) {
    for (Language language : kLanguages) {
        const std::string& pattern = text.in(language);
        if (pattern.empty()) continue;  // already reported
        const std::string pointer = pointer_append(pointer_append("", rule.key), language_code(language));
        for (std::size_t open = pattern.find('{'); open != std::string::npos; open = pattern.find('{', open + 1)) {
            const std::size_t close = pattern.find('}', open);
            const std::string name =
                pattern.substr(open, close == std::string::npos ? std::string::npos : close - open + 1);
            bool known = false;
            for (const std::string& a : rule.allowed) known = known || a == name;
            if (!known)
                report.error(pointer, in_quotes(rule.key) + " has " + in_quotes(name) +
                                          ", which is not a placeholder here; " + "the placeholders it may use are " +
                                          listed(rule.allowed));
        }
        for (const std::string& r : rule.required)
            if (pattern.find(r) == std::string::npos)
                report.error(pointer, in_quotes(rule.key) + " in " + in_quotes(language_code(language)) + " has no " +
                                          r + "; it needs " + listed(rule.required));
    }
}

// {"en": [12 names], "ru": [...], "pt": [...]}
void read_month_names(const JsonReport& report, const char* key, MonthNames& names) {
    const std::string pointer = pointer_append("", key);
    if (!report.doc.root.contains(key)) {
        report.error("", std::string("missing field \"") + key +
                             "\" (twelve month names in each language: {\"en\": [\"January\", ...], \"ru\": [...], "
                             "\"pt\": [...]})");
        return;
    }
    if (!expect_object(report, pointer, in_quotes(key))) return;
    reject_unknown_keys(report, pointer, {"en", "ru", "pt"});
    for (Language language : kLanguages) {
        const char* code = language_code(language);
        if (!at(report, pointer).contains(code)) {
            report.error(pointer,
                         in_quotes(key) + " has no " + in_quotes(code) + " list; add \"" + code + "\": [twelve names]");
            continue;
        }
        const std::string list_at = pointer_append(pointer, code);
        const nlohmann::json& list = at(report, list_at);
        if (!list.is_array() || list.size() != 12) {
            report.error(list_at, in_quotes(key) + " in " + in_quotes(code) +
                                      " should list all twelve months, January to December" +
                                      (list.is_array() ? ", but has " + std::to_string(list.size()) : ""));
            continue;
        }
        for (std::size_t m = 0; m < 12; ++m) {
            if (list[m].is_string() && list[m].get<std::string>().find_first_not_of(' ') != std::string::npos) {
                names[m].text[static_cast<int>(language)] = list[m].get<std::string>();
            } else {
                report.error(pointer_append(list_at, m), "each month's name should be text in quotes");
            }
        }
    }
}

bool read_positive_number(const JsonReport& report, const std::string& pointer, const char* key, double& out) {
    const nlohmann::json& object = at(report, pointer);
    auto it = object.find(key);
    if (it == object.end() || !it->is_number() || it->get<double>() <= 0) {
        report.error(
            it == object.end() ? pointer : pointer_append(pointer, key),
            std::string("\"") + key + "\" should be a number above 0, without quotes or separators, like 12640891");
        return false;
    }
    out = it->get<double>();
    return true;
}

ExportSeries read_series(const JsonReport& report, const std::string& pointer) {
    ExportSeries series;
    if (!expect_object(report, pointer, "a series of export figures")) return series;
    reject_unknown_keys(report, pointer, {"name", "bars", "sources", "review"});
    series.name = required_localized(report, pointer, "name");
    series.sources = optional_string_list(report, pointer, "sources");
    if (series.sources.empty())
        report.error(
            pointer,
            "every series of figures needs its source: add \"sources\": [\"FRUS 1933–39, Soviet Union, d206\"]");
    report_review_notes(report, pointer);
    const nlohmann::json* bars = optional_array(report, pointer, "bars");
    if (!bars || bars->empty()) {
        report.error(pointer,
                     "a series needs its figures: \"bars\": [{\"label\": \"1934\", \"value\": 14866515}, ...]");
        return series;
    }
    for (std::size_t i = 0; i < bars->size(); ++i) {
        const std::string bar_at = pointer_append(pointer_append(pointer, "bars"), i);
        if (!expect_object(report, bar_at, "a bar")) continue;
        reject_unknown_keys(report, bar_at, {"label", "value", "note"});
        ExportBar bar;
        bar.label = required_string(report, bar_at, "label");
        read_positive_number(report, bar_at, "value", bar.value);
        if (at(report, bar_at).contains("note")) {
            bar.has_note = true;
            bar.note = required_localized(report, bar_at, "note");
        }
        series.bars.push_back(bar);
    }
    return series;
}

void read_exports(const JsonReport& report, ExportsPlot& exports) {
    if (!report.doc.root.contains("exports")) {
        report.error("",
                     "missing field \"exports\" (the plot beneath the track: {\"title\": {...}, \"series\": [...]})");
        return;
    }
    if (!expect_object(report, "/exports", "\"exports\"")) return;
    reject_unknown_keys(report, "/exports", {"title", "unit", "series", "review"});
    exports.title = required_localized(report, "/exports", "title");
    exports.unit = required_localized(report, "/exports", "unit");
    report_review_notes(report, "/exports");
    const nlohmann::json* series = optional_array(report, "/exports", "series");
    if (!series || series->empty()) {
        report.error("/exports", "the plot needs at least one series of figures in \"series\": [...]");
        return;
    }
    for (std::size_t i = 0; i < series->size(); ++i)
        exports.series.push_back(read_series(report, pointer_append("/exports/series", i)));
}

}  // namespace

void load_timeline_text(const std::string& file, const ReadFile& read_file, TimelineText& text, ExportsPlot& exports,
                        std::vector<Problem>& problems) {
    const std::optional<JsonDocument> doc =
        open_json_file(file, read_file, "the timeline's words file (timeline.json, beside the events file)",
                       {"title", "hint", "months", "months_of", "month_abbreviations", "date_day", "date_month",
                        "date_month_qualified", "date_year", "date_year_qualified", "time_am", "time_pm", "date_time",
                        "card_title", "exports", "review"},
                       problems);
    if (!doc) return;
    const JsonReport report{*doc, problems};
    report_review_notes(report, "");
    read_month_names(report, "months", text.months);
    read_month_names(report, "months_of", text.months_of);
    read_month_names(report, "month_abbreviations", text.month_abbreviations);
    for (const PatternRule& rule : pattern_rules()) {
        text.*rule.field = required_localized(report, "", rule.key);
        check_placeholders(report, rule, text.*rule.field);
    }
    read_exports(report, exports);
}

}  // namespace app
