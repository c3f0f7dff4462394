// Everything about the map screen that depends only on its size, language and content, computed when those
// change and never per frame: type sizes, the buttons along the bottom, the legend, the fitted frame, the filled
// geometry at two levels of detail, the stories' lines, and the size of every name.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "../display_list.h"
#include "../view_context.h"
#include "map_frame.h"
#include "map/geometry/map_geometry.h"
#include "map_stories.h"
#include "map_theme.h"

namespace app {

// Sizes for one screen, from a unit that follows the shorter side of the view, never below what is legible.
struct MapTypeScale {
    float unit = 0;
    int label_px = 0;    // place names, legend
    int country_px = 0;  // country names
    int button_px = 0;
    float marker_radius = 0;
    float margin = 0;  // kept free along the view's edges
    float gap = 0;     // between neighbouring things
};

MapTypeScale choose_map_type_scale(const Rect& area, const Screen& screen);

struct MapButton {
    int story = -1;  // index into MapContent::stories, or -1 for the reset button
    Rect visual;     // what is drawn
    Rect target;     // what a touch hits: at least 15 mm each way
    std::string label;
    Vec2 text_at;              // top-left of the label
    bool icon = false;         // a play triangle before the label
    std::vector<Text> detail;  // upright screens: the story's one-line summary under its label (may wrap)
};

struct LegendEntry {
    Rect swatch;
    Color colour;
    Text text;
    Rect row;  // what a touch on this entry hits (empty: the swatch's line)
};

struct MapLegend {
    Rect panel;
    std::vector<LegendEntry> entries;
    Text note;                // "Borders as of 1935"
    std::vector<Text> texts;  // upright screens: the introduction and each country's role
};

struct MapLayout {
    Rect area;
    Rect stage;           // the area above the buttons: legend, names and cards stay in here
    float below_map = 0;  // where the globe ends at rest on an upright screen (else the stage's bottom)
    // An upright screen: under the globe the legend is an introduction (what the map shows, what each colour
    // is) where cards open over it, and the stories are large buttons with a line each under a heading.
    bool upright = false;
    std::optional<Text> stories_heading;
    MapTypeScale type;
    MapFrame frame;
    std::vector<MapButton> buttons;  // the stories in order, then the reset button
    MapLegend legend;
    std::shared_ptr<const ProjectedMap> projected;
    std::shared_ptr<const MapFill> base;    // drawn at rest and up to detail_zoom
    std::shared_ptr<const MapFill> detail;  // drawn when zoomed in further
    std::vector<Color> fill_colours;        // the sea, land and country colours the fills were built with
    float detail_zoom = 2.5f;
    std::vector<StoryPaths> stories;                   // per story of the content
    std::vector<Vec2> country_label_sizes;             // per country: its name's box (pill included)
    std::vector<Vec2> place_label_sizes;               // per place: its name's box (padding included)
    std::vector<std::vector<Vec2>> route_label_sizes;  // per story, per route (zero when it has none)
};

// Lays the map out for `ctx`. The projected map and, when the map's scale has not changed, the filled geometry
// are taken over from `previous` instead of being built again.
MapLayout layout_map(const ViewContext& ctx, const MapTheme& theme, const MapLayout* previous);

// The zoom up to which the visitor may go.
constexpr float kMapMaxZoom = 8.0f;

// Where the name of country `index` stands at rest (centre), and its box under transform `t`.
Rect country_label_box(const MapLayout& layout, const MapContent& map, int index, const MapTransform& t);

}  // namespace app
