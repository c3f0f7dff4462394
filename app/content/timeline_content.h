// The timeline's content: dated events (assets/timeline/events.json), the timeline's own words - month names,
// date patterns - and the export figures of its plot (assets/timeline/timeline.json).
#pragma once
#include <array>
#include <string>
#include <vector>

#include "language.h"
#include "problem.h"
#include "picture.h"
#include "timeline_date.h"

namespace app {

struct TimelineEvent {
    std::string id;
    TimelineDate date;
    bool has_qualifier = false;
    Localized qualifier;  // "early", "late": words that narrow a month or year, shown with the date
    Localized title;      // short: it is the marker's label
    Localized body;
    std::vector<std::string> sources;
    bool highlight = false;  // the exhibit's own document: stands out on the track
    // Links to other content, kept as ids (they are checked across files elsewhere, see timeline_links), and
    // where each was written so that a broken link is reported at its line.
    std::string annotation;
    std::string place;
    LineColumn annotation_at;
    LineColumn place_at;
    Picture picture;  // optional: present() when given
};

// One bar of the exports plot: a period's total.
struct ExportBar {
    std::string label;  // "1934", "1935–36": numbers read the same in every language
    double value = 0;   // US dollars
    bool has_note = false;
    Localized note;  // e.g. "11 months": a period that is not a whole year says so under its label
};

// Figures counted the same way (calendar years, or trade years July to June), drawn as one group.
struct ExportSeries {
    Localized name;
    std::vector<ExportBar> bars;
    std::vector<std::string> sources;
};

struct ExportsPlot {
    Localized title;
    Localized unit;  // "millions of US dollars": said once, so the bars carry bare numbers
    std::vector<ExportSeries> series;
};

using MonthNames = std::array<Localized, 12>;

// The timeline's own words. Date patterns hold {day}, {month} (standalone name), {month_of} (the form used
// inside a date: Russian genitive), {year} and {qualifier}; time patterns {hh}, {h12}, {mm} and {:mm} (":30",
// or nothing on the hour); date_time holds {date} and {time}; card_title {date} and {title}.
struct TimelineText {
    Localized title;
    Localized hint;
    MonthNames months;
    MonthNames months_of;
    MonthNames month_abbreviations;
    Localized date_day, date_month, date_month_qualified, date_year, date_year_qualified;
    Localized time_am, time_pm, date_time;
    Localized card_title;
};

struct TimelineContent {
    std::string events_file;            // for messages about links
    std::vector<TimelineEvent> events;  // in the order they happened (the loader checks)
    TimelineText text;
    ExportsPlot exports;
};

// Every link from an event to other content, for the lead's check across files.
struct TimelineLink {
    std::string event_id;
    std::string kind;    // "annotation" or "place"
    std::string target;  // the id linked to
    std::string file;
    LineColumn at;
};
std::vector<TimelineLink> timeline_links(const TimelineContent& timeline);

// Index of the event with `id`, or -1.
int find_event(const TimelineContent& timeline, const std::string& id);

}  // namespace app
