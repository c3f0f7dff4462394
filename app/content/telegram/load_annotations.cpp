#include "load_annotations.h"

#include <algorithm>
#include <set>

#include "anchor.h"
#include "../read/content_file.h"
#include "../picture/load_picture.h"
#include "../read/json_fields.h"

namespace app {
namespace {

std::string in_quotes(const std::string& s) { return "\"" + s + "\""; }

bool read_anchor(const JsonReport& report, const std::string& at, const Telegram& telegram, Annotation& a) {
    const std::string pointer = pointer_append(at, "anchor");
    if (!report.doc.root.at(nlohmann::json::json_pointer(at)).contains("anchor")) {
        report.error(at, "missing field \"anchor\" ({\"phrase\": \"words exactly as in the telegram\"})");
        return false;
    }
    if (!expect_object(report, pointer, "\"anchor\"")) return false;
    reject_unknown_keys(report, pointer, {"phrase", "occurrence"});
    a.anchor.phrase = required_string(report, pointer, "phrase");
    const nlohmann::json& anchor = report.doc.root.at(nlohmann::json::json_pointer(pointer));
    if (anchor.contains("occurrence")) {
        const nlohmann::json& n = anchor["occurrence"];
        if (!n.is_number_integer() || n.get<int>() < 1) {
            report.error(pointer_append(pointer, "occurrence"), "\"occurrence\" should be a whole number from 1 up");
            return false;
        }
        a.anchor.occurrence = n.get<int>();
    }
    if (a.anchor.phrase.empty()) return false;

    const std::vector<AnchorMatch> matches = find_phrase(telegram, a.anchor.phrase);
    const std::string phrase_at = pointer_append(pointer, "phrase");
    const std::string who = "annotation " + in_quotes(a.id) + ": ";
    if (matches.empty()) {
        report.error(phrase_at, who + "the phrase " + in_quotes(a.anchor.phrase) +
                                    " is not in the telegram's text; it must match the text exactly, including "
                                    "punctuation and curly apostrophes (was the text edited?)");
        return false;
    }
    const int count = static_cast<int>(matches.size());
    if (a.anchor.occurrence == 0 && count > 1) {
        report.error(phrase_at, who + "the phrase " + in_quotes(a.anchor.phrase) + " occurs " + std::to_string(count) +
                                    " times in the telegram; add \"occurrence\": 1 to " + std::to_string(count) +
                                    " to say which one, or choose a longer phrase");
        return false;
    }
    if (a.anchor.occurrence > count) {
        report.error(pointer_append(pointer, "occurrence"),
                     who + "the phrase occurs only " + std::to_string(count) + (count == 1 ? " time" : " times") +
                         ", so \"occurrence\" cannot be " + std::to_string(a.anchor.occurrence));
        return false;
    }
    a.match = matches[std::max(0, a.anchor.occurrence - 1)];
    return true;
}

bool read_number(const JsonReport& report, const std::string& pointer, const char* key, double& out) {
    const nlohmann::json& object = report.doc.root.at(nlohmann::json::json_pointer(pointer));
    auto it = object.find(key);
    if (it == object.end() || !it->is_number()) {
        report.error(it == object.end() ? pointer : pointer_append(pointer, key),
                     std::string("\"") + key + "\" should be a number without quotes or separators, like 12640891");
        return false;
    }
    out = it->get<double>();
    if (out < 0) {
        report.error(pointer_append(pointer, key), std::string("\"") + key + "\" cannot be negative");
        return false;
    }
    return true;
}

void read_chart(const JsonReport& report, const std::string& at, Annotation& a) {
    const std::string pointer = pointer_append(at, "chart");
    if (!report.doc.root.at(nlohmann::json::json_pointer(at)).contains("chart")) return;
    if (!expect_object(report, pointer, "\"chart\"")) return;
    reject_unknown_keys(report, pointer, {"title", "unit", "bars", "reference", "sources"});
    BarChart& chart = a.chart;
    chart.title = required_localized(report, pointer, "title");
    chart.unit = required_string(report, pointer, "unit");
    chart.sources = optional_string_list(report, pointer, "sources");
    const nlohmann::json* bars = optional_array(report, pointer, "bars");
    if (!bars || bars->empty()) {
        report.error(pointer, "a chart needs \"bars\": a list of {\"label\": \"1932\", \"value\": 12640891}");
        return;
    }
    for (std::size_t i = 0; i < bars->size(); ++i) {
        const std::string bar_at = pointer_append(pointer_append(pointer, "bars"), i);
        if (!expect_object(report, bar_at, "a bar")) continue;
        reject_unknown_keys(report, bar_at, {"label", "value"});
        Bar bar{required_string(report, bar_at, "label"), 0};
        if (read_number(report, bar_at, "value", bar.value)) chart.bars.push_back(bar);
    }
    if (report.doc.root.at(nlohmann::json::json_pointer(pointer)).contains("reference")) {
        const std::string ref_at = pointer_append(pointer, "reference");
        if (expect_object(report, ref_at, "\"reference\"")) {
            reject_unknown_keys(report, ref_at, {"label", "value"});
            chart.reference_label = required_localized(report, ref_at, "label");
            chart.has_reference = read_number(report, ref_at, "value", chart.reference_value);
        }
    }
    a.has_chart = true;
}

}  // namespace

std::vector<Annotation> load_annotations(const std::string& file, const ReadFile& read_file, const Telegram& telegram,
                                         std::vector<Problem>& problems) {
    std::vector<Annotation> annotations;
    const std::optional<JsonDocument> doc =
        open_json_file(file, read_file, "the annotations file", {"annotations"}, problems);
    if (!doc) return annotations;
    const JsonReport report{*doc, problems};
    const nlohmann::json* list = required_array(report, "", "annotations", "annotations");
    if (!list) return annotations;

    std::set<std::string> ids;
    std::vector<std::string> pointers;  // where each kept annotation stands, for the overlap check
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string at = pointer_append("/annotations", i);
        if (!expect_object(report, at, "an annotation")) continue;
        reject_unknown_keys(
            report, at,
            {"id", "anchor", "title", "body", "sources", "review", "place", "event", "story", "chart", "picture"});
        Annotation a;
        a.id = required_string(report, at, "id");
        if (!a.id.empty() && !ids.insert(a.id).second) {
            report.error(pointer_append(at, "id"),
                         "the id " + in_quotes(a.id) + " is used by another annotation; ids must be unique");
        }
        a.title = required_localized(report, at, "title");
        a.body = required_localized(report, at, "body");
        a.sources = optional_string_list(report, at, "sources");
        if (a.sources.empty())
            report.error(at, "annotation " + in_quotes(a.id) + " names no \"sources\"; every statement needs one");
        a.place = optional_string(report, at, "place");
        a.event = optional_string(report, at, "event");
        a.story = optional_string(report, at, "story");
        a.place_at = line_column(report, pointer_append(at, "place"));
        a.event_at = line_column(report, pointer_append(at, "event"));
        a.story_at = line_column(report, pointer_append(at, "story"));
        report_review_notes(report, at);
        read_chart(report, at, a);
        a.picture = optional_picture(report, at, read_file);
        if (read_anchor(report, at, telegram, a)) {
            annotations.push_back(std::move(a));
            pointers.push_back(at);
        }
    }

    // Two annotations on overlapping words would make a tap ambiguous.
    for (std::size_t i = 0; i < annotations.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (anchors_overlap(annotations[i].match, annotations[j].match)) {
                report.error(pointer_append(pointer_append(pointers[i], "anchor"), "phrase"),
                             "annotation " + in_quotes(annotations[i].id) + ": its phrase overlaps the phrase of " +
                                 in_quotes(annotations[j].id) + "; choose words that do not overlap");
            }

    std::stable_sort(annotations.begin(), annotations.end(), [](const Annotation& l, const Annotation& r) {
        return l.match.block != r.match.block ? l.match.block < r.match.block : l.match.begin < r.match.begin;
    });
    return annotations;
}

}  // namespace app
