// Names beside their places: each label tries positions around its marker, nearest first (right, left, the four
// diagonals, above, below, then the directions between, then further out with a leader line), and takes the
// first one that stays inside the bounds and clear of every other label, marker and obstacle (legend, buttons,
// country names). Labels are placed in priority order, so the capital keeps its spot and a crowded neighbour
// moves out with a leader.
#pragma once
#include <optional>
#include <vector>

#include "geometry.h"

namespace app {

struct LabelRequest {
    Vec2 anchor;               // the marker's centre, screen
    float radius = 0;          // the marker's radius
    Vec2 size;                 // the label's box
    std::optional<Vec2> keep;  // a position (offset of the box's top-left from the anchor) to keep if still good
};

struct PlacedLabel {
    bool placed = false;
    Vec2 offset;          // the box's top-left relative to the anchor
    bool leader = false;  // too far from its marker to read as one without a line
};

struct LabelRoom {
    Rect bounds;                  // labels stay inside
    std::vector<Rect> obstacles;  // and off these
    std::vector<Rect> soft;       // and off these too if at all possible (a story's lines)
    float gap = 4;                // between a label and anything else
    float leader_step = 0;        // how much further each ring of far positions goes (0: the label height)
    int rings = 10;               // how far out to look
    // How far out a label may go to keep off the soft boxes: beyond this ring a name lying over a line that is
    // not always drawn reads better than one at the end of a long leader. (-1: as far as `rings`.)
    int soft_rings = -1;
};

std::vector<PlacedLabel> place_labels(const std::vector<LabelRequest>& requests, const LabelRoom& room);

// The label's box on screen.
inline Rect label_box(const LabelRequest& r, const PlacedLabel& p) {
    return Rect{r.anchor.x + p.offset.x, r.anchor.y + p.offset.y, r.size.x, r.size.y};
}

// Where a leader line from a marker at `anchor` (radius `radius`) to `box` starts and ends.
void leader_ends(Vec2 anchor, float radius, const Rect& box, Vec2& from, Vec2& to);

bool rects_overlap(const Rect& a, const Rect& b);
bool segment_crosses_rect(Vec2 a, Vec2 b, const Rect& r);

}  // namespace app
