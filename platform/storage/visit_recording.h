// Visit events from the exhibit into the statistics store, each frame: the link between app::VisitLog and
// platform/storage/stats_store, used by the window and by headless replays. Rolls old rows up once an hour.
#pragma once
#include <filesystem>
#include <ostream>

#include "exhibit.h"
#include "storage/stats_store.h"

namespace platform {

struct VisitRecorder {
    StatsStore store;
    bool open = false;
    double next_rollup_unix = 0;
};

// Opens <data_dir>/visitor-stats.sqlite. Failure is logged once to `log`; the recorder then drops events.
VisitRecorder open_visit_recorder(const std::filesystem::path& data_dir, std::ostream& log);

// Takes the exhibit's pending visit events and writes them, stamped by the wall clock `unix_now`.
void record_pending_visits(VisitRecorder& recorder, app::Exhibit& exhibit, double unix_now);

// The wall clock, Unix seconds.
double unix_now();

}  // namespace platform
