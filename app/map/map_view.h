// The map screen: the world of 1935 framed on the three countries, their names and a legend, the places of the
// telegram with their names, stories that draw themselves (the telegram's path, manganese, US exports), cards
// for a touched country or place, and pan, fling and pinch-zoom within bounds. Same shape as the telegram view:
// the exhibit owns a MapView, lays it out when the screen, language or content changes, feeds it gestures and
// time, and asks it to draw.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "../cards/open_card.h"
#include "../display_list.h"
#include "../input.h"
#include "../input/gestures.h"
#include "../input/inertia.h"
#include "../view_context.h"
#include "map/labels/map_labels.h"
#include "map_layout.h"
#include "map_theme.h"

namespace app {

constexpr double kMapMoveSeconds = 0.35;      // reset, zoom by key, framing a story: eased
constexpr double kMapSettleSeconds = 0.25;    // easing back within bounds after a pinch
constexpr float kMapTouchToleranceMm = 4.0f;  // a near miss of a marker or a small island still hits

// An eased move of the viewport (reset, keys, framing a story, back within bounds).
struct MapMove {
    MapViewport from;
    MapViewport to;
    double start = 0;
    double duration = 0;
};

// What the open card is about.
struct MapCardSubject {
    int place = -1;    // index into MapContent::places
    int country = -1;  // index into MapContent::countries
    int story = -1;    // index into MapContent::stories (the story's caption card)
};

struct MapView {
    MapTheme theme = default_map_theme();
    MapLayout layout;
    MapViewport viewport;  // what is shown
    Vec2 raw_pan;          // where the finger would have the map, beyond bounds included
    bool dragging = false;
    bool pinching = false;
    MapViewport pinch_start;  // the viewport when the pinch began
    Vec2 pinch_centre;        // where the pinch began
    Inertia fling;
    std::optional<MapMove> move;
    std::optional<OpenCard> card;         // a place or country card, one at a time
    std::optional<CardLink> follow;       // a card's link the visitor pressed, for the exhibit to follow (then cleared)
    std::optional<Picture> show_picture;  // a card's picture the visitor tapped, for the exhibit to show full screen
    MapCardSubject card_subject;
    std::optional<OpenCard> closing_card;
    int story = -1;  // the story being told, -1 for none
    double story_started = 0;
    int fading_story = -1;  // a story just ended, its lines fading out
    double fading_story_since = 0;
    double fading_story_started = 0;
    std::optional<OpenCard> story_card;
    std::optional<OpenCard> closing_story_card;
    // Names are placed for one viewport; when the map has come to rest elsewhere they are placed again.
    MapViewport labels_for;
    bool labels_valid = false;
    std::vector<PlacedLabel> country_labels;             // per country (offset from its label_at point)
    std::vector<PlacedLabel> place_labels;               // per place
    std::vector<std::vector<PlacedLabel>> route_labels;  // per story, per route
};

// Lays the view out for the context's area and language, keeping the visitor's view, open card and story.
void layout_map_view(MapView& view, const ViewContext& ctx);

// Back to the start: the whole map, no card, no story. `now` lets it ease back; pass animate=false for a new visitor.
void map_reset(MapView& view, const ViewContext& ctx, double now, bool animate = true);

// A new visitor arrives: the whole map at once (map_reset without easing back).
void start_visit(MapView& view, const ViewContext& ctx, double now);

// Each returns whether the view changed.
bool map_on_gesture(MapView& view, const ViewContext& ctx, const Gesture& gesture, double now);
bool map_on_wheel(MapView& view, const ViewContext& ctx, const WheelEvent& wheel, double now);
bool map_on_key(MapView& view, const ViewContext& ctx, const KeyEvent& key, double now);
bool map_advance(MapView& view, const ViewContext& ctx, double now, double dt);

// Something moves now (a card opening, a story drawing, the map gliding or easing).
bool map_animating(const MapView& view, double now);

// Reduced motion (a kiosk setting, applied after every input and time step): with `on`, whatever moves by itself
// (an eased move, a story drawing, cards growing or closing) is at its end at `now`; a drag or pinch still follows
// the finger.
void apply_reduced_motion(MapView& view, bool on, double now);

// Opens the card of a place, by its id in places.json (for links from annotations); unknown ids are ignored.
void map_show_place(MapView& view, const ViewContext& ctx, const std::string& id, double now);
// Opens a country's card, by its id in map.json.
void map_show_country(MapView& view, const ViewContext& ctx, const std::string& id, double now);
// Starts a story by its id in map.json: the map eases back to show it all, the lines draw themselves and its
// caption card opens. Unknown ids are ignored.
void map_play_story(MapView& view, const ViewContext& ctx, const std::string& id, double now);
// Closes whatever card is open (and ends a story whose card it is).
void close_cards(MapView& view, double now);

// True once a story has drawn all its lines and figures.
bool map_story_finished(const MapView& view, double now);

void draw_map(const MapView& view, const ViewContext& ctx, double now, DisplayList& out);

// Where things are on screen now, for tests and for the exhibit's own hit testing.
MapTransform map_transform(const MapView& view);
Vec2 map_place_position(const MapView& view, const ViewContext& ctx, int place);
Rect map_place_label(const MapView& view, const ViewContext& ctx, int place);  // empty if not shown
Rect map_country_label(const MapView& view, const ViewContext& ctx, int country);

}  // namespace app
