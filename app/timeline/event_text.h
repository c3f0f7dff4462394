// An event's date in words ("March 27, 1935, 9 p.m.", "27 марта 1935 года, 21:00", "fim de abril de 1935")
// and the card it opens, from the patterns in timeline.json.
#pragma once
#include <string>

#include "../cards/card_layout.h"
#include "../content/timeline_content.h"

namespace app {

std::string format_event_date(const TimelineEvent& event, const TimelineText& text, Language language);

// "21:00" → "9 p.m." / "21:00" / "21h00".
std::string format_time_of_day(int minute, const TimelineText& text, Language language);

// The card of an event, in every language: its title with its date, its body and sources.
CardContent event_card_content(const TimelineEvent& event, const TimelineText& text);

}  // namespace app
