#include "timeline_order.h"

#include <algorithm>

namespace app {
namespace {

constexpr double kMinutesPerDay = 24 * 60;

double first_day(const TimelineDate& d) { return static_cast<double>(date_span(d).first) / kMinutesPerDay; }
double end_day(const TimelineDate& d) { return static_cast<double>(date_span(d).last + 1) / kMinutesPerDay; }

// A pair listed in the wrong order: `later` (in the file) surely happened before `earlier`.
bool clash(const std::vector<TimelineDate>& dates, std::size_t earlier, std::size_t later) {
    return surely_before(dates[later], dates[earlier]);
}

}  // namespace

std::vector<OutOfOrder> find_out_of_order(const std::vector<TimelineDate>& dates) {
    const std::size_t n = dates.size();
    std::vector<bool> removed(n, false);
    std::vector<OutOfOrder> out;
    // Take out the event in the most clashes until none are left: one event far from its place clashes with
    // many, each of which clashes only with it. A tie takes the one listed later.
    for (;;) {
        std::size_t worst = n;
        int worst_count = 0;
        for (std::size_t k = 0; k < n; ++k) {
            if (removed[k]) continue;
            int count = 0;
            for (std::size_t j = 0; j < n; ++j)
                if (!removed[j] && j != k) count += j < k ? clash(dates, j, k) : clash(dates, k, j);
            if (count > 0 && count >= worst_count) {
                worst = k;
                worst_count = count;
            }
        }
        if (worst == n) break;
        removed[worst] = true;
        // Say where it belongs: above the first event listed before it that it preceded, else below the last
        // event listed after it that preceded it.
        OutOfOrder o{static_cast<int>(worst), -1, true};
        for (std::size_t j = 0; j < worst && o.other < 0; ++j)
            if (!removed[j] && clash(dates, j, worst)) o.other = static_cast<int>(j);
        if (o.other < 0) {
            o.move_above = false;
            for (std::size_t j = n; j-- > worst + 1 && o.other < 0;)
                if (!removed[j] && clash(dates, worst, j)) o.other = static_cast<int>(j);
        }
        out.push_back(o);
    }
    std::sort(out.begin(), out.end(), [](const OutOfOrder& a, const OutOfOrder& b) { return a.event < b.event; });
    return out;
}

std::vector<double> event_days(const std::vector<TimelineDate>& dates) {
    const std::size_t n = dates.size();
    std::vector<double> days(n, 0);
    std::vector<bool> exact(n, false);
    for (std::size_t i = 0; i < n; ++i) {
        if (dates[i].precision != DatePrecision::Day) continue;
        exact[i] = true;
        const double midnight = static_cast<double>(days_from_civil(dates[i].year, dates[i].month, dates[i].day));
        days[i] = midnight + (dates[i].minute >= 0 ? dates[i].minute / kMinutesPerDay : 0.5);
    }
    // Runs of events known only to the month or year, between the exact events listed around them.
    for (std::size_t a = 0; a < n;) {
        if (exact[a]) {
            ++a;
            continue;
        }
        std::size_t b = a;
        while (b < n && !exact[b]) ++b;  // [a, b) is the run
        const bool has_prev = a > 0, has_next = b < n;
        const std::size_t m = b - a;
        for (std::size_t k = 0; k < m; ++k) {
            const TimelineDate& d = dates[a + k];
            const double lo = has_prev ? std::clamp(days[a - 1], first_day(d), end_day(d)) : first_day(d);
            const double hi = has_next ? std::clamp(days[b], first_day(d), end_day(d)) : end_day(d);
            const double t = static_cast<double>(k + 1) / static_cast<double>(m + 1);
            days[a + k] = lo + (std::max(lo, hi) - lo) * t;
        }
        a = b;
    }
    // Rounding aside, keep the file's order on the axis.
    for (std::size_t i = 1; i < n; ++i)
        if (days[i] < days[i - 1] && !surely_before(dates[i], dates[i - 1]))
            days[i] = std::min(days[i - 1], end_day(dates[i]));
    return days;
}

}  // namespace app
