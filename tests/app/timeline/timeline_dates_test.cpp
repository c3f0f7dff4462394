// Dates as the timeline reads them, the ordering rule, where undated-to-the-day events stand, and dates in words.
#include <gtest/gtest.h>

#include "content/load_content.h"
#include "content/timeline_date.h"
#include "content/timeline/timeline_order.h"
#include "support/test_assets.h"
#include "timeline/event_text.h"

namespace app {
namespace {

TimelineDate date(const std::string& text, int minute = -1) {
    std::string why;
    std::optional<TimelineDate> d = parse_date(text, why);
    EXPECT_TRUE(d) << text << ": " << why;
    TimelineDate out = d.value_or(TimelineDate{});
    out.minute = minute;
    return out;
}

std::string why_not(const std::string& text) {
    std::string why;
    EXPECT_FALSE(parse_date(text, why)) << text;
    return why;
}

TEST(TimelineDate, TheFormGivesThePrecision) {
    const TimelineDate day = date("1935-03-27");
    EXPECT_EQ(day.year, 1935);
    EXPECT_EQ(day.month, 3);
    EXPECT_EQ(day.day, 27);
    EXPECT_EQ(day.precision, DatePrecision::Day);
    EXPECT_EQ(date("1935-04").precision, DatePrecision::Month);
    EXPECT_EQ(date("1935-04").day, 0);
    EXPECT_EQ(date("1937").precision, DatePrecision::Year);
    EXPECT_EQ(date("1937").month, 0);
    EXPECT_EQ(date("1936-02-29").day, 29) << "1936 was a leap year";
}

TEST(TimelineDate, ImpossibleDatesSayWhatIsWrong) {
    EXPECT_EQ(why_not("1935-13-01"), "\"1935-13-01\" has month 13, but months run from 01 to 12");
    EXPECT_EQ(why_not("1935-00"), "\"1935-00\" has month 00, but months run from 01 to 12");
    EXPECT_EQ(why_not("1935-02-30"), "\"1935-02-30\" has day 30, but February 1935 has 28 days");
    EXPECT_EQ(why_not("1935-04-31"), "\"1935-04-31\" has day 31, but April 1935 has 30 days");
    EXPECT_EQ(why_not("1935-04-00"), "\"1935-04-00\" has day 00, but April 1935 has 30 days");
    for (const char* shape : {"1935-4-5", "35-04-05", "1935/04/05", "April 1935", "1935-04-05T21:00", "", "19350405"})
        EXPECT_NE(why_not(shape).find("write it as YYYY-MM-DD (1935-03-27), YYYY-MM (1935-04) or YYYY (1935)"),
                  std::string::npos)
            << shape;
}

TEST(TimelineDate, TimesAreTwentyFourHourClockTimes) {
    std::string why;
    EXPECT_EQ(parse_time("21:00", why), 21 * 60);
    EXPECT_EQ(parse_time("00:00", why), 0);
    EXPECT_EQ(parse_time("23:59", why), 23 * 60 + 59);
    EXPECT_FALSE(parse_time("25:00", why));
    EXPECT_EQ(why, "\"25:00\" is not a time of day; write it as HH:MM from 00:00 to 23:59 (24-hour clock)");
    EXPECT_FALSE(parse_time("21:60", why));
    EXPECT_FALSE(parse_time("9 p.m.", why));
    EXPECT_EQ(why, "\"9 p.m.\" is not a time; write it as HH:MM on a 24-hour clock, e.g. 21:00 for 9 p.m.");
    EXPECT_FALSE(parse_time("9:00", why));
}

TEST(TimelineDate, DayNumbersFollowTheCalendar) {
    EXPECT_EQ(days_from_civil(1970, 1, 1), 0);
    EXPECT_EQ(days_from_civil(1935, 3, 27) - days_from_civil(1935, 3, 26), 1);
    EXPECT_EQ(days_from_civil(1936, 3, 1) - days_from_civil(1936, 2, 28), 2) << "leap day";
    EXPECT_EQ(days_from_civil(1935, 3, 1) - days_from_civil(1935, 2, 28), 1);
    EXPECT_EQ(days_from_civil(1935, 7, 13) - days_from_civil(1935, 3, 27), 108);
}

TEST(TimelineDate, ADateMeansTheWholeStretchItNames) {
    const DateSpan april = date_span(date("1935-04"));
    EXPECT_EQ(april.first, days_from_civil(1935, 4, 1) * 1440);
    EXPECT_EQ(april.last, days_from_civil(1935, 5, 1) * 1440 - 1);
    const DateSpan evening = date_span(date("1935-03-27", 21 * 60));
    EXPECT_EQ(evening.first, evening.last);
    EXPECT_TRUE(surely_before(date("1935-03-27"), date("1935-04")));
    EXPECT_FALSE(surely_before(date("1935-04-10"), date("1935-04"))) << "overlapping stretches are in neither order";
    EXPECT_FALSE(surely_before(date("1935-04"), date("1935-04-10")));
    EXPECT_TRUE(surely_before(date("1935-04-05", 19 * 60), date("1935-04-05", 20 * 60)));
    EXPECT_FALSE(surely_before(date("1935-04-05"), date("1935-04-05", 20 * 60)));
}

// The fact sheet's own sequence: a month's event between two days of that month, in the file's order.
std::vector<TimelineDate> april_1935() {
    return {date("1935-03-27", 21 * 60), date("1935-04-05", 19 * 60), date("1935-04"), date("1935-04-10", 14 * 60),
            date("1935-04-20", 15 * 60), date("1935-04-22", 20 * 60), date("1935-04"), date("1935-05-16")};
}

TEST(TimelineOrder, AMonthAmongItsDaysIsInOrderWhereverTheCuratorPutsIt) {
    EXPECT_TRUE(find_out_of_order(april_1935()).empty());
    std::vector<TimelineDate> first_of_month = april_1935();
    std::swap(first_of_month[1], first_of_month[2]);  // the Kelley memo before April 5: still April
    EXPECT_TRUE(find_out_of_order(first_of_month).empty());
}

TEST(TimelineOrder, OneMisplacedEventIsReportedOnceWithWhereItBelongs) {
    std::vector<TimelineDate> dates = april_1935();
    dates.push_back(date("1935-04-03"));  // listed last, happened second
    const std::vector<OutOfOrder> wrong = find_out_of_order(dates);
    ASSERT_EQ(wrong.size(), 1u);
    EXPECT_EQ(wrong[0].event, 8);
    EXPECT_TRUE(wrong[0].move_above);
    EXPECT_EQ(wrong[0].other, 1) << "above April 5, the first event listed before it that it preceded";

    std::vector<TimelineDate> late_first = april_1935();
    late_first.insert(late_first.begin(), date("1937-08-04"));  // listed first, happened last
    const std::vector<OutOfOrder> late = find_out_of_order(late_first);
    ASSERT_EQ(late.size(), 1u) << "the one event far from its place, not every event it disagrees with";
    EXPECT_EQ(late[0].event, 0);
    EXPECT_FALSE(late[0].move_above);
    EXPECT_EQ(late[0].other, 8) << "below the last event it followed";
}

TEST(TimelineOrder, EventsOfOneDayAreOrderedByTheirTimes) {
    EXPECT_TRUE(
        find_out_of_order({date("1935-04-05", 9 * 60), date("1935-04-05"), date("1935-04-05", 21 * 60)}).empty());
    EXPECT_EQ(find_out_of_order({date("1935-04-05", 21 * 60), date("1935-04-05", 9 * 60)}).size(), 1u);
}

TEST(TimelineOrder, AMonthsEventStandsBetweenItsNeighboursWithinItsMonth) {
    const std::vector<TimelineDate> dates = april_1935();
    const std::vector<double> days = event_days(dates);
    const double april_1 = static_cast<double>(days_from_civil(1935, 4, 1));
    const double may_1 = static_cast<double>(days_from_civil(1935, 5, 1));
    for (std::size_t i = 1; i < days.size(); ++i) EXPECT_LE(days[i - 1], days[i]) << "the axis shows the file's order";
    EXPECT_NEAR(days[0], days_from_civil(1935, 3, 27) + 21.0 / 24, 1e-9) << "a time places it within its day";
    EXPECT_NEAR(days[7], days_from_civil(1935, 5, 16) + 0.5, 1e-9) << "a day without a time: noon";
    // The Kelley memo: between April 5 (19:00) and April 10 (14:00), halfway.
    EXPECT_GT(days[2], days[1]);
    EXPECT_LT(days[2], days[3]);
    EXPECT_NEAR(days[2], (days[1] + days[3]) / 2, 1e-9);
    // Late April: after April 22, before May 16, but still in April.
    EXPECT_GT(days[6], days[5]);
    EXPECT_GE(days[6], april_1);
    EXPECT_LT(days[6], may_1);
}

TEST(TimelineOrder, EventsKnownOnlyToTheirMonthShareTheRoomEvenly) {
    const std::vector<double> days =
        event_days({date("1935-04-01"), date("1935-04"), date("1935-04"), date("1935-04-30")});
    EXPECT_NEAR(days[1] - days[0], days[3] - days[2], 1e-9);
    EXPECT_NEAR(days[2] - days[1], days[3] - days[2], 1e-9);
    const std::vector<double> alone = event_days({date("1935")});
    EXPECT_GE(alone[0], days_from_civil(1935, 1, 1));
    EXPECT_LT(alone[0], days_from_civil(1936, 1, 1));
}

const TimelineEvent& shipped_event(const Content& c, const std::string& id) {
    const int i = find_event(c.timeline, id);
    EXPECT_GE(i, 0) << id;
    return c.timeline.events[static_cast<std::size_t>(std::max(i, 0))];
}

TEST(EventText, DatesReadAsEachLanguageWritesThem) {
    LoadResult loaded = load_content(testing::shipped_assets());
    ASSERT_TRUE(loaded.content);
    const Content& c = *loaded.content;
    const TimelineText& text = c.timeline.text;
    const TimelineEvent& telegram = shipped_event(c, "1935-03-27-telegram-71");
    EXPECT_EQ(format_event_date(telegram, text, Language::English), "March 27, 1935, 9 p.m.");
    EXPECT_EQ(format_event_date(telegram, text, Language::Russian), "27 марта 1935 года, 21:00");
    EXPECT_EQ(format_event_date(telegram, text, Language::Portuguese), "27 de março de 1935, às 21h00");
    const TimelineEvent& kelley = shipped_event(c, "1935-04-kelley-memo");
    EXPECT_EQ(format_event_date(kelley, text, Language::English), "April 1935");
    EXPECT_EQ(format_event_date(kelley, text, Language::Russian), "апрель 1935 года");
    EXPECT_EQ(format_event_date(kelley, text, Language::Portuguese), "abril de 1935");
    const TimelineEvent& bullitt = shipped_event(c, "1935-04-bullitt-back-in-moscow");
    EXPECT_EQ(format_event_date(bullitt, text, Language::English), "late April 1935");
    EXPECT_EQ(format_event_date(bullitt, text, Language::Russian), "конец апреля 1935 года");
    EXPECT_EQ(format_event_date(bullitt, text, Language::Portuguese), "fim de abril de 1935");
    EXPECT_EQ(format_time_of_day(14 * 60 + 30, text, Language::English), "2:30 p.m.");
    EXPECT_EQ(format_time_of_day(0, text, Language::English), "12 a.m.");
    EXPECT_EQ(format_time_of_day(9 * 60 + 5, text, Language::Russian), "09:05");
}

TEST(EventText, ACardCarriesTheEventWithItsDateInEveryLanguage) {
    LoadResult loaded = load_content(testing::shipped_assets());
    ASSERT_TRUE(loaded.content);
    const TimelineEvent& telegram = shipped_event(*loaded.content, "1935-03-27-telegram-71");
    const CardContent card = event_card_content(telegram, loaded.content->timeline.text);
    EXPECT_EQ(card.title.in(Language::English), "Telegram No. 71 is sent — March 27, 1935, 9 p.m.");
    EXPECT_EQ(card.title.in(Language::Russian), "Отправлена телеграмма № 71 — 27 марта 1935 года, 21:00");
    EXPECT_EQ(card.body.in(Language::Portuguese), telegram.body.in(Language::Portuguese));
    EXPECT_EQ(card.sources, telegram.sources);
    EXPECT_FALSE(card.chart);
}

}  // namespace
}  // namespace app
