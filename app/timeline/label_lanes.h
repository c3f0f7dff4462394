// Where each event's label goes: in one of a few lanes stacked above the track, joined to its marker by a
// leader line. A label stands over its marker when it can (the leader then rises straight, like a flag's
// pole) and slides sideways when its neighbours are too close, the leader then slanting to the label's
// nearest edge. Guaranteed for every placement: no two labels overlap, no leader runs through a label or
// another marker, no two leaders cross, and every label stays within the track's ends. Pure geometry on
// measured widths, so it can be tested at any size.
//
// Coordinates here are local: x along the track, y upwards from the track line (marker centres at y = 0).
#pragma once
#include <optional>
#include <vector>

namespace app {

struct LaneLabel {
    float x = 0;         // the marker's x
    float width = 0;     // the label's box, padding included
    float marker_r = 0;  // the marker's radius: the leader starts at its top
    bool must = false;   // always labelled (the telegram); others may go unlabelled in the last resort
};

struct LaneRules {
    int lanes = 1;
    float base = 0;       // from the track line up to the bottom of lane 0
    float pitch = 0;      // from one lane's bottom to the next
    float box_h = 0;      // a label's height, at most pitch
    float gap = 0;        // between two labels in one lane
    float clearance = 0;  // between a leader and a label or marker it passes
    float min_x = 0;      // labels stay within [min_x, max_x]
    float max_x = 0;
    float inset = 0;      // a leader meets its label at least this far in from the label's ends
    float max_shift = 0;  // how far a label may slide from over its marker
    float lane_cost = 0;  // about how much sliding one lane higher is worth
};

struct LanePlacement {
    int lane = -1;       // 0 nearest the track; -1: not labelled
    float x0 = 0;        // the box's left edge
    float anchor_x = 0;  // where the leader meets the box's bottom edge
};

struct LaneSegment {
    float x0, y0, x1, y1;
};
struct LaneBox {
    float x0, y0, x1, y1;
};

// The box and the leader of a placed label, in local coordinates.
LaneBox lane_box(const LaneLabel& label, const LanePlacement& p, const LaneRules& rules);
LaneSegment lane_leader(const LaneLabel& label, const LanePlacement& p, const LaneRules& rules);

// How hard to look: for the calmest placement, or for any that labels everything (to test a zoom).
enum class LaneEffort { Best, AnyComplete };

// A placement for every label, or nothing when they cannot all be placed within the rules. With
// `allow_unlabelled`, labels that do not fit are left out instead (those that `must` are placed first).
std::optional<std::vector<LanePlacement>> assign_lanes(const std::vector<LaneLabel>& labels, const LaneRules& rules,
                                                       bool allow_unlabelled = false,
                                                       LaneEffort effort = LaneEffort::Best);

// Geometry used by the rules (and by tests checking a finished layout).
bool segments_cross(const LaneSegment& a, const LaneSegment& b);
bool segment_hits_box(const LaneSegment& s, const LaneBox& b);

}  // namespace app
