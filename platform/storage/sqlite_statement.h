// A prepared SQLite statement that finalizes itself, with binding by position. For the statistics store only.
#pragma once
#include <cstdint>
#include <string>

#include <sqlite3.h>

namespace platform {

class SqliteStatement {
public:
    SqliteStatement(sqlite3* db, const char* sql) {
        if (db) rc_ = sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr);
    }
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;
    ~SqliteStatement() { sqlite3_finalize(stmt_); }

    bool ok() const { return stmt_ && (rc_ == SQLITE_OK || rc_ == SQLITE_ROW || rc_ == SQLITE_DONE); }
    int rc() const { return rc_; }

    SqliteStatement& bind(int i, std::int64_t v) { return keep(sqlite3_bind_int64(stmt_, i, v)); }
    SqliteStatement& bind(int i, int v) { return keep(sqlite3_bind_int(stmt_, i, v)); }
    SqliteStatement& bind(int i, double v) { return keep(sqlite3_bind_double(stmt_, i, v)); }
    SqliteStatement& bind(int i, const std::string& v) {
        return keep(sqlite3_bind_text(stmt_, i, v.c_str(), static_cast<int>(v.size()), SQLITE_TRANSIENT));
    }
    SqliteStatement& bind_null(int i) { return keep(sqlite3_bind_null(stmt_, i)); }

    // One step: true while a row is there to read.
    bool row() {
        if (!ok()) return false;
        rc_ = sqlite3_step(stmt_);
        return rc_ == SQLITE_ROW;
    }
    // Runs a statement that returns no rows; true when it did.
    bool run() {
        if (!ok()) return false;
        rc_ = sqlite3_step(stmt_);
        return rc_ == SQLITE_DONE;
    }

    std::int64_t int64(int col) const { return sqlite3_column_int64(stmt_, col); }
    double real(int col) const { return sqlite3_column_double(stmt_, col); }
    bool is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
    std::string text(int col) const {
        const auto* p = sqlite3_column_text(stmt_, col);
        return p ? std::string(reinterpret_cast<const char*>(p),
                               static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col)))
                 : std::string();
    }

private:
    SqliteStatement& keep(int rc) {
        if (rc != SQLITE_OK && ok()) rc_ = rc;
        return *this;
    }
    sqlite3_stmt* stmt_ = nullptr;
    int rc_ = SQLITE_MISUSE;
};

}  // namespace platform
