#include <gtest/gtest.h>

#include "maintenance/stats_rules.h"
#include "maintenance/stats_totals.h"

namespace app {
namespace {

TEST(StatsRules, DaysAreLocalCalendarDays) {
    EXPECT_EQ(day_key(0, 0), "1970-01-01");
    EXPECT_EQ(day_key(1709251199, 0), "2024-02-29");          // 23:59:59 UTC on a leap day
    EXPECT_EQ(day_key(1709251199, 3600), "2024-03-01");       // already tomorrow an hour east
    EXPECT_EQ(day_key(1709164800, -3 * 3600), "2024-02-28");  // midnight UTC is the evening before in Brazil
    EXPECT_EQ(day_key(-1, 0), "1969-12-31");
}

TEST(StatsRules, DayNumbersRoundTrip) {
    EXPECT_EQ(day_number("1970-01-02"), 1);
    EXPECT_EQ(day_from_number(19782), "2024-02-29");
    EXPECT_EQ(day_number("2024-02-29"), 19782);
    EXPECT_FALSE(day_number("2023-02-29"));
    EXPECT_FALSE(day_number("2024-2-9"));
    EXPECT_FALSE(day_number("yesterday!"));
}

TEST(StatsRules, TimesAreKeptToTheMinute) {
    EXPECT_EQ(stored_time(1709251199), 1709251140);
    EXPECT_EQ(stored_time(120), 120);
    EXPECT_EQ(stored_time(-1), -60);
}

TEST(StatsRules, TheCutoffKeepsWholeDays) {
    // 2024-03-31 10:00 UTC; keeping 30 days keeps 2024-03-02 .. 2024-03-31.
    EXPECT_EQ(rollup_cutoff_day(1711879200, 0, 30), "2024-03-02");
    EXPECT_EQ(rollup_cutoff_day(1711879200, 0, 1), "2024-03-31");
}

TEST(StatsRules, TouchesFallIntoACoarseGrid) {
    EXPECT_EQ(heat_cell({0, 0})->column, 0);
    EXPECT_EQ(heat_cell({1, 1})->column, kHeatColumns - 1);
    EXPECT_EQ(heat_cell({1, 1})->row, kHeatRows - 1);
    EXPECT_EQ(heat_cell({0.5f, 0.26f})->column, kHeatColumns / 2);
    EXPECT_EQ(heat_cell({0.5f, 0.26f})->row, 5);
    EXPECT_FALSE(heat_cell({-0.01f, 0.5f}));
    EXPECT_FALSE(heat_cell({0.5f, 1.2f}));
}

StatsTotals sample() {
    StatsTotals t;
    DayTotals& d = t.days["2024-03-01"];
    d.languages["en"] = {3, 2, 100};
    d.languages["pt"] = {1, 1, 40};
    d.views["telegram"] = 4;
    d.cards["manganese-ore"] = {2, 2, 13};
    d.cards["a, \"quoted\" id"] = {1, 0, 0};
    d.touches[{3, 7}] = 5;
    d.listens[{"telegram", "en"}] = {2, 2, 1, 300};
    d.listens[{"annotation:manganese-ore", "pt"}] = {1, 0, 0, 0};
    t.days["2024-03-03"].languages["ru"] = {2, 0, 0};
    t.days["2024-03-03"].listens[{"telegram", "ru"}] = {1, 1, 1, 250};
    return t;
}

TEST(StatsTotals, CsvListsEveryRecordWithDocumentedColumns) {
    EXPECT_EQ(stats_csv(sample()),
              "record,day,language,item,count,seconds\n"
              "sessions,2024-03-01,en,,3,100.0\n"
              "sessions,2024-03-01,pt,,1,40.0\n"
              "idle_resets,2024-03-01,en,,2,\n"
              "idle_resets,2024-03-01,pt,,1,\n"
              "views,2024-03-01,,telegram,4,\n"
              "card_opens,2024-03-01,,\"a, \"\"quoted\"\" id\",1,\n"
              "card_opens,2024-03-01,,manganese-ore,2,\n"
              "card_dwell,2024-03-01,,\"a, \"\"quoted\"\" id\",0,0.0\n"
              "card_dwell,2024-03-01,,manganese-ore,2,13.0\n"
              "touches,2024-03-01,,c3r7,5,\n"
              "listens,2024-03-01,pt,annotation:manganese-ore,1,\n"
              "listens,2024-03-01,en,telegram,2,\n"
              "listen_time,2024-03-01,pt,annotation:manganese-ore,0,0.0\n"
              "listen_time,2024-03-01,en,telegram,2,300.0\n"
              "listens_to_end,2024-03-01,pt,annotation:manganese-ore,0,\n"
              "listens_to_end,2024-03-01,en,telegram,1,\n"
              "sessions,2024-03-03,ru,,2,0.0\n"
              "idle_resets,2024-03-03,ru,,0,\n"
              "listens,2024-03-03,ru,telegram,1,\n"
              "listen_time,2024-03-03,ru,telegram,1,250.0\n"
              "listens_to_end,2024-03-03,ru,telegram,1,\n");
}

TEST(StatsTotals, AddingTotalsAddsEveryCount) {
    StatsTotals t = sample();
    add_totals(t, sample());
    EXPECT_EQ(t.days["2024-03-01"].languages["en"].sessions, 6);
    EXPECT_EQ(t.days["2024-03-01"].cards["manganese-ore"].dwell_s, 26);
    EXPECT_EQ((t.days["2024-03-01"].touches[{3, 7}]), 10);
    const ListenTotals& heard = t.days["2024-03-01"].listens[{"telegram", "en"}];
    EXPECT_EQ(heard.plays, 4);
    EXPECT_EQ(heard.stopped, 4);
    EXPECT_EQ(heard.to_end, 2);
    EXPECT_DOUBLE_EQ(heard.heard_s, 600);
}

TEST(StatsTotals, SummaryForTheOverlay) {
    const StatsSummary s = summarize(sample(), "2024-03-03", 3);
    EXPECT_EQ(s.day_labels, (std::vector<std::string>{"2024-03-01", "2024-03-02", "2024-03-03"}));
    EXPECT_EQ(s.sessions_per_day, (std::vector<float>{4, 0, 2}));
    EXPECT_EQ(s.sessions, 6);
    EXPECT_EQ(s.idle_resets, 3);
    EXPECT_DOUBLE_EQ(s.mean_engaged_s, 140.0 / 3);
    EXPECT_EQ(s.languages.at("ru"), 2);
    ASSERT_EQ(s.top_cards.size(), 2u);
    EXPECT_EQ(s.top_cards[0].id, "manganese-ore");
    EXPECT_DOUBLE_EQ(s.top_cards[0].mean_dwell_s, 6.5);
    EXPECT_EQ(s.heat[7 * kHeatColumns + 3], 5);
    EXPECT_EQ(s.heat_max, 5);
    EXPECT_EQ(s.touches, 5);
    EXPECT_EQ(s.listens, 4);
    EXPECT_EQ(s.listens_to_end, 2);
    EXPECT_DOUBLE_EQ(s.listened_s, 550);
    EXPECT_EQ(s.listen_languages.at("en"), 2);
    EXPECT_EQ(s.listen_languages.at("ru"), 1);
    ASSERT_EQ(s.top_listened.size(), 2u);
    EXPECT_EQ(s.top_listened[0].subject, "telegram") << "every language together";
    EXPECT_EQ(s.top_listened[0].plays, 3);
    EXPECT_EQ(s.top_listened[0].to_end, 2);
}

}  // namespace
}  // namespace app
