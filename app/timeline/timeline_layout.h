// Where everything on the timeline goes for one screen area and language, computed once per size, language
// or content change, never per frame. Top to bottom: the title, the lanes of event labels, the track with its
// markers, the month and year names, an overview strip, and the exports plot.
//
// Things on the track are in track coordinates: x from the track's start (add area.x - scroll to draw);
// y is on screen. Everything else (title, strip, plot) is on screen and does not scroll.
#pragma once
#include <cmath>
#include <optional>
#include <vector>

#include "../display_list.h"
#include "../view_context.h"
#include "exports_plot.h"
#include "label_lanes.h"
#include "time_axis.h"
#include "timeline_theme.h"

namespace app {

// Sizes for one screen, from the same body size as the telegram's, so cards match across views; no text
// smaller than 3 mm.
struct TimelineTypeScale {
    int card_px = 0;       // text of an event's card
    int label_px = 0;      // an event's short title
    int highlight_px = 0;  // the telegram's
    int axis_px = 0;       // month names and the plot's small print
    int year_px = 0;
    int title_px = 0;
    float margin = 0;
    float lane_pitch = 0;
    float marker_r = 0;
    float highlight_r = 0;
    float touch = 0;  // the least touch target (15 mm)
};

TimelineTypeScale choose_timeline_type(const Screen& screen, const TextMeasure& measure);

struct EventMark {
    int event = -1;  // index into TimelineContent::events
    double day = 0;
    float x = 0;  // track coordinates
    float radius = 0;
    bool highlight = false;
    bool approximate = false;  // dated to the month or year: drawn hollow over the stretch it may fall in
    float span_x0 = 0, span_x1 = 0;
    LanePlacement lane;  // lane -1: not labelled
    Rect label_box;      // track x, screen y
    Text label;          // track x
    Vec2 leader_from;    // the marker's top, track x
    Vec2 leader_to;      // where the leader meets the label's bottom edge, track x
};

struct TimelineLayout {
    Rect area;
    TimelineTypeScale type;
    TimelineTheme colours;
    TimeAxis axis;
    float track_y = 0;
    float lanes_top = 0;  // top of the highest lane
    int lanes = 0;
    LaneRules lane_rules;          // the rules the labels were placed by (sliding ones keep them too)
    std::vector<EventMark> marks;  // in the events' order
    std::vector<MonthTick> ticks;
    int month_step = 1;              // month names every this many months
    std::vector<Text> month_names;   // track x
    std::vector<Text> year_names;    // track x
    std::vector<float> year_starts;  // track x where each of year_names' years begins on the track
    float tick_len = 0;
    float year_tick_len = 0;
    Text title;
    std::optional<Text> hint;
    Rect overview;  // the strip showing the whole stretch and the part on screen
    ExportsPlotLayout plot;
    float max_scroll = 0;
    float initial_scroll = 0;  // the telegram's event near the middle, no label cut by an edge if it can be
};

TimelineLayout layout_timeline(const ViewContext& ctx);

// The scroll that puts track x `x` in the middle of the area, within the scroll range.
float scroll_centring(const TimelineLayout& layout, float x);

// The soft edges where the track goes on beyond the screen: how far in from each edge they fade.
inline float edge_fade_width(const TimelineLayout& layout) { return std::round(layout.type.margin * 1.5f); }

// An event's box on screen at `scroll`: its label and marker together (for cards and tests).
Rect mark_box_on_screen(const TimelineLayout& layout, const EventMark& mark, float scroll);

}  // namespace app
