#include "load_timeline.h"

#include <map>

#include "../read/content_file.h"
#include "../read/json_fields.h"
#include "../picture/load_picture.h"
#include "timeline_order.h"

namespace app {
namespace {

std::string in_quotes(const std::string& s) { return "\"" + s + "\""; }

const nlohmann::json& at(const JsonReport& report, const std::string& pointer) {
    return report.doc.root.at(nlohmann::json::json_pointer(pointer));
}

// Date, precision and time together: the precision must say what the date's form says, and a time needs a day.
bool read_date(const JsonReport& report, const std::string& event, TimelineDate& date) {
    const std::string text = required_string(report, event, "date");
    const std::string precision_text = required_string(report, event, "precision");
    if (text.empty()) return false;
    std::string why;
    std::optional<TimelineDate> parsed = parse_date(text, why);
    if (!parsed) {
        report.error(pointer_append(event, "date"), why);
        return false;
    }
    date = *parsed;
    if (precision_text.empty()) return false;
    const std::optional<DatePrecision> precision = parse_precision(precision_text);
    const std::string precision_at = pointer_append(event, "precision");
    if (!precision) {
        report.error(precision_at,
                     "\"precision\" should be \"day\", \"month\" or \"year\", not " + in_quotes(precision_text));
        return false;
    }
    if (*precision != date.precision) {
        const char* examples[] = {"YYYY-MM-DD", "YYYY-MM", "YYYY"};
        report.error(precision_at, "\"precision\" is " + in_quotes(precision_text) + " but the date " +
                                       in_quotes(text) + " is written to the " + precision_name(date.precision) +
                                       "; write the date as " + examples[static_cast<int>(*precision)] +
                                       " or the precision as " + in_quotes(precision_name(date.precision)));
        return false;
    }
    if (!at(report, event).contains("time")) return true;
    const std::string time_text = required_string(report, event, "time");
    if (time_text.empty()) return false;
    const std::string time_at = pointer_append(event, "time");
    if (date.precision != DatePrecision::Day) {
        report.error(time_at, "a time needs a date to the day; remove \"time\" or give the day in \"date\"");
        return false;
    }
    std::optional<int> minute = parse_time(time_text, why);
    if (!minute) {
        report.error(time_at, why);
        return false;
    }
    date.minute = *minute;
    return true;
}

void read_event(const JsonReport& report, const std::string& event, const ReadFile& read_file, TimelineEvent& e,
                bool& date_ok) {
    reject_unknown_keys(report, event,
                        {"id", "date", "precision", "time", "qualifier", "title", "body", "sources", "review",
                         "highlight", "annotation", "place", "picture"});
    e.id = required_string(report, event, "id");
    date_ok = read_date(report, event, e.date);
    const nlohmann::json& object = at(report, event);
    if (object.contains("qualifier")) {
        e.has_qualifier = true;
        e.qualifier = required_localized(report, event, "qualifier");
        if (date_ok && e.date.precision == DatePrecision::Day)
            report.error(pointer_append(event, "qualifier"),
                         "a qualifier (\"early\", \"late\") narrows a date given to the "
                         "month or the year; this date is to the day, so remove \"qualifier\"");
    }
    e.title = required_localized(report, event, "title");
    e.body = required_localized(report, event, "body");
    e.sources = optional_string_list(report, event, "sources");
    const bool no_sources = !object.contains("sources");
    if (no_sources || (object["sources"].is_array() && object["sources"].empty()))
        report.error(no_sources ? event : pointer_append(event, "sources"),
                     "every event needs its source: add \"sources\": [\"FRUS 1933–39, Soviet Union, d203\"]");
    report_review_notes(report, event);
    e.picture = optional_picture(report, event, read_file);
    if (object.contains("highlight")) {
        if (object["highlight"].is_boolean()) {
            e.highlight = object["highlight"].get<bool>();
        } else {
            report.error(pointer_append(event, "highlight"), "\"highlight\" should be true or false, without quotes");
        }
    }
    for (const char* link : {"annotation", "place"}) {
        if (!object.contains(link)) continue;
        const std::string target = required_string(report, event, link);
        const LineColumn where = line_column(report, pointer_append(event, link));
        if (std::string(link) == "annotation") {
            e.annotation = target;
            e.annotation_at = where;
        } else {
            e.place = target;
            e.place_at = where;
        }
    }
}

void check_order(const JsonReport& report, const std::vector<TimelineEvent>& events,
                 const std::vector<std::string>& pointers) {
    std::vector<TimelineDate> dates;
    for (const TimelineEvent& e : events) dates.push_back(e.date);
    for (const OutOfOrder& o : find_out_of_order(dates)) {
        const TimelineEvent& moved = events[static_cast<std::size_t>(o.event)];
        const TimelineEvent& other = events[static_cast<std::size_t>(o.other)];
        const std::string what = "event " + in_quotes(moved.id) + " (" + date_as_written(moved.date) + ")";
        const std::string whom = in_quotes(other.id) + " (" + date_as_written(other.date) + ")";
        report.error(pointer_append(pointers[static_cast<std::size_t>(o.event)], "date"),
                     o.move_above ? what + " happened before " + whom +
                                        " but is listed after it; events are listed in "
                                        "the order they happened, so move it above " +
                                        in_quotes(other.id)
                                  : what + " happened after " + whom +
                                        " but is listed before it; events are listed in "
                                        "the order they happened, so move it below " +
                                        in_quotes(other.id));
    }
}

}  // namespace

std::string timeline_text_file(const std::string& events_file) {
    const std::size_t slash = events_file.rfind('/');
    return (slash == std::string::npos ? std::string() : events_file.substr(0, slash + 1)) + "timeline.json";
}

std::vector<TimelineEvent> load_timeline_events(const std::string& file, const ReadFile& read_file,
                                                std::vector<Problem>& problems) {
    std::vector<TimelineEvent> events;
    const std::optional<JsonDocument> doc =
        open_json_file(file, read_file, "the timeline's events file", {"events", "review"}, problems);
    if (!doc) return events;
    const JsonReport report{*doc, problems};
    report_review_notes(report, "");
    const nlohmann::json* list = required_array(report, "", "events", "the timeline's events");
    if (!list) return events;
    if (list->empty()) report.error("/events", "the timeline has no events; add at least one");

    std::vector<std::string> pointers;       // of each event kept, for the order check's messages
    std::map<std::string, std::size_t> ids;  // id → index into the list, for duplicates
    bool all_dated = true;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string event = pointer_append("/events", i);
        if (!expect_object(report, event, "an event")) {
            all_dated = false;
            continue;
        }
        TimelineEvent e;
        bool date_ok = false;
        read_event(report, event, read_file, e, date_ok);
        all_dated = all_dated && date_ok;
        if (!e.id.empty()) {
            auto [it, fresh] = ids.emplace(e.id, i);
            if (!fresh) {
                report.error(pointer_append(event, "id"),
                             "the id " + in_quotes(e.id) + " is already used by the event at line " +
                                 std::to_string(doc->position_of(pointer_append("/events", it->second)).line) +
                                 "; every event needs its own id (links name events by id)");
            }
        }
        if (!date_ok) continue;
        events.push_back(std::move(e));
        pointers.push_back(event);
    }
    // The order can only be judged with every date known; a broken date is reported on its own first.
    if (all_dated) check_order(report, events, pointers);
    return events;
}

TimelineContent load_timeline(const std::string& events_file, const ReadFile& read_file,
                              std::vector<Problem>& problems) {
    TimelineContent timeline;
    timeline.events_file = events_file;
    timeline.events = load_timeline_events(events_file, read_file, problems);
    load_timeline_text(timeline_text_file(events_file), read_file, timeline.text, timeline.exports, problems);
    return timeline;
}

std::vector<TimelineLink> timeline_links(const TimelineContent& timeline) {
    std::vector<TimelineLink> links;
    for (const TimelineEvent& e : timeline.events) {
        if (!e.annotation.empty())
            links.push_back({e.id, "annotation", e.annotation, timeline.events_file, e.annotation_at});
        if (!e.place.empty()) links.push_back({e.id, "place", e.place, timeline.events_file, e.place_at});
    }
    return links;
}

int find_event(const TimelineContent& timeline, const std::string& id) {
    for (std::size_t i = 0; i < timeline.events.size(); ++i)
        if (timeline.events[i].id == id) return static_cast<int>(i);
    return -1;
}

}  // namespace app
