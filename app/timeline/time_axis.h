// The time line's scale: which stretch of time the track shows and how many pixels a day takes. Positions
// are "track" coordinates: x from the track's start, before scrolling.
#pragma once
#include <vector>

namespace app {

struct TimeAxis {
    double start_day = 0;  // days since 1970-01-01 where the track begins (a first of the month)
    double end_day = 0;    // where it ends
    float px_per_day = 1;
    float pad = 0;  // room before start_day and after end_day, so end labels and markers stay inside

    float x_of(double day) const { return pad + static_cast<float>((day - start_day) * px_per_day); }
    double day_of(float x) const { return start_day + (x - pad) / px_per_day; }
    float width() const { return 2 * pad + static_cast<float>((end_day - start_day) * px_per_day); }
};

// From the first of the month before the earliest event to the first of the second month after the latest:
// a little of the calm before and after the story. `days` as from event_days; an empty list gives one year.
void axis_range(const std::vector<double>& days, double& start_day, double& end_day);

struct MonthTick {
    double day = 0;  // the first of the month
    int year = 0;
    int month = 0;  // 1..12
};

// Every first of the month from start_day to end_day inclusive.
std::vector<MonthTick> month_ticks(const TimeAxis& axis);

// Label every n-th month (1, 2, 3, 6; 12: only years) so that month names of `widest_px` plus `gap_px`
// fit into the room between them.
int month_label_step(float px_per_day, float widest_px, float gap_px);

// Year and month (1..12) of a day number.
void civil_from_days(double day, int& year, int& month);

}  // namespace app
