#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "maintenance/stats_rules.h"
#include "storage/stats_export.h"
#include "storage/stats_store.h"
#include "support/temp_dir.h"

namespace platform {
namespace {

using K = app::VisitEvent::Kind;

app::VisitEvent ev(K kind, double at, std::string id = {}, app::Language l = app::Language::English) {
    app::VisitEvent e;
    e.kind = kind;
    e.at = at;
    e.id = std::move(id);
    e.language = l;
    return e;
}

app::VisitEvent touch(double at, float x, float y) {
    app::VisitEvent e = ev(K::Touch, at);
    e.where = {x, y};
    return e;
}

// The exhibit's clock 0 is `day_start` (a UTC midnight) plus `offset_s`; UTC days, for tests anywhere.
VisitClock clock_at(double unix_of_exhibit_zero, double exhibit_now) {
    VisitClock c;
    c.unix_now = unix_of_exhibit_zero + exhibit_now;
    c.exhibit_now = exhibit_now;
    c.utc_offset_s = 0;
    c.idle_wait_s = 80;
    return c;
}

app::VisitEvent listen_ended(double at, std::string subject, app::Language l, double seconds, bool to_the_end) {
    app::VisitEvent e = ev(K::ListenEnded, at, std::move(subject), l);
    e.seconds = seconds;
    e.to_the_end = to_the_end;
    return e;
}

// One visitor: starts at `t0` (exhibit seconds) in `l`, opens a card for 10 s and hears it read aloud to its end
// (8 s), taps the page twice, walks away.
std::vector<app::VisitEvent> visit(double t0, app::Language l, const std::string& card) {
    app::VisitEvent closed = ev(K::CardClosed, t0 + 15, card);
    closed.seconds = 10;
    return {ev(K::SessionStart, t0, {}, l),
            ev(K::ViewEntered, t0, "telegram"),
            touch(t0 + 2, 0.5f, 0.26f),
            ev(K::CardOpened, t0 + 5, card),
            ev(K::ListenStarted, t0 + 6, "annotation:" + card, l),
            listen_ended(t0 + 14, "annotation:" + card, l, 8, true),
            closed,
            touch(t0 + 20, 0.5f, 0.26f),
            ev(K::SessionEnd, t0 + 20 + 80)};
}

constexpr double kMarch1 = 1709251200;  // 2024-03-01 00:00 UTC

struct Store : ::testing::Test {
    TempDir dir;
    std::ostringstream log;
    StatsStore store;
    void SetUp() override { ASSERT_TRUE(open_stats_store(store, dir.path / kStatsFileName, &log)) << log.str(); }
};

TEST_F(Store, CreatesTheSchemaInWalMode) {
    const auto counts = table_row_counts(store);
    for (const char* table : {"sessions", "card_opens", "listens", "touch_cells", "daily_sessions", "daily_views",
                              "daily_cards", "daily_listens"})
        EXPECT_EQ(counts.at(table), 0) << table;
    sqlite3* db = store.db.get();
    sqlite3_stmt* s = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &s, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_step(s), SQLITE_ROW);
    EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)), "wal");
    sqlite3_finalize(s);
    ASSERT_EQ(sqlite3_prepare_v2(db, "PRAGMA synchronous", -1, &s, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_step(s), SQLITE_ROW);
    EXPECT_EQ(sqlite3_column_int(s, 0), 2) << "FULL";
    sqlite3_finalize(s);
    EXPECT_EQ(integrity_check(store), "ok");
}

