#include "stats_rules.h"

#include "text/number_text.h"

namespace app {
namespace {

std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian calendar).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const std::int64_t era = floor_div(y, 400);
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civil_from_days(std::int64_t z, std::int64_t& y, unsigned& m, unsigned& d) {
    z += 719468;
    const std::int64_t era = floor_div(z, 146097);
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
}

}  // namespace

std::optional<HeatCell> heat_cell(Vec2 f) {
    if (!(f.x >= 0 && f.x <= 1 && f.y >= 0 && f.y <= 1)) return std::nullopt;  // also NaN
    HeatCell cell;
    cell.column = f.x >= 1 ? kHeatColumns - 1 : static_cast<int>(f.x * kHeatColumns);
    cell.row = f.y >= 1 ? kHeatRows - 1 : static_cast<int>(f.y * kHeatRows);
    return cell;
}

std::int64_t stored_time(std::int64_t unix_s) { return floor_div(unix_s, 60) * 60; }

std::string day_from_number(std::int64_t days) {
    std::int64_t y = 0;
    unsigned m = 0;
    unsigned d = 0;
    civil_from_days(days, y, m, d);
    return zero_padded(static_cast<long long>(y), 4) + "-" + zero_padded(m, 2) + "-" + zero_padded(d, 2);
}

std::string day_key(std::int64_t unix_s, std::int64_t utc_offset_s) {
    return day_from_number(floor_div(unix_s + utc_offset_s, 86400));
}

std::optional<std::int64_t> day_number(const std::string& day) {
    if (day.size() != 10 || day[4] != '-' || day[7] != '-') return std::nullopt;
    const std::string_view text = day;
    const std::optional<long long> y = digits_value(text.substr(0, 4));
    const std::optional<long long> m = digits_value(text.substr(5, 2));
    const std::optional<long long> d = digits_value(text.substr(8, 2));
    if (!y || !m || !d || *m < 1 || *m > 12 || *d < 1 || *d > 31) return std::nullopt;
    const std::int64_t n = days_from_civil(*y, static_cast<unsigned>(*m), static_cast<unsigned>(*d));
    if (day_from_number(n) != day) return std::nullopt;  // 2023-02-30 and the like
    return n;
}

std::string rollup_cutoff_day(std::int64_t now_unix, std::int64_t utc_offset_s, int keep_days) {
    const std::int64_t today = floor_div(now_unix + utc_offset_s, 86400);
    return day_from_number(today - (keep_days - 1));
}

}  // namespace app
