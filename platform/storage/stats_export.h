// The visitor statistics as a CSV file (format: app/maintenance/stats_totals.h, stats_csv), for
// `exhibit --export-stats FILE.csv` and the overlay's Export button.
#pragma once
#include <filesystem>
#include <string>

#include "storage/stats_store.h"

namespace platform {

// Writes every day's totals to `file` atomically. False (and `error` set) when it cannot be written.
bool export_stats_csv(StatsStore& store, const std::filesystem::path& file, std::string* error = nullptr);

// Where the overlay puts an export: <data dir>/exports/visitor-stats-YYYY-MM-DD-HHMMSS.csv (local time).
std::filesystem::path overlay_export_path(const std::filesystem::path& data_dir, double unix_now);

}  // namespace platform
