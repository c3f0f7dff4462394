#include "storage/visit_recording.h"

#include <chrono>
#include <cmath>

#include "maintenance/stats_rules.h"

namespace platform {

constexpr double kRollupIntervalS = 3600;

VisitRecorder open_visit_recorder(const std::filesystem::path& data_dir, std::ostream& log) {
    VisitRecorder r;
    r.open = open_stats_store(r.store, data_dir / kStatsFileName, &log);
    return r;
}

void record_pending_visits(VisitRecorder& recorder, app::Exhibit& exhibit, double now) {
    std::vector<app::VisitEvent> events = app::take_visit_events(exhibit.visits);  // drained even when not stored
    if (!recorder.open) return;
    const auto whole = static_cast<std::int64_t>(std::floor(now));
    if (!events.empty()) {
        VisitClock clock;
        clock.unix_now = now;
        clock.exhibit_now = exhibit.now;
        clock.utc_offset_s = local_utc_offset(whole);
        clock.idle_wait_s = exhibit.options.idle.timeout_s + exhibit.options.idle.countdown_s;
        record_visits(recorder.store, events, clock);
    }
    if (now >= recorder.next_rollup_unix) {
        roll_up(recorder.store, app::rollup_cutoff_day(whole, local_utc_offset(whole)));
        recorder.next_rollup_unix = now + kRollupIntervalS;
    }
}

double unix_now() { return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count(); }

}  // namespace platform
