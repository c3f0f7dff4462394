// The words of the interface itself (buttons, hints, the idle countdown), in every language.
// They live in assets/ like all other text so curators can change and translate them.
#pragma once
#include <string>

#include "language.h"

namespace app {

struct InterfaceText {
    Localized touch_hint;
    Localized view_telegram;  // the navigation bar's three views
    Localized view_map;
    Localized view_timeline;
    Localized easy_reading;      // the navigation bar's button for larger text and high contrast
    Localized show_translation;  // the telegram's button to the exhibit's translation (not shown in English)
    Localized show_original;     // the same button while the translation shows: back to the original
    Localized listen;            // a card's or the telegram's button that reads it aloud, with captions
    Localized stop_listening;    // the same button while it speaks
    Localized close;
    Localized picture_credit;  // under a picture: holds "{credit}", e.g. "Photo: {credit}"
    Localized link_telegram;   // a card's buttons to the same subject in another view
    Localized link_map;
    Localized link_timeline;
    Localized sources;
    Localized still_there;
    Localized restart_countdown;  // holds "{seconds}"
    Localized continue_visit;
    Localized money_millions;  // holds "{value}", e.g. "${value}M"
    Localized decimal_separator;
};

// Replaces "{name}" in `pattern` with `value`.
std::string fill_placeholder(const std::string& pattern, const std::string& name, const std::string& value);

// "12.6" / "12,6": millions of a money amount with one decimal, in the language's own style.
std::string format_money_millions(const InterfaceText& text, Language language, double amount);

}  // namespace app
