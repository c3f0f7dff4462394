#include "storage/stats_export.h"

#include <cmath>
#include <ctime>

#include "storage/atomic_file.h"

namespace platform {

bool export_stats_csv(StatsStore& store, const std::filesystem::path& file, std::string* error) {
    if (!store.db) {
        if (error) *error = "the statistics store is not open";
        return false;
    }
    const std::string csv = app::stats_csv(read_totals(store));
    return write_file_atomically(file, csv, 0644, error);
}

std::filesystem::path overlay_export_path(const std::filesystem::path& data_dir, double unix_now) {
    const auto t = static_cast<std::time_t>(std::floor(unix_now));
    std::tm local{};
    localtime_r(&t, &local);
    char name[64];
    std::strftime(name, sizeof name, "visitor-stats-%Y-%m-%d-%H%M%S.csv", &local);
    return data_dir / "exports" / name;
}

}  // namespace platform
