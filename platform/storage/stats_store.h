// Visitor statistics on the device, in SQLite: the exhibit's visit events go in as they happen, totals come
// out for the overlay and the CSV export. Nothing that identifies a person is stored (app/maintenance/
// stats_rules.h says how coarse times and touches are).
//
// Durability: WAL journal with synchronous=FULL, one transaction per batch of events (one frame's worth,
// usually a single event). A kill -9 or a power cut loses at most the batch being written and never the file.
// FULL rather than NORMAL because in WAL mode NORMAL may lose every transaction since the last checkpoint to
// a power cut; the price is one fsync per frame that has events, which are rare (taps, not frames).
//
// Failure never stops the exhibit: a missing or unwritable folder, a full disk or a corrupt file is logged
// once, and the store then drops events until the program restarts.
#pragma once
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "maintenance/stats_totals.h"
#include "visit_log.h"

struct sqlite3;

namespace platform {

constexpr const char* kStatsFileName = "visitor-stats.sqlite";

struct SqliteCloser {
    void operator()(sqlite3* db) const;
};

struct StatsStore {
    std::unique_ptr<sqlite3, SqliteCloser> db;
    std::filesystem::path path;
    std::ostream* log = nullptr;  // where the one failure message goes (stderr in the program)
    bool failure_logged = false;
    // The session in progress, so its end and views can be added to its row.
    std::int64_t session_row = 0;
    double session_start_unix = 0;
    std::set<std::string> session_views;
    std::int64_t open_card_row = 0;  // the card open now (the exhibit shows one at a time)
    std::int64_t listen_row = 0;     // the narration playing now (one at a time)
    // The latest time already stored (Unix seconds). A kiosk without a real-time clock comes back from a power cut
    // with its clock behind; new events are never dated before what is stored, so no visit lands in the past.
    double not_before_unix = 0;
};

// How the exhibit's clock maps to the calendar for one batch of events.
struct VisitClock {
    double unix_now = 0;            // wall clock now, Unix seconds
    double exhibit_now = 0;         // the exhibit's clock at the same moment
    std::int64_t utc_offset_s = 0;  // local time's offset from UTC, for the day an event belongs to
    double idle_wait_s = 80;        // idle timeout + countdown: how long before an idle reset the visitor left
};

// Opens (creating if needed) the store file, sets WAL and the schema. False (logged once to `log`) on failure;
// the store then ignores every call.
bool open_stats_store(StatsStore& store, const std::filesystem::path& file, std::ostream* log);

// Writes a batch of visit events in one transaction. False when nothing could be written.
bool record_visits(StatsStore& store, const std::vector<app::VisitEvent>& events, const VisitClock& clock);

// Every day's totals: the daily tables plus the detailed rows not rolled up yet, added together.
app::StatsTotals read_totals(StatsStore& store);

// Folds detailed rows of days before `cutoff_day` (app::rollup_cutoff_day) into the daily totals and deletes
// them, in one transaction, so that read_totals gives the same answer before and after.
bool roll_up(StatsStore& store, const std::string& cutoff_day);

// Rows in each table by name, for tests and the overlay.
std::map<std::string, std::int64_t> table_row_counts(StatsStore& store);

// "ok" when SQLite's integrity check passes, else its complaint.
std::string integrity_check(StatsStore& store);

// Local time's offset from UTC at `unix_s` (daylight saving included).
std::int64_t local_utc_offset(std::int64_t unix_s);

}  // namespace platform
