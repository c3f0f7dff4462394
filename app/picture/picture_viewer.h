// A card's picture full screen: fitted on a dark ground with its caption and credit, a Close button like a card's,
// pinch and wheel to zoom (1x to kMaxPictureZoom), drag to pan, double-tap to zoom in or back. The picture never
// leaves the screen: it covers the space it was fitted into once larger than it, and stays centred while smaller
// (the same bounds as the map's, map/map_frame). Owned by the exhibit, over every view and the navigation bar.
#pragma once
#include <vector>

#include "../content/picture.h"
#include "../display_list.h"
#include "../input/gestures.h"
#include "../input.h"
#include "../map/map_frame.h"
#include "../view_context.h"

namespace app {

constexpr float kMaxPictureZoom = 4.0f;
constexpr double kPictureOpenSeconds = 0.2;
constexpr double kPictureCloseSeconds = 0.15;
constexpr double kDoubleTapSeconds = 0.35;
constexpr float kDoubleTapZoom = 2.5f;

struct PictureViewer {
    Picture picture;
    double opened_at = 0;
    double closing_at = -1;  // set when closing
    MapViewport viewport;    // the visitor's zoom and pan over the fitted picture
    bool pinching = false;
    MapViewport pinch_start;
    Vec2 pinch_centre;
    double last_tap_at = -1e9;  // for double-tap
    Vec2 last_tap;
};

// Where everything stands on a screen (`ctx.area` is the whole screen); laid out per use: a handful of lines.
struct PictureViewerLayout {
    Rect fit;                 // the picture at zoom 1, as large as fits between the Close button and the caption
    Rect close_visual;        // "× Close", as on a card
    Rect close_target;        // at least 15 mm each way
    std::vector<Text> texts;  // the Close label, the caption's lines, the credit
};

PictureViewerLayout layout_picture_viewer(const Picture& picture, const ViewContext& ctx);

// The picture's bounds at zoom 1 (its pixels fitted into `layout.fit`), and where it is drawn now.
MapFrame picture_frame(const Picture& picture, const PictureViewerLayout& layout);
Rect picture_on_screen(const PictureViewer& viewer, const PictureViewerLayout& layout);

PictureViewer open_picture_viewer(const Picture& picture, double now);
void close_picture_viewer(PictureViewer& viewer, double now);
bool picture_viewer_closing(const PictureViewer& viewer);

// Reduced motion (a kiosk setting): with `on`, a picture appears at once; returns false when it was closing, for
// then it goes at once (the exhibit drops it).
bool apply_reduced_motion(PictureViewer& viewer, bool on, double now);

// Each returns whether the picture changed. A tap on Close or on the dark ground around the picture closes it.
bool picture_viewer_on_gesture(PictureViewer& viewer, const ViewContext& ctx, const Gesture& g, double now);
bool picture_viewer_on_wheel(PictureViewer& viewer, const ViewContext& ctx, const WheelEvent& wheel);
// Escape closes; + and - zoom about the middle; 0 fits the picture again.
bool picture_viewer_on_key(PictureViewer& viewer, const ViewContext& ctx, const KeyEvent& key, double now);

bool picture_viewer_animating(const PictureViewer& viewer, double now);
bool picture_viewer_gone(const PictureViewer& viewer, double now);  // closed and faded: the exhibit drops it

void draw_picture_viewer(const PictureViewer& viewer, const ViewContext& ctx, double now, DisplayList& out);

}  // namespace app
