// Labels at the screen's edges: whole words or nothing. Labels have their places on the track, which scrolls, so
// an edge can cut one mid-word ("…воры о долгах сорваны") while its marker is still on screen. Instead:
// - a cut label slides inward along its lane, as a sticky heading does, until it is whole: never further than
//   keeps its leader meeting it (the leader does not move, so no leader changes), and never nearer than the
//   placement's gap to a label, or its clearance to a leader, beside it in its lane;
// - a label that cannot slide far enough (a neighbour's leader stands in the way, or its marker is going out
//   of sight) fades as the edge cuts into it, and is gone, leader and all, once a quarter of it is cut (or the
//   width of the edge's fade, for a short one): the last letters of a long name cut off and fading still
//   read, half a name does not.
// Both follow the scroll continuously: nothing jumps or pops. And the scroll a visit starts at, or a link
// scrolls to, is chosen near the middle so as to cut as little as can be (scroll_showing).
#pragma once
#include <algorithm>
#include <vector>

#include "timeline_layout.h"

namespace app {

struct LabelAtEdge {
    float slide = 0;    // how far the label stands from its place (track px: + rightwards, - leftwards)
    float opacity = 1;  // 1: whole on screen; 0: not drawn
};

// Every mark's label at `scroll`, in the order of `layout.marks` (unlabelled marks: no slide, opacity 1).
std::vector<LabelAtEdge> labels_at_edges(const TimelineLayout& layout, float scroll);

// The scroll that shows track x `x` near the middle of the area (within a sixth of its width either way) with
// as little of the labels cut by the edges as can be; the nearest to the middle of the best.
float scroll_showing(const TimelineLayout& layout, float x);

// How much of a label an edge cuts off before it is gone.
float label_fade_length(const TimelineLayout& layout, const EventMark& mark);

// How much of the stretch [x0, x1] lies outside [left, right]: what an edge cuts off a name.
inline float overhang(float x0, float x1, float left, float right) {
    return std::max(0.0f, left - x0) + std::max(0.0f, x1 - right);
}

// A mark's label box at `slide`, in track x and screen y.
inline Rect slid_label_box(const EventMark& mark, float slide) {
    return Rect{mark.label_box.x + slide, mark.label_box.y, mark.label_box.w, mark.label_box.h};
}

}  // namespace app
