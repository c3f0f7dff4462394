#include "timeline_date.h"

namespace app {
namespace {

constexpr const char* kMonthNames[12] = {"January", "February", "March",     "April",   "May",      "June",
                                         "July",    "August",   "September", "October", "November", "December"};

// The number written in text[begin, begin + digits) when all of it is ASCII digits.
std::optional<int> digits_at(const std::string& text, std::size_t begin, std::size_t digits) {
    if (begin + digits > text.size()) return std::nullopt;
    int value = 0;
    for (std::size_t i = begin; i < begin + digits; ++i) {
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

bool leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

std::string two_digits(int v) { return (v >= 0 && v < 10 ? "0" : "") + std::to_string(v); }

}  // namespace

const char* precision_name(DatePrecision precision) {
    switch (precision) {
        case DatePrecision::Day: return "day";
        case DatePrecision::Month: return "month";
        case DatePrecision::Year: return "year";
    }
    return "day";
}

std::optional<DatePrecision> parse_precision(const std::string& text) {
    if (text == "day") return DatePrecision::Day;
    if (text == "month") return DatePrecision::Month;
    if (text == "year") return DatePrecision::Year;
    return std::nullopt;
}

int days_in_month(int year, int month) {
    constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && leap(year) ? 29 : kDays[month - 1];
}

// Howard Hinnant's days_from_civil: exact for every Gregorian date, no tables, no time zone.
std::int64_t days_from_civil(int year, int month, int day) {
    const std::int64_t y = static_cast<std::int64_t>(year) - (month <= 2 ? 1 : 0);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t mp = (month + 9) % 12;
    const std::int64_t doy = (153 * mp + 2) / 5 + day - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

std::optional<TimelineDate> parse_date(const std::string& text, std::string& error) {
    const std::string forms = "; write it as YYYY-MM-DD (1935-03-27), YYYY-MM (1935-04) or YYYY (1935)";
    const bool shape_ok = (text.size() == 4 || (text.size() == 7 && text[4] == '-') ||
                           (text.size() == 10 && text[4] == '-' && text[7] == '-'));
    const std::optional<int> year = digits_at(text, 0, 4);
    const std::optional<int> month = text.size() >= 7 ? digits_at(text, 5, 2) : std::optional<int>(0);
    const std::optional<int> day = text.size() == 10 ? digits_at(text, 8, 2) : std::optional<int>(0);
    if (!shape_ok || !year || !month || !day) {
        error = "\"" + text + "\" is not a date" + forms;
        return std::nullopt;
    }
    TimelineDate date;
    date.year = *year;
    date.month = *month;
    date.day = *day;
    date.precision = text.size() == 10  ? DatePrecision::Day
                     : text.size() == 7 ? DatePrecision::Month
                                        : DatePrecision::Year;
    if (date.precision != DatePrecision::Year && (date.month < 1 || date.month > 12)) {
        error = "\"" + text + "\" has month " + two_digits(date.month) + ", but months run from 01 to 12";
        return std::nullopt;
    }
    if (date.precision == DatePrecision::Day) {
        const int days = days_in_month(date.year, date.month);
        if (date.day < 1 || date.day > days) {
            error = "\"" + text + "\" has day " + two_digits(date.day) + ", but " + kMonthNames[date.month - 1] + " " +
                    std::to_string(date.year) + " has " + std::to_string(days) + " days";
            return std::nullopt;
        }
    }
    return date;
}

std::optional<int> parse_time(const std::string& text, std::string& error) {
    const std::optional<int> hours = digits_at(text, 0, 2);
    const std::optional<int> minutes = digits_at(text, 3, 2);
    if (text.size() != 5 || text[2] != ':' || !hours || !minutes) {
        error = "\"" + text + "\" is not a time; write it as HH:MM on a 24-hour clock, e.g. 21:00 for 9 p.m.";
        return std::nullopt;
    }
    if (*hours > 23 || *minutes > 59) {
        error = "\"" + text + "\" is not a time of day; write it as HH:MM from 00:00 to 23:59 (24-hour clock)";
        return std::nullopt;
    }
    return *hours * 60 + *minutes;
}

DateSpan date_span(const TimelineDate& date) {
    constexpr std::int64_t kDay = 24 * 60;
    switch (date.precision) {
        case DatePrecision::Day: {
            const std::int64_t start = days_from_civil(date.year, date.month, date.day) * kDay;
            if (date.minute >= 0) return {start + date.minute, start + date.minute};
            return {start, start + kDay - 1};
        }
        case DatePrecision::Month: {
            const std::int64_t start = days_from_civil(date.year, date.month, 1);
            return {start * kDay, (start + days_in_month(date.year, date.month)) * kDay - 1};
        }
        case DatePrecision::Year:
            return {days_from_civil(date.year, 1, 1) * kDay, days_from_civil(date.year + 1, 1, 1) * kDay - 1};
    }
    return {};
}

bool surely_before(const TimelineDate& a, const TimelineDate& b) { return date_span(a).last < date_span(b).first; }

std::string date_as_written(const TimelineDate& date) {
    std::string out = std::to_string(date.year);
    if (date.precision != DatePrecision::Year) out += "-" + two_digits(date.month);
    if (date.precision == DatePrecision::Day) out += "-" + two_digits(date.day);
    if (date.minute >= 0) out += " " + two_digits(date.minute / 60) + ":" + two_digits(date.minute % 60);
    return out;
}

}  // namespace app