TEST_F(Store, RecordsSessionsCardsAndTouches) {
    ASSERT_TRUE(record_visits(store, visit(3600, app::Language::Russian, "manganese-ore"), clock_at(kMarch1, 3700)));
    const auto counts = table_row_counts(store);
    EXPECT_EQ(counts.at("sessions"), 1);
    EXPECT_EQ(counts.at("card_opens"), 1);
    EXPECT_EQ(counts.at("touch_cells"), 1) << "touches are counted per cell, not stored one by one";

    const app::StatsTotals t = read_totals(store);
    ASSERT_EQ(t.days.size(), 1u);
    const app::DayTotals& d = t.days.at("2024-03-01");
    EXPECT_EQ(d.languages.at("ru").sessions, 1);
    EXPECT_EQ(d.languages.at("ru").idle_resets, 1);
    EXPECT_DOUBLE_EQ(d.languages.at("ru").engaged_s, 20) << "the idle wait is not time spent";
    EXPECT_EQ(d.views.at("telegram"), 1);
    EXPECT_EQ(d.cards.at("manganese-ore").opens, 1);
    EXPECT_DOUBLE_EQ(d.cards.at("manganese-ore").dwell_s, 10);
    EXPECT_EQ((d.touches.at({6, 5})), 2);
    const app::ListenTotals& heard = d.listens.at({"annotation:manganese-ore", "ru"});
    EXPECT_EQ(heard.plays, 1);
    EXPECT_EQ(heard.to_end, 1);
    EXPECT_DOUBLE_EQ(heard.heard_s, 8);
}

TEST_F(Store, RecordsWhatWasHeardInWhichLanguageAndWhetherToTheEnd) {
    using L = app::Language;
    ASSERT_TRUE(
        record_visits(store,
                      {ev(K::SessionStart, 0, {}, L::Portuguese), ev(K::ListenStarted, 1, "telegram", L::Portuguese),
                       listen_ended(31, "telegram", L::Portuguese, 30, false),
                       ev(K::ListenStarted, 40, "annotation:a", L::Portuguese),
                       listen_ended(52.5, "annotation:a", L::Portuguese, 12.5, true),
                       ev(K::ListenStarted, 60, "annotation:a", L::Portuguese)},  // the program stopped meanwhile
                      clock_at(kMarch1, 70)));
    const app::DayTotals d = read_totals(store).days.at("2024-03-01");
    const app::ListenTotals& telegram = d.listens.at({"telegram", "pt"});
    EXPECT_EQ(telegram.plays, 1);
    EXPECT_EQ(telegram.stopped, 1);
    EXPECT_EQ(telegram.to_end, 0);
    EXPECT_DOUBLE_EQ(telegram.heard_s, 30);
    const app::ListenTotals& card = d.listens.at({"annotation:a", "pt"});
    EXPECT_EQ(card.plays, 2);
    EXPECT_EQ(card.stopped, 1) << "the second play's end was never seen";
    EXPECT_EQ(card.to_end, 1);
    EXPECT_DOUBLE_EQ(card.heard_s, 12.5);
}

TEST_F(Store, AFileFromBeforeListeningGainsItsTablesAndKeepsItsRows) {
    ASSERT_TRUE(record_visits(store, visit(3600, app::Language::English, "manganese-ore"), clock_at(kMarch1, 3700)));
    // Make it a version-1 file: the tables for listening did not exist then.
    for (const char* sql : {"DROP TABLE listens", "DROP TABLE daily_listens", "PRAGMA user_version=1"})
        ASSERT_EQ(sqlite3_exec(store.db.get(), sql, nullptr, nullptr, nullptr), SQLITE_OK) << sql;
    store = StatsStore{};

    ASSERT_TRUE(open_stats_store(store, dir.path / kStatsFileName, &log)) << log.str();
    const auto counts = table_row_counts(store);
    EXPECT_EQ(counts.at("sessions"), 1) << "nothing recorded before is lost";
    EXPECT_EQ(counts.at("listens"), 0);
    EXPECT_EQ(counts.at("daily_listens"), 0);
    ASSERT_TRUE(record_visits(store, {ev(K::ListenStarted, 0, "telegram")}, clock_at(kMarch1, 10)));
    EXPECT_EQ(table_row_counts(store).at("listens"), 1);
    sqlite3_stmt* s = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(store.db.get(), "PRAGMA user_version", -1, &s, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_step(s), SQLITE_ROW);
    EXPECT_EQ(sqlite3_column_int(s, 0), 2);
    sqlite3_finalize(s);
}

