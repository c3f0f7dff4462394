#include "storage/stats_store.h"

#include <algorithm>
#include <cmath>
#include <ctime>

#include <sqlite3.h>

#include "maintenance/stats_rules.h"
#include "storage/sqlite_statement.h"

namespace platform {
namespace {

// Version 2 added listens and daily_listens; every table is created if missing, so a version-1 file gains them
// when it is opened and keeps what it held.
constexpr int kSchemaVersion = 2;

// The schema. Times are Unix seconds rounded to the minute; days are local "YYYY-MM-DD".
constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS sessions(
  id INTEGER PRIMARY KEY,
  day TEXT NOT NULL,                -- local day the session began
  start INTEGER NOT NULL,           -- when it began
  end INTEGER,                      -- when the idle reset ended it; NULL while running or when the program stopped
  language TEXT NOT NULL,           -- chosen on the attract screen: en, ru, pt
  views TEXT NOT NULL DEFAULT '',   -- views entered, comma-separated: telegram, map, timeline
  engaged_s REAL                    -- first touch to last: end - start - idle wait; NULL until ended
);
CREATE TABLE IF NOT EXISTS card_opens(
  id INTEGER PRIMARY KEY,
  day TEXT NOT NULL,
  at INTEGER NOT NULL,
  card TEXT NOT NULL,               -- the annotation's id from the content
  dwell_s REAL                      -- how long it stayed open; NULL until closed
);
CREATE TABLE IF NOT EXISTS listens(
  id INTEGER PRIMARY KEY,
  day TEXT NOT NULL,
  at INTEGER NOT NULL,
  subject TEXT NOT NULL,            -- what was read aloud: telegram, or annotation:<id>
  language TEXT NOT NULL,           -- the narration's: en, ru, pt
  heard_s REAL,                     -- how long it played; NULL until it stopped
  to_end INTEGER                    -- 1 when it played to its end; NULL until it stopped
);
CREATE TABLE IF NOT EXISTS touch_cells(
  day TEXT NOT NULL, col INTEGER NOT NULL, row INTEGER NOT NULL, touches INTEGER NOT NULL,
  PRIMARY KEY(day, col, row)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS daily_sessions(
  day TEXT NOT NULL, language TEXT NOT NULL, sessions INTEGER NOT NULL, idle_resets INTEGER NOT NULL,
  engaged_s REAL NOT NULL, PRIMARY KEY(day, language)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS daily_views(
  day TEXT NOT NULL, view TEXT NOT NULL, sessions INTEGER NOT NULL, PRIMARY KEY(day, view)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS daily_cards(
  day TEXT NOT NULL, card TEXT NOT NULL, opens INTEGER NOT NULL, closed INTEGER NOT NULL, dwell_s REAL NOT NULL,
  PRIMARY KEY(day, card)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS daily_listens(
  day TEXT NOT NULL, subject TEXT NOT NULL, language TEXT NOT NULL, plays INTEGER NOT NULL, stopped INTEGER NOT NULL,
  to_end INTEGER NOT NULL, heard_s REAL NOT NULL, PRIMARY KEY(day, subject, language)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS sessions_day ON sessions(day);
CREATE INDEX IF NOT EXISTS card_opens_day ON card_opens(day);
CREATE INDEX IF NOT EXISTS listens_day ON listens(day);
)sql";

bool failed(StatsStore& store, const std::string& what) {
    if (!store.failure_logged && store.log) {
        const char* detail = store.db ? sqlite3_errmsg(store.db.get()) : "";
        *store.log << "exhibit: visitor statistics in " << store.path.string() << ": " << what
                   << (*detail ? std::string(": ") + detail : std::string()) << " (said once; the exhibit carries on"
                   << " without saving statistics)\n";
    }
    store.failure_logged = true;
    return false;
}

bool exec(sqlite3* db, const char* sql) { return db && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }

const char* language_code_of(app::Language l) { return app::language_code(l); }

std::string join(const std::set<std::string>& names) {
    std::string out;
    for (const std::string& n : names) out += (out.empty() ? "" : ",") + n;
    return out;
}

std::vector<std::string> split(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        if (comma > start) out.push_back(text.substr(start, comma - start));
        start = comma + 1;
    }
    return out;
}

double rounded(double s) { return std::round(s * 10) / 10; }  // tenths of a second are plenty

// One event into the open transaction. False on a database error.
bool record_one(StatsStore& store, const app::VisitEvent& e, const VisitClock& clock) {
    sqlite3* db = store.db.get();
    const double unix_s = std::max(clock.unix_now - (clock.exhibit_now - e.at), store.not_before_unix);
    store.not_before_unix = unix_s;
    const auto whole = static_cast<std::int64_t>(std::floor(unix_s));
    const std::string day = app::day_key(whole, clock.utc_offset_s);
    const std::int64_t at = app::stored_time(whole);
    using K = app::VisitEvent::Kind;
    switch (e.kind) {
        case K::SessionStart: {
            SqliteStatement s(db, "INSERT INTO sessions(day, start, language) VALUES(?, ?, ?)");
            s.bind(1, day).bind(2, at).bind(3, std::string(language_code_of(e.language)));
            if (!s.run()) return false;
            store.session_row = sqlite3_last_insert_rowid(db);
            store.session_start_unix = unix_s;
            store.session_views.clear();
            return true;
        }
        case K::ViewEntered: {
            if (store.session_row == 0 || !store.session_views.insert(e.id).second) return true;
            SqliteStatement s(db, "UPDATE sessions SET views = ? WHERE id = ?");
            return s.bind(1, join(store.session_views)).bind(2, store.session_row).run();
        }
        case K::SessionEnd: {
            if (store.session_row == 0) return true;
            const double engaged = std::max(0.0, unix_s - store.session_start_unix - clock.idle_wait_s);
            SqliteStatement s(db, "UPDATE sessions SET end = ?, engaged_s = ? WHERE id = ?");
            s.bind(1, at).bind(2, rounded(engaged)).bind(3, store.session_row);
            store.session_row = 0;
            return s.run();
        }
        case K::CardOpened: {
            SqliteStatement s(db, "INSERT INTO card_opens(day, at, card) VALUES(?, ?, ?)");
            if (!s.bind(1, day).bind(2, at).bind(3, e.id).run()) return false;
            store.open_card_row = sqlite3_last_insert_rowid(db);
            return true;
        }
        case K::CardClosed: {
            if (store.open_card_row == 0) return true;
            SqliteStatement s(db, "UPDATE card_opens SET dwell_s = ? WHERE id = ? AND card = ?");
            s.bind(1, rounded(std::max(0.0, e.seconds))).bind(2, store.open_card_row).bind(3, e.id);
            store.open_card_row = 0;
            return s.run();
        }
        case K::ListenStarted: {
            SqliteStatement s(db, "INSERT INTO listens(day, at, subject, language) VALUES(?, ?, ?, ?)");
            if (!s.bind(1, day).bind(2, at).bind(3, e.id).bind(4, std::string(language_code_of(e.language))).run())
                return false;
            store.listen_row = sqlite3_last_insert_rowid(db);
            return true;
        }
        case K::ListenEnded: {
            if (store.listen_row == 0) return true;
            SqliteStatement s(db, "UPDATE listens SET heard_s = ?, to_end = ? WHERE id = ? AND subject = ?");
            s.bind(1, rounded(std::max(0.0, e.seconds)))
                .bind(2, e.to_the_end ? 1 : 0)
                .bind(3, store.listen_row)
                .bind(4, e.id);
            store.listen_row = 0;
            return s.run();
        }
        case K::Touch: {
            const std::optional<app::HeatCell> cell = app::heat_cell(e.where);
            if (!cell) return true;
            SqliteStatement s(db,
                              "INSERT INTO touch_cells(day, col, row, touches) VALUES(?, ?, ?, 1) "
                              "ON CONFLICT(day, col, row) DO UPDATE SET touches = touches + 1");
            return s.bind(1, day).bind(2, cell->column).bind(3, cell->row).run();
        }
    }
    return true;
}

// Detailed rows (sessions, card_opens) of days before `before_day` ("" = every day) as totals.
app::StatsTotals detail_totals(sqlite3* db, const std::string& before_day) {
    app::StatsTotals t;
    const std::string where = before_day.empty() ? "" : " WHERE day < ?";
    {
        SqliteStatement s(
            db, ("SELECT day, language, views, end IS NOT NULL, COALESCE(engaged_s, 0) FROM sessions" + where).c_str());
        if (!before_day.empty()) s.bind(1, before_day);
        while (s.row()) {
            app::DayTotals& d = t.days[s.text(0)];
            app::LanguageTotals& l = d.languages[s.text(1)];
            ++l.sessions;
            if (s.int64(3)) {
                ++l.idle_resets;
                l.engaged_s += s.real(4);
            }
            for (const std::string& view : split(s.text(2))) ++d.views[view];
        }
    }
    {
        SqliteStatement s(db, ("SELECT day, card, dwell_s FROM card_opens" + where).c_str());
        if (!before_day.empty()) s.bind(1, before_day);
        while (s.row()) {
            app::CardTotals& c = t.days[s.text(0)].cards[s.text(1)];
            ++c.opens;
            if (!s.is_null(2)) {
                ++c.closed;
                c.dwell_s += s.real(2);
            }
        }
    }
    {
        SqliteStatement s(db,
                          ("SELECT day, subject, language, heard_s, COALESCE(to_end, 0) FROM listens" + where).c_str());
        if (!before_day.empty()) s.bind(1, before_day);
        while (s.row()) {
            app::ListenTotals& l = t.days[s.text(0)].listens[{s.text(1), s.text(2)}];
            ++l.plays;
            if (!s.is_null(3)) {
                ++l.stopped;
                l.heard_s += s.real(3);
                l.to_end += static_cast<int>(s.int64(4));
            }
        }
    }
    return t;
}

app::StatsTotals daily_totals(sqlite3* db) {
    app::StatsTotals t;
    {
        SqliteStatement s(db, "SELECT day, language, sessions, idle_resets, engaged_s FROM daily_sessions");
        while (s.row()) {
            app::LanguageTotals& l = t.days[s.text(0)].languages[s.text(1)];
            l.sessions += static_cast<int>(s.int64(2));
            l.idle_resets += static_cast<int>(s.int64(3));
            l.engaged_s += s.real(4);
        }
    }
    {
        SqliteStatement s(db, "SELECT day, view, sessions FROM daily_views");
        while (s.row()) t.days[s.text(0)].views[s.text(1)] += static_cast<int>(s.int64(2));
    }
    {
        SqliteStatement s(db, "SELECT day, card, opens, closed, dwell_s FROM daily_cards");
        while (s.row()) {
            app::CardTotals& c = t.days[s.text(0)].cards[s.text(1)];
            c.opens += static_cast<int>(s.int64(2));
            c.closed += static_cast<int>(s.int64(3));
            c.dwell_s += s.real(4);
        }
    }
    {
        SqliteStatement s(db, "SELECT day, subject, language, plays, stopped, to_end, heard_s FROM daily_listens");
        while (s.row()) {
            app::ListenTotals& l = t.days[s.text(0)].listens[{s.text(1), s.text(2)}];
            l.plays += static_cast<int>(s.int64(3));
            l.stopped += static_cast<int>(s.int64(4));
            l.to_end += static_cast<int>(s.int64(5));
            l.heard_s += s.real(6);
        }
    }
    {
        SqliteStatement s(db, "SELECT day, col, row, touches FROM touch_cells");
        while (s.row())
            t.days[s.text(0)].touches[{static_cast<int>(s.int64(1)), static_cast<int>(s.int64(2))}] +=
                static_cast<int>(s.int64(3));
    }
    return t;
}

bool add_to_daily_tables(sqlite3* db, const app::StatsTotals& t) {
    for (const auto& [day, d] : t.days) {
        for (const auto& [code, l] : d.languages) {
            SqliteStatement s(
                db,
                "INSERT INTO daily_sessions(day, language, sessions, idle_resets, engaged_s) VALUES(?,?,?,?,?) "
                "ON CONFLICT(day, language) DO UPDATE SET sessions = sessions + excluded.sessions, "
                "idle_resets = idle_resets + excluded.idle_resets, engaged_s = engaged_s + excluded.engaged_s");
            if (!s.bind(1, day).bind(2, code).bind(3, l.sessions).bind(4, l.idle_resets).bind(5, l.engaged_s).run())
                return false;
        }
        for (const auto& [view, n] : d.views) {
            SqliteStatement s(db,
                              "INSERT INTO daily_views(day, view, sessions) VALUES(?,?,?) "
                              "ON CONFLICT(day, view) DO UPDATE SET sessions = sessions + excluded.sessions");
            if (!s.bind(1, day).bind(2, view).bind(3, n).run()) return false;
        }
        for (const auto& [card, c] : d.cards) {
            SqliteStatement s(db,
                              "INSERT INTO daily_cards(day, card, opens, closed, dwell_s) VALUES(?,?,?,?,?) "
                              "ON CONFLICT(day, card) DO UPDATE SET opens = opens + excluded.opens, "
                              "closed = closed + excluded.closed, dwell_s = dwell_s + excluded.dwell_s");
            if (!s.bind(1, day).bind(2, card).bind(3, c.opens).bind(4, c.closed).bind(5, c.dwell_s).run()) return false;
        }
        for (const auto& [key, l] : d.listens) {
            SqliteStatement s(db,
                              "INSERT INTO daily_listens(day, subject, language, plays, stopped, to_end, heard_s) "
                              "VALUES(?,?,?,?,?,?,?) ON CONFLICT(day, subject, language) DO UPDATE SET "
                              "plays = plays + excluded.plays, stopped = stopped + excluded.stopped, "
                              "to_end = to_end + excluded.to_end, heard_s = heard_s + excluded.heard_s");
            s.bind(1, day).bind(2, key.first).bind(3, key.second).bind(4, l.plays).bind(5, l.stopped).bind(6, l.to_end);
            if (!s.bind(7, l.heard_s).run()) return false;
        }
    }
    return true;
}

}  // namespace

void SqliteCloser::operator()(sqlite3* db) const { sqlite3_close_v2(db); }

bool open_stats_store(StatsStore& store, const std::filesystem::path& file, std::ostream* log) {
    store = StatsStore{};
    store.path = file;
    store.log = log;
    sqlite3* raw = nullptr;
    const int rc =
        sqlite3_open_v2(file.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    store.db.reset(raw);  // closed even when opening failed
    if (rc != SQLITE_OK) {
        failed(store, "cannot open");
        store.db.reset();
        return false;
    }
    sqlite3* db = store.db.get();
    sqlite3_busy_timeout(db, 2000);  // an --export-stats next to the running kiosk waits its turn
    // journal_mode answers with the mode in force: "wal" unless the file system cannot do it.
    std::string mode;
    {
        SqliteStatement s(db, "PRAGMA journal_mode=WAL");
        if (s.row()) mode = s.text(0);
    }
    if (mode != "wal" || !exec(db, "PRAGMA synchronous=FULL") || !exec(db, "PRAGMA journal_size_limit=4194304") ||
        !exec(db, "PRAGMA foreign_keys=OFF") || !exec(db, kSchema) ||
        !exec(db, ("PRAGMA user_version=" + std::to_string(kSchemaVersion)).c_str())) {
        failed(store, mode.empty() || mode == "wal" ? "cannot set up the tables" : "no WAL journal (" + mode + ")");
        store.db.reset();
        return false;
    }
    SqliteStatement latest(db,
                           "SELECT MAX(t) FROM (SELECT MAX(start) AS t FROM sessions UNION ALL "
                           "SELECT MAX(at) FROM card_opens UNION ALL SELECT MAX(at) FROM listens)");
    if (latest.row()) store.not_before_unix = static_cast<double>(latest.int64(0));
    return true;
}

bool record_visits(StatsStore& store, const std::vector<app::VisitEvent>& events, const VisitClock& clock) {
    if (!store.db || events.empty()) return false;
    sqlite3* db = store.db.get();
    if (!exec(db, "BEGIN IMMEDIATE")) return failed(store, "cannot write");
    for (const app::VisitEvent& e : events) {
        if (!record_one(store, e, clock)) {
            exec(db, "ROLLBACK");
            // What the rolled-back rows were is unknown now: start the next batch afresh.
            store.session_row = 0;
            store.open_card_row = 0;
            store.listen_row = 0;
            return failed(store, "cannot write");
        }
    }
    if (!exec(db, "COMMIT")) {
        exec(db, "ROLLBACK");
        return failed(store, "cannot write");
    }
    return true;
}

app::StatsTotals read_totals(StatsStore& store) {
    app::StatsTotals t;
    if (!store.db) return t;
    // One read transaction, so a roll-up by another process cannot be seen half done.
    exec(store.db.get(), "BEGIN");
    t = daily_totals(store.db.get());
    app::add_totals(t, detail_totals(store.db.get(), ""));
    exec(store.db.get(), "COMMIT");
    return t;
}

bool roll_up(StatsStore& store, const std::string& cutoff_day) {
    if (!store.db) return false;
    sqlite3* db = store.db.get();
    if (!exec(db, "BEGIN IMMEDIATE")) return failed(store, "cannot roll up");
    const app::StatsTotals old = detail_totals(db, cutoff_day);
    bool ok = add_to_daily_tables(db, old);
    for (const char* sql : {"DELETE FROM sessions WHERE day < ?", "DELETE FROM card_opens WHERE day < ?",
                            "DELETE FROM listens WHERE day < ?"}) {
        SqliteStatement s(db, sql);
        ok = ok && s.bind(1, cutoff_day).run();
    }
    if (!ok || !exec(db, "COMMIT")) {
        exec(db, "ROLLBACK");
        return failed(store, "cannot roll up");
    }
    // Rows of a session or card still open may just have gone: their ends have nothing left to update.
    SqliteStatement session(db, "SELECT 1 FROM sessions WHERE id = ?");
    if (store.session_row && !session.bind(1, store.session_row).row()) store.session_row = 0;
    SqliteStatement card(db, "SELECT 1 FROM card_opens WHERE id = ?");
    if (store.open_card_row && !card.bind(1, store.open_card_row).row()) store.open_card_row = 0;
    SqliteStatement listen(db, "SELECT 1 FROM listens WHERE id = ?");
    if (store.listen_row && !listen.bind(1, store.listen_row).row()) store.listen_row = 0;
    return true;
}

std::map<std::string, std::int64_t> table_row_counts(StatsStore& store) {
    std::map<std::string, std::int64_t> out;
    for (const char* table : {"sessions", "card_opens", "listens", "touch_cells", "daily_sessions", "daily_views",
                              "daily_cards", "daily_listens"}) {
        SqliteStatement s(store.db.get(), (std::string("SELECT COUNT(*) FROM ") + table).c_str());
        out[table] = s.row() ? s.int64(0) : -1;
    }
    return out;
}

std::string integrity_check(StatsStore& store) {
    SqliteStatement s(store.db.get(), "PRAGMA integrity_check");
    std::string out;
    while (s.row()) out += (out.empty() ? "" : "; ") + s.text(0);
    return out.empty() ? "no answer" : out;
}

std::int64_t local_utc_offset(std::int64_t unix_s) {
    const auto t = static_cast<std::time_t>(unix_s);
    std::tm local{};
    if (!localtime_r(&t, &local)) return 0;
    return local.tm_gmtoff;
}

}  // namespace platform
