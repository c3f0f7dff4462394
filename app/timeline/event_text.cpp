#include "event_text.h"

namespace app {
namespace {

std::string two_digits(int v) { return (v >= 0 && v < 10 ? "0" : "") + std::to_string(v); }

std::string fill_date(const std::string& pattern, const TimelineEvent& event, const TimelineText& text,
                      Language language) {
    const TimelineDate& d = event.date;
    std::string out = pattern;
    if (d.month >= 1 && d.month <= 12) {
        out = fill_placeholder(out, "month_of", text.months_of[static_cast<std::size_t>(d.month - 1)].in(language));
        out = fill_placeholder(out, "month", text.months[static_cast<std::size_t>(d.month - 1)].in(language));
    }
    out = fill_placeholder(out, "day", std::to_string(d.day));
    out = fill_placeholder(out, "year", std::to_string(d.year));
    if (event.has_qualifier) out = fill_placeholder(out, "qualifier", event.qualifier.in(language));
    return out;
}

}  // namespace

std::string format_time_of_day(int minute, const TimelineText& text, Language language) {
    const int h = minute / 60, m = minute % 60;
    std::string out = (h < 12 ? text.time_am : text.time_pm).in(language);
    out = fill_placeholder(out, "hh", two_digits(h));
    out = fill_placeholder(out, "h12", std::to_string(h % 12 == 0 ? 12 : h % 12));
    out = fill_placeholder(out, ":mm", m == 0 ? "" : ":" + two_digits(m));
    return fill_placeholder(out, "mm", two_digits(m));
}

std::string format_event_date(const TimelineEvent& event, const TimelineText& text, Language language) {
    const Localized* pattern = &text.date_day;
    switch (event.date.precision) {
        case DatePrecision::Day: pattern = &text.date_day; break;
        case DatePrecision::Month: pattern = event.has_qualifier ? &text.date_month_qualified : &text.date_month; break;
        case DatePrecision::Year: pattern = event.has_qualifier ? &text.date_year_qualified : &text.date_year; break;
    }
    const std::string date = fill_date(pattern->in(language), event, text, language);
    if (event.date.minute < 0) return date;
    return fill_placeholder(fill_placeholder(text.date_time.in(language), "date", date), "time",
                            format_time_of_day(event.date.minute, text, language));
}

CardContent event_card_content(const TimelineEvent& event, const TimelineText& text) {
    CardContent card;
    for (Language language : kLanguages) {
        const std::string titled = fill_placeholder(text.card_title.in(language), "title", event.title.in(language));
        card.title.text[static_cast<std::size_t>(language)] =
            fill_placeholder(titled, "date", format_event_date(event, text, language));
    }
    card.body = event.body;
    card.sources = event.sources;
    card.picture = event.picture;
    return card;
}

}  // namespace app
