// The rules of the visitor statistics, apart from any database: which day an event belongs to, how coarse the
// stored times and touches are, and which rows are old enough to be rolled up into daily totals.
//
// Privacy: times are kept to the minute and touches only as counts in a coarse grid over the telegram page,
// so nothing stored can be matched to a person on a camera or replayed as their gestures.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "../geometry.h"

namespace app {

// Detailed rows (one per session and per card opened) are kept this many whole days, today included; older
// ones are folded into daily totals. Daily totals are kept for ever: a few hundred bytes a day.
constexpr int kKeepDetailDays = 30;

// The touch heatmap's grid over the telegram page: columns left to right, rows top to bottom.
constexpr int kHeatColumns = 12;
constexpr int kHeatRows = 20;

struct HeatCell {
    int column = 0;
    int row = 0;
};

// The cell of a touch given as fractions of the page (0..1); nothing outside the page.
std::optional<HeatCell> heat_cell(Vec2 page_fraction);

// A time as stored: Unix seconds rounded down to the minute.
std::int64_t stored_time(std::int64_t unix_s);

// The local calendar day of `unix_s` as "YYYY-MM-DD", for a place `utc_offset_s` ahead of UTC.
std::string day_key(std::int64_t unix_s, std::int64_t utc_offset_s);

// Days since 1970-01-01 of a "YYYY-MM-DD" key, and back; nothing for a malformed key.
std::optional<std::int64_t> day_number(const std::string& day);
std::string day_from_number(std::int64_t days);

// The first day whose detailed rows are kept at `now_unix`: rows of earlier days are rolled up.
// Whole days, so a day's numbers are never split between detail and totals.
std::string rollup_cutoff_day(std::int64_t now_unix, std::int64_t utc_offset_s, int keep_days = kKeepDetailDays);

}  // namespace app