TEST_F(Store, StoresNothingFinerThanAMinute) {
    ASSERT_TRUE(record_visits(store, {ev(K::SessionStart, 0)}, clock_at(kMarch1 + 3600 + 59.9, 0)));
    sqlite3_stmt* s = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(store.db.get(), "SELECT start FROM sessions", -1, &s, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_step(s), SQLITE_ROW);
    EXPECT_EQ(sqlite3_column_int64(s, 0), static_cast<std::int64_t>(kMarch1) + 3600);
    sqlite3_finalize(s);
}

// A kiosk without a real-time clock, back from a power cut: its clock says a day earlier than the last visit
// stored. The next visits are dated no earlier than that one, also after the store is opened again.
TEST_F(Store, AClockSetBackAfterAPowerCutDatesNoVisitInThePast) {
    ASSERT_TRUE(
        record_visits(store, {ev(K::SessionStart, 0, {}, app::Language::English)}, clock_at(kMarch1 + 7200, 0)));
    store = StatsStore{};
    ASSERT_TRUE(open_stats_store(store, dir.path / kStatsFileName, &log)) << log.str();
    ASSERT_TRUE(
        record_visits(store, {ev(K::SessionStart, 5, {}, app::Language::Russian)}, clock_at(kMarch1 - 86400, 5)));
    sqlite3_stmt* s = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(store.db.get(), "SELECT day, start FROM sessions ORDER BY id", -1, &s, nullptr),
              SQLITE_OK);
    std::vector<std::pair<std::string, std::int64_t>> rows;
    while (sqlite3_step(s) == SQLITE_ROW)
        rows.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)), sqlite3_column_int64(s, 1));
    sqlite3_finalize(s);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[1].first, "2024-03-01");
    EXPECT_GE(rows[1].second, rows[0].second);
}

TEST_F(Store, ASessionCutShortByAStopCountsButIsNoIdleReset) {
    std::vector<app::VisitEvent> events = visit(0, app::Language::Portuguese, "x");
    events.pop_back();  // no SessionEnd: the program stopped
    ASSERT_TRUE(record_visits(store, events, clock_at(kMarch1, 50)));
    const app::LanguageTotals& l = read_totals(store).days.at("2024-03-01").languages.at("pt");
    EXPECT_EQ(l.sessions, 1);
    EXPECT_EQ(l.idle_resets, 0);
}

TEST_F(Store, RollUpFoldsOldDaysIntoTotalsAndKeepsTheAnswer) {
    // Ten days, a visitor or two each.
    for (int day = 0; day < 10; ++day) {
        const double zero = kMarch1 + day * 86400.0;
        ASSERT_TRUE(record_visits(store, visit(36000, app::Language::English, "card-a"), clock_at(zero, 36200)));
        if (day % 2) {
            ASSERT_TRUE(record_visits(store, visit(40000, app::Language::Russian, "card-b"), clock_at(zero, 40200)));
        }
    }
    const app::StatsTotals before = read_totals(store);
    const std::string csv_before = app::stats_csv(before);
    EXPECT_EQ(table_row_counts(store).at("sessions"), 15);

    // On 2024-03-10, keeping 3 days keeps the 8th, 9th and 10th in detail.
    const std::string cutoff = app::rollup_cutoff_day(static_cast<std::int64_t>(kMarch1) + 9 * 86400 + 43200, 0, 3);
    EXPECT_EQ(cutoff, "2024-03-08");
    ASSERT_TRUE(roll_up(store, cutoff));
    const auto counts = table_row_counts(store);
    EXPECT_EQ(counts.at("sessions"), 2 + 1 + 2) << "8th: 2, 9th: 1, 10th: 2";
    EXPECT_EQ(counts.at("card_opens"), 5);
    EXPECT_EQ(counts.at("listens"), 5);
    EXPECT_EQ(counts.at("daily_sessions"), 7 + 3) << "one row per day and language rolled up";
    EXPECT_EQ(counts.at("daily_listens"), 7 + 3) << "one row per day, narration and language";
    EXPECT_EQ(app::stats_csv(read_totals(store)), csv_before) << "rolling up changes how, not what, is stored";

    ASSERT_TRUE(roll_up(store, cutoff));  // again: nothing left to fold, nothing counted twice
    EXPECT_EQ(app::stats_csv(read_totals(store)), csv_before);
    EXPECT_EQ(integrity_check(store), "ok");
}

