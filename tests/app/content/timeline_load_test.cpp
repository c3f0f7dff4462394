// Loading the timeline: the shipped events and words, and a curator's slips reported at file:line:column.
#include <gtest/gtest.h>

#include "content/load_content.h"
#include "content/timeline/load_timeline.h"
#include "support/test_assets.h"
#include "support/nonempty.h"

namespace app {
namespace {

using testing::shipped_assets;
using testing::shipped_assets_with;

std::vector<Problem> errors_of(const std::vector<Problem>& problems) {
    std::vector<Problem> errors;
    for (const Problem& p : problems)
        if (!p.warning) errors.push_back(p);
    return errors;
}

// One event per line, so that a test knows where each field stands: event i is on line 3 + i.
std::string event_line(const std::string& id, const std::string& date, const std::string& precision,
                       const std::string& extra = "") {
    return R"(    {"id": ")" + id + R"(", "date": ")" + date + R"(", "precision": ")" + precision + "\"" + extra +
           R"(, "title": {"en": "T", "ru": "Т", "pt": "T"}, "body": {"en": "B", "ru": "Б", "pt": "B"}, "sources": ["FRUS d203"]})";
}

std::string events_file(const std::vector<std::string>& lines) {
    std::string out = "{\n  \"events\": [\n";
    for (std::size_t i = 0; i < lines.size(); ++i) out += lines[i] + (i + 1 < lines.size() ? ",\n" : "\n");
    return out + "  ]\n}\n";
}

// 1-based column of `needle` in `line`, counted in characters as editors count them.
int column_of(const std::string& line, const std::string& needle) {
    const std::size_t at = line.find(needle);
    EXPECT_NE(at, std::string::npos) << needle;
    int column = 1;
    for (std::size_t i = 0; i < at && i < line.size(); ++i)
        column += (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80;
    return column;
}

// Loads the shipped assets with the events file replaced; expects exactly one error and returns it.
Problem only_error(const std::string& events) {
    const LoadResult result = load_content(shipped_assets_with({{"timeline/events.json", events}}));
    const std::vector<Problem> errors = errors_of(result.problems);
    EXPECT_EQ(errors.size(), 1u) << testing::problems_text(result.problems);
    EXPECT_FALSE(result.content) << "content with errors must not be returned";
    return errors.empty() ? Problem{} : errors[0];
}

TEST(LoadTimeline, ShippedTimelineLoadsInOrderWithEveryLanguage) {
    LoadResult result = load_content(shipped_assets());
    ASSERT_TRUE(result.content) << testing::problems_text(result.problems);
    const TimelineContent& t = result.content->timeline;
    ASSERT_EQ(t.events.size(), 21u);
    EXPECT_EQ(t.events_file, "timeline/events.json");
    int highlighted = 0;
    for (const TimelineEvent& e : NONEMPTY(t.events)) {
        highlighted += e.highlight;
        for (Language l : kLanguages) {
            EXPECT_FALSE(e.title.in(l).empty()) << e.id;
            EXPECT_FALSE(e.body.in(l).empty()) << e.id;
        }
        EXPECT_FALSE(e.sources.empty()) << e.id;
    }
    EXPECT_EQ(highlighted, 1);
    const TimelineEvent& telegram = t.events[static_cast<std::size_t>(find_event(t, "1935-03-27-telegram-71"))];
    EXPECT_TRUE(telegram.highlight);
    EXPECT_EQ(telegram.date.minute, 21 * 60);
    EXPECT_EQ(t.events[static_cast<std::size_t>(find_event(t, "1935-04-kelley-memo"))].date.precision,
              DatePrecision::Month);
    EXPECT_EQ(find_event(t, "no-such-event"), -1);
    for (const MonthNames* names : {&t.text.months, &t.text.months_of, &t.text.month_abbreviations})
        for (const Localized& name : NONEMPTY(*names))
            for (Language l : kLanguages) EXPECT_FALSE(name.in(l).empty());
    EXPECT_EQ(t.text.month_abbreviations[3].in(Language::Russian), "апр");
    ASSERT_EQ(t.exports.series.size(), 2u);
}

TEST(LoadTimeline, ThePlotsFiguresAreTheFactSheets) {
    LoadResult result = load_content(shipped_assets());
    ASSERT_TRUE(result.content);
    const ExportsPlot& plot = result.content->timeline.exports;
    ASSERT_EQ(plot.series[0].bars.size(), 3u);
    EXPECT_EQ(plot.series[0].bars[0].label, "1932");
    EXPECT_EQ(plot.series[0].bars[0].value, 12640891);
    EXPECT_EQ(plot.series[0].bars[1].value, 8997307);
    EXPECT_EQ(plot.series[0].bars[2].value, 14866515);
    EXPECT_EQ(plot.series[0].sources, std::vector<std::string>{"FRUS 1933–39, Soviet Union, d206"});
    ASSERT_EQ(plot.series[1].bars.size(), 3u);
    EXPECT_EQ(plot.series[1].bars[0].value, 14100000);
    EXPECT_EQ(plot.series[1].bars[1].value, 16800000);
    EXPECT_EQ(plot.series[1].bars[2].value, 33900000);
    EXPECT_FALSE(plot.series[1].bars[1].has_note);
    ASSERT_TRUE(plot.series[1].bars[2].has_note) << "the 11-month period says so";
    EXPECT_NE(plot.series[1].bars[2].note.in(Language::English).find("11 months"), std::string::npos);
    EXPECT_EQ(plot.series[1].sources, std::vector<std::string>{"FRUS 1933–39, Soviet Union, d324"});
}

TEST(LoadTimeline, ReviewNotesAreWarnings) {
    LoadResult result = load_content(shipped_assets());
    ASSERT_TRUE(result.content);
    int timeline_notes = 0;
    for (const Problem& p : result.problems)
        if (p.warning && p.file.rfind("timeline/", 0) == 0 && p.message.rfind("marked for review", 0) == 0)
            ++timeline_notes;
    EXPECT_GE(timeline_notes, 21);
}

TEST(LoadTimeline, LinksAreKeptAsIdsWithWhereTheyWereWritten) {
    LoadResult result = load_content(shipped_assets());
    ASSERT_TRUE(result.content);
    const std::vector<TimelineLink> links = timeline_links(result.content->timeline);
    const std::string events = testing::read_shipped("timeline/events.json");
    bool telegram_annotation = false, telegram_place = false;
    for (const TimelineLink& link : NONEMPTY(links)) {
        EXPECT_EQ(link.file, "timeline/events.json");
        EXPECT_GT(link.at.line, 0);
        EXPECT_TRUE(link.kind == "annotation" || link.kind == "place");
        telegram_annotation |=
            link.event_id == "1935-03-27-telegram-71" && link.kind == "annotation" && link.target == "charge-wiley";
        telegram_place |=
            link.event_id == "1935-03-27-telegram-71" && link.kind == "place" && link.target == "washington";
        // The position points at the link's key on its line.
        std::size_t line_start = 0;
        for (int l = 1; l < link.at.line; ++l) line_start = events.find('\n', line_start) + 1;
        EXPECT_EQ(events.substr(line_start + static_cast<std::size_t>(link.at.column) - 1, link.kind.size() + 2),
                  "\"" + link.kind + "\"");
    }
    EXPECT_TRUE(telegram_annotation);
    EXPECT_TRUE(telegram_place);
}

TEST(LoadTimeline, AnImpossibleDateIsReportedWhereItStands) {
    const std::string bad = event_line("b", "1935-13-01", "day");
    const Problem p = only_error(events_file({event_line("a", "1935-03-27", "day"), bad}));
    EXPECT_EQ(p.file, "timeline/events.json");
    EXPECT_EQ(p.line, 4);
    EXPECT_EQ(p.column, column_of(bad, "\"date\""));
    EXPECT_EQ(format_problem(p), "timeline/events.json:4:" + std::to_string(column_of(bad, "\"date\"")) +
                                     ": error: \"1935-13-01\" has month 13, but months run from 01 to 12");

    const std::string february = event_line("c", "1935-02-30", "day");
    const Problem q = only_error(events_file({february}));
    EXPECT_EQ(q.line, 3);
    EXPECT_EQ(q.message, "\"1935-02-30\" has day 30, but February 1935 has 28 days");
}

TEST(LoadTimeline, APrecisionThatContradictsTheDateSaysHowToFixIt) {
    const std::string line = event_line("a", "1935-04", "day");
    const Problem p = only_error(events_file({line}));
    EXPECT_EQ(p.line, 3);
    EXPECT_EQ(p.column, column_of(line, "\"precision\""));
    EXPECT_EQ(p.message,
              "\"precision\" is \"day\" but the date \"1935-04\" is written to the month; write the date as "
              "YYYY-MM-DD or the precision as \"month\"");
    const Problem unknown = only_error(events_file({event_line("a", "1935-04", "week")}));
    EXPECT_EQ(unknown.message, "\"precision\" should be \"day\", \"month\" or \"year\", not \"week\"");
}

TEST(LoadTimeline, TimesMustBeOnTheClockAndOnADay) {
    const std::string late = event_line("a", "1935-03-27", "day", R"(, "time": "25:00")");
    const Problem p = only_error(events_file({late}));
    EXPECT_EQ(p.line, 3);
    EXPECT_EQ(p.column, column_of(late, "\"time\""));
    EXPECT_EQ(p.message, "\"25:00\" is not a time of day; write it as HH:MM from 00:00 to 23:59 (24-hour clock)");
    const Problem month = only_error(events_file({event_line("a", "1935-04", "month", R"(, "time": "10:00")")}));
    EXPECT_EQ(month.message, "a time needs a date to the day; remove \"time\" or give the day in \"date\"");
}

TEST(LoadTimeline, AnEventOutOfOrderIsAnErrorThatSaysWhereItBelongs) {
    const std::string moved = event_line("c", "1935-04-03", "day");
    const Problem p =
        only_error(events_file({event_line("a", "1935-03-27", "day"), event_line("b", "1935-04-05", "day"),
                                event_line("k", "1935-04", "month"), moved}));
    EXPECT_EQ(p.line, 6);
    EXPECT_EQ(p.column, column_of(moved, "\"date\""));
    EXPECT_EQ(p.message,
              "event \"c\" (1935-04-03) happened before \"b\" (1935-04-05) but is listed after it; events are "
              "listed in the order they happened, so move it above \"b\"");
}

TEST(LoadTimeline, IdsAreUnique) {
    const std::string again = event_line("a", "1935-04-05", "day");
    const Problem p = only_error(events_file({event_line("a", "1935-03-27", "day"), again}));
    EXPECT_EQ(p.line, 4);
    EXPECT_EQ(p.column, column_of(again, "\"id\""));
    EXPECT_EQ(p.message,
              "the id \"a\" is already used by the event at line 3; every event needs its own id (links name "
              "events by id)");
}

TEST(LoadTimeline, EveryLanguageAndASourceAreRequired) {
    std::string line = event_line("a", "1935-03-27", "day");
    line.replace(line.find(R"(, "ru": "Т")"), std::string(R"(, "ru": "Т")").size(), "");
    const Problem p = only_error(events_file({line}));
    EXPECT_EQ(p.line, 3);
    EXPECT_EQ(p.column, column_of(line, "\"title\""));
    EXPECT_EQ(p.message, "\"title\" has no \"ru\" translation; add \"ru\": \"...\"");

    std::string unsourced = event_line("a", "1935-03-27", "day");
    unsourced.replace(unsourced.find(R"(["FRUS d203"])"), std::string(R"(["FRUS d203"])").size(), "[]");
    const Problem q = only_error(events_file({unsourced}));
    EXPECT_EQ(q.column, column_of(unsourced, "\"sources\""));
    EXPECT_EQ(q.message, "every event needs its source: add \"sources\": [\"FRUS 1933–39, Soviet Union, d203\"]");
}

TEST(LoadTimeline, AQualifierBelongsToAMonthOrAYear) {
    const std::string qualifier = R"(, "qualifier": {"en": "early", "ru": "начало", "pt": "início"})";
    const std::string line = event_line("a", "1935-03-27", "day", qualifier);
    const Problem p = only_error(events_file({line}));
    EXPECT_EQ(p.column, column_of(line, "\"qualifier\""));
    const LoadResult fine = load_content(
        shipped_assets_with({{"timeline/events.json", events_file({event_line("a", "1935-02", "month", qualifier)})}}));
    // The annotations' links to the shipped events now point nowhere; the events file itself is fine.
    for (const Problem& problem : errors_of(fine.problems))
        EXPECT_NE(problem.file, "timeline/events.json") << format_problem(problem);
}

TEST(LoadTimeline, EveryProblemIsReportedAtOnce) {
    const LoadResult result = load_content(shipped_assets_with(
        {{"timeline/events.json",
          events_file({event_line("a", "1935-13-01", "day"), event_line("a", "1935-04", "day"),
                       event_line("c", "1935-03-27", "day", R"(, "time": "9pm", "colour": "red")")})}}));
    EXPECT_EQ(errors_of(result.problems).size(), 5u) << testing::problems_text(result.problems);
}

TEST(LoadTimeline, TheTimelinesWordsAreCheckedToo) {
    std::string words = testing::read_shipped("timeline/timeline.json");
    const std::string december = R"(, "дек"])";
    ASSERT_NE(words.find(december), std::string::npos);
    std::string eleven = words;
    eleven.replace(eleven.find(december), december.size(), "]");
    LoadResult result = load_content(shipped_assets_with({{"timeline/timeline.json", eleven}}));
    std::vector<Problem> errors = errors_of(result.problems);
    ASSERT_EQ(errors.size(), 1u) << testing::problems_text(result.problems);
    EXPECT_EQ(errors[0].file, "timeline/timeline.json");
    EXPECT_EQ(errors[0].message,
              "\"month_abbreviations\" in \"ru\" should list all twelve months, January to December, but has 11");

    std::string slip = words;
    slip.replace(slip.find("{month} {day}, {year}"), std::string("{month} {day}, {year}").size(), "{mont} {day}");
    result = load_content(shipped_assets_with({{"timeline/timeline.json", slip}}));
    errors = errors_of(result.problems);
    ASSERT_EQ(errors.size(), 2u) << testing::problems_text(result.problems);
    EXPECT_EQ(errors[0].message,
              "\"date_day\" has \"{mont}\", which is not a placeholder here; the placeholders it may use "
              "are {day}, {month}, {month_of}, {year}");
    EXPECT_EQ(errors[1].message, "\"date_day\" in \"en\" has no {year}; it needs {day}, {year}");
    EXPECT_GT(errors[0].line, 1);

    result = load_content(shipped_assets_with({{"timeline/timeline.json", "\x01missing"}}));
    errors = errors_of(result.problems);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(format_problem(errors[0]),
              "timeline/timeline.json: error: cannot read the timeline's words file "
              "(timeline.json, beside the events file); check that it exists in the assets "
              "folder");
}

TEST(LoadTimeline, TheManifestNamesTheEventsFile) {
    EXPECT_EQ(timeline_text_file("timeline/events.json"), "timeline/timeline.json");
    EXPECT_EQ(timeline_text_file("events.json"), "timeline.json");
    const LoadResult missing = load_content(shipped_assets_with({{"timeline/events.json", "\x01missing"}}));
    const std::vector<Problem> errors = errors_of(missing.problems);
    ASSERT_EQ(errors.size(), 1u) << testing::problems_text(missing.problems);
    EXPECT_EQ(errors[0].file, "timeline/events.json");
}

}  // namespace
}  // namespace app
