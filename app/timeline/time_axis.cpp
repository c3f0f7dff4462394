#include "time_axis.h"

#include <cmath>
#include <cstdint>

#include "../content/timeline_date.h"

namespace app {

void civil_from_days(double day, int& year, int& month) {
    // Howard Hinnant's civil_from_days, the inverse of days_from_civil.
    const std::int64_t z = static_cast<std::int64_t>(std::floor(day)) + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

namespace {

double first_of_month(int year, int month) {
    while (month < 1) month += 12, --year;
    while (month > 12) month -= 12, ++year;
    return static_cast<double>(days_from_civil(year, month, 1));
}

}  // namespace

void axis_range(const std::vector<double>& days, double& start_day, double& end_day) {
    if (days.empty()) {
        start_day = first_of_month(1935, 1);
        end_day = first_of_month(1936, 1);
        return;
    }
    double lo = days.front(), hi = days.front();
    for (double d : days) lo = std::min(lo, d), hi = std::max(hi, d);
    int y = 0, m = 0;
    civil_from_days(lo, y, m);
    start_day = first_of_month(y, m - 1);
    civil_from_days(hi, y, m);
    end_day = first_of_month(y, m + 2);
}

std::vector<MonthTick> month_ticks(const TimeAxis& axis) {
    std::vector<MonthTick> ticks;
    int y = 0, m = 0;
    civil_from_days(axis.start_day, y, m);
    for (double d = first_of_month(y, m); d <= axis.end_day + 0.5; d = first_of_month(y, m)) {
        if (d >= axis.start_day - 0.5) ticks.push_back({d, y, m});
        if (++m > 12) m = 1, ++y;
    }
    return ticks;
}

int month_label_step(float px_per_day, float widest_px, float gap_px) {
    const float month_px = px_per_day * 30.44f;
    for (int step : {1, 2, 3, 6})
        if (month_px * static_cast<float>(step) >= widest_px + gap_px) return step;
    return 12;
}

}  // namespace app