TEST_F(Store, ExportWritesTheDocumentedCsv) {
    ASSERT_TRUE(record_visits(store, visit(3600, app::Language::English, "manganese-ore"), clock_at(kMarch1, 3700)));
    const std::filesystem::path file = dir.path / "out.csv";
    std::string error;
    ASSERT_TRUE(export_stats_csv(store, file, &error)) << error;
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    EXPECT_EQ(text.str(),
              "record,day,language,item,count,seconds\n"
              "sessions,2024-03-01,en,,1,20.0\n"
              "idle_resets,2024-03-01,en,,1,\n"
              "views,2024-03-01,,telegram,1,\n"
              "card_opens,2024-03-01,,manganese-ore,1,\n"
              "card_dwell,2024-03-01,,manganese-ore,1,10.0\n"
              "touches,2024-03-01,,c6r5,2,\n"
              "listens,2024-03-01,en,annotation:manganese-ore,1,\n"
              "listen_time,2024-03-01,en,annotation:manganese-ore,1,8.0\n"
              "listens_to_end,2024-03-01,en,annotation:manganese-ore,1,\n");
}

TEST(StatsStoreFailure, AnUnwritableFolderIsLoggedOnceAndIgnored) {
    if (::geteuid() == 0) GTEST_SKIP() << "root writes anywhere";
    TempDir dir;
    std::filesystem::permissions(dir.path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
    std::ostringstream log;
    StatsStore store;
    EXPECT_FALSE(open_stats_store(store, dir.path / kStatsFileName, &log));
    EXPECT_FALSE(record_visits(store, {ev(K::SessionStart, 0)}, clock_at(kMarch1, 0)));
    EXPECT_TRUE(read_totals(store).days.empty());
    EXPECT_NE(log.str().find("carries on"), std::string::npos) << log.str();
}

TEST(StatsStoreFailure, AFileThatCannotBeADatabaseIsLoggedAndIgnored) {
    // Works as root too: a folder where the database file should be cannot be opened by anyone.
    TempDir dir;
    std::filesystem::create_directories(dir.path / kStatsFileName);
    std::ostringstream log;
    StatsStore store;
    EXPECT_FALSE(open_stats_store(store, dir.path / kStatsFileName, &log));
    EXPECT_FALSE(record_visits(store, {ev(K::SessionStart, 0)}, clock_at(kMarch1, 0)));
    EXPECT_NE(log.str().find("carries on"), std::string::npos) << log.str();
}

TEST(StatsStoreFailure, AMissingFolderIsLoggedOnceAndIgnored) {
    TempDir dir;
    std::ostringstream log;
    StatsStore store;
    EXPECT_FALSE(open_stats_store(store, dir.path / "no" / "such" / kStatsFileName, &log));
    EXPECT_FALSE(record_visits(store, {ev(K::SessionStart, 0)}, clock_at(kMarch1, 0)));
    EXPECT_FALSE(roll_up(store, "2024-03-01"));
    EXPECT_NE(log.str().find("cannot open"), std::string::npos) << log.str();
}

TEST_F(Store, AFullDiskIsLoggedOnceAndTheStoreCarriesOn) {
    // SQLite's page limit stands in for a full disk: writes fail with SQLITE_FULL.
    char* err = nullptr;
    ASSERT_EQ(sqlite3_exec(store.db.get(), "PRAGMA max_page_count = 1", nullptr, nullptr, &err), SQLITE_OK);
    std::vector<app::VisitEvent> many;
    for (int i = 0; i < 2000; ++i) many.push_back(ev(K::CardOpened, i, std::string(200, 'x')));
    EXPECT_FALSE(record_visits(store, many, clock_at(kMarch1, 2000)));
    EXPECT_FALSE(record_visits(store, many, clock_at(kMarch1, 2000)));
    const std::string said = log.str();
    EXPECT_NE(said.find("cannot write"), std::string::npos) << said;
    EXPECT_EQ(said.find("cannot write"), said.rfind("cannot write")) << "said once: " << said;
    EXPECT_EQ(integrity_check(store), "ok");
}

}  // namespace
}  // namespace platform
