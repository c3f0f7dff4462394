// Dates as historians write them: to the day (optionally with a time), to the month, or to the year only.
// A date means the whole stretch of time it names, so "1935-04" is any moment in April 1935.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

namespace app {

enum class DatePrecision { Day, Month, Year };

struct TimelineDate {
    int year = 0;
    int month = 0;  // 1..12; 0 with year precision
    int day = 0;    // 1..31; 0 unless precision is Day
    DatePrecision precision = DatePrecision::Day;
    int minute = -1;  // minutes after local midnight when a time was given (Day only), else -1
};

// "day", "month", "year" as written in content files.
const char* precision_name(DatePrecision precision);
std::optional<DatePrecision> parse_precision(const std::string& text);

// Reads "YYYY-MM-DD", "YYYY-MM" or "YYYY"; the form gives the precision. On failure says why in `error`,
// in a curator's words ("February 1935 has 28 days").
std::optional<TimelineDate> parse_date(const std::string& text, std::string& error);

// Reads "HH:MM" (24-hour clock) as minutes after midnight.
std::optional<int> parse_time(const std::string& text, std::string& error);

int days_in_month(int year, int month);

// Days since 1970-01-01 in the proleptic Gregorian calendar (negative before).
std::int64_t days_from_civil(int year, int month, int day);

// The first and the last minute a date can mean, in minutes since 1970-01-01 00:00, both inclusive:
// one minute for a time, a whole day, month or year otherwise.
struct DateSpan {
    std::int64_t first = 0;
    std::int64_t last = 0;
};
DateSpan date_span(const TimelineDate& date);

// True when everything `a` can mean lies before everything `b` can mean. Dates whose spans overlap
// ("1935-04" and "1935-04-10") are in neither order.
bool surely_before(const TimelineDate& a, const TimelineDate& b);

// "1935-04-05 19:00", "1935-04": the date as a curator wrote it, for messages.
std::string date_as_written(const TimelineDate& date);

}  // namespace app
