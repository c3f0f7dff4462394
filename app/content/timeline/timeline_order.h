// The order of events, and where each stands in time.
//
// The rule: events.json lists events in the order they happened. A date is a stretch of time (a day, a month,
// a year), and where two stretches overlap - "1935-04" and "1935-04-10" - the dates cannot decide, so the
// file's order decides: the curator puts April's undated Kelley memo between the 5th and the 10th because the
// sources do. Only an event that *surely* happened before one listed above it (its whole stretch lies before
// the other's) breaks the rule, and that is an error: the keyboard order, the labels' layout and the
// position of undated events all follow the file, so a slip would show the visitor a wrong sequence.
#pragma once
#include <vector>

#include "../timeline_date.h"

namespace app {

struct OutOfOrder {
    int event = -1;          // the event to move
    int other = -1;          // the event it should move past
    bool move_above = true;  // above `other` (it happened before it), else below
};

// The fewest events that, moved, would leave the list in order (one misplaced event is reported once, not
// every event it disagrees with). Empty when the list is in order.
std::vector<OutOfOrder> find_out_of_order(const std::vector<TimelineDate>& dates);

// Where each event stands on a continuous time axis, in days since 1970-01-01. A day's event stands at its
// time, or at noon; a month's or year's event (known only to its stretch) stands within its stretch, evenly
// between its listed neighbours where they fall inside it, so the axis shows the file's order. Never
// decreasing when the list is in order.
std::vector<double> event_days(const std::vector<TimelineDate>& dates);

}  // namespace app
