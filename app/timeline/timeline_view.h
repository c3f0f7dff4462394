// The timeline screen: the track of events from late 1933 to 1937, dragged sideways with a fling and edges
// that give, markers that open cards, keyboard stepping between events, and the exports plot beneath.
// The lead wires it into the exhibit as the telegram view is: lay out on size, language or content change,
// start a visit when the visitor arrives, pass gestures, keys and time, draw.
#pragma once
#include <optional>
#include <string>

#include "../cards/open_card.h"
#include "../display_list.h"
#include "../input.h"
#include "../input/gestures.h"
#include "../view_context.h"
#include "timeline_layout.h"
#include "track_scroll.h"

namespace app {

constexpr double kTimelineScrollMinSeconds = 0.15;  // a short scroll to an event...
constexpr double kTimelineScrollMaxSeconds = 0.4;   // ...and the longest, however far it goes

struct TimelineView {
    TimelineLayout layout;
    TrackScroll scroll;
    // The open card: OpenCard::annotation holds the event's index; its boxes are in track x, screen y.
    std::optional<OpenCard> card;
    std::optional<CardLink> follow;       // a card's link the visitor pressed, for the exhibit to follow (then cleared)
    std::optional<Picture> show_picture;  // a card's picture the visitor tapped, for the exhibit to show full screen
    std::optional<OpenCard> closing_card;
    int focus = -1;               // the event the keyboard is on (or a link brought into view); -1 until then
    bool show_focus = false;      // a ring marks it while the visitor uses keys
    int pending = -1;             // the event whose card opens once the scroll to it arrives
    double visit_started = -1e9;  // the plot draws itself from here
    bool laid_out = false;
};

// Lays the view out for the context's area and language, keeping the moment in the middle and any open card.
void layout_timeline_view(TimelineView& view, const ViewContext& ctx);

// A visitor arrives: the telegram's event in the middle, no card, the plot draws itself from `now`.
void start_visit(TimelineView& view, double now);

// Each returns whether the view changed.
bool timeline_on_gesture(TimelineView& view, const ViewContext& ctx, const Gesture& gesture, double now);
bool timeline_on_key(TimelineView& view, const ViewContext& ctx, const KeyEvent& key, double now);
bool timeline_on_wheel(TimelineView& view, const ViewContext& ctx, const WheelEvent& wheel);
bool timeline_advance(TimelineView& view, const ViewContext& ctx, double now, double dt);

// Something moves: the track, a card, the plot drawing itself.
bool timeline_animating(const TimelineView& view, double now);

// Reduced motion (a kiosk setting, applied after every input and time step): with `on`, an eased scroll, the plot
// drawing itself and a card growing or closing are at their end at `now`; a drag still follows the finger.
void apply_reduced_motion(TimelineView& view, bool on, double now);

// For links from other views: scrolls the event with `id` into view (eased) and opens its card when it
// arrives. An unknown id does nothing.
void timeline_show_event(TimelineView& view, const ViewContext& ctx, const std::string& id, double now);

// Opens the card of event `index` where the track stands now; closes any other.
void open_card(TimelineView& view, const ViewContext& ctx, int index, double now);
// Closes the open card (it shrinks away from `now`).
void close_cards(TimelineView& view, double now);

// The event under a touch at `p` (screen): its marker or label, generously (7.5 mm around either, so every
// event is a target at least 15 mm across); the nearest wins. -1 when none.
int timeline_event_at(const TimelineView& view, const ViewContext& ctx, Vec2 p);

void draw_timeline(const TimelineView& view, const ViewContext& ctx, double now, DisplayList& out);

}  // namespace app
