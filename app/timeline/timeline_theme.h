// The timeline's colours on the dark surround: the track and its ticks muted, so the events and the telegram
// (in the exhibit's amber) carry the eye. Text pairs are checked for 4.5:1 and marks for 3:1 by
// tests/app/timeline/timeline_view_test.cpp.
#pragma once
#include "../theme.h"

namespace app {

struct TimelineTheme {
    Color background;                                            // the room
    Color title;                                                 // the view's title
    Color muted_text;                                            // hint, month names, the plot's small print
    Color label;                                                 // an event's short title
    Color accent;                                                // the telegram's event: its marker, label and pole
    Color track{0x8F, 0x8A, 0x80};                               // the time line and its ticks
    Color leader{0x74, 0x70, 0x68};                              // the pole from a marker up to its label
    Color marker{0xD6, 0xD0, 0xC3};                              // an event's dot
    Color year_rule{0xF3, 0xEE, 0xE2, 0x1C};                     // faint vertical line where a year begins
    Color span{0xF3, 0xEE, 0xE2, 0x38};                          // the stretch an event dated to the month may fall in
    Color focus{0x8C, 0xC3, 0xCE};                               // the keyboard's focus ring
    Color position_track{0xF3, 0xEE, 0xE2, 0x2A};                // the overview strip beneath the axis...
    Color position_window{0xB4, 0xAF, 0xA4};                     // ...and the part of it on screen
    Color series[2] = {{0x8C, 0xC3, 0xCE}, {0xD9, 0xB8, 0x8C}};  // calendar years; years from July
};

inline TimelineTheme timeline_theme(const Theme& theme) {
    TimelineTheme t;
    t.background = theme.surround;
    t.title = theme.surround_text;
    t.muted_text = theme.surround_muted;
    t.label = theme.surround_text;
    t.accent = theme.card_title;
    return t;
}

}  // namespace app
