#include "edge_labels.h"

#include <algorithm>
#include <cmath>

namespace app {
namespace {

// The stretch of x, in track coordinates, that a leader takes within a band of screen y; nothing (lo > hi)
// when it does not reach into the band.
struct Span {
    float lo = 1, hi = 0;
    bool empty() const { return lo > hi; }
};

Span leader_within(const EventMark& m, float top, float bottom) {
    // From the label's bottom edge (higher on screen) down to the marker's top.
    const Vec2 a = m.leader_to, b = m.leader_from;
    const float y0 = std::max(a.y, top), y1 = std::min(b.y, bottom);
    if (y0 > y1 || b.y - a.y < 1e-3f) return {};
    auto x_at = [&](float y) { return a.x + (b.x - a.x) * (y - a.y) / (b.y - a.y); };
    return {std::min(x_at(y0), x_at(y1)), std::max(x_at(y0), x_at(y1))};
}

// How far label `i` may slide towards `direction` (+1 right, -1 left) before it comes nearer than the rules
// allow to another label or leader in its band. `at` says where the others stand now.
float room_towards(const TimelineLayout& L, std::size_t i, int direction, const std::vector<LabelAtEdge>& at) {
    const LaneRules& rules = L.lane_rules;
    const Rect box = slid_label_box(L.marks[i], at[i].slide);
    float room = 1e9f;
    for (std::size_t j = 0; j < L.marks.size(); ++j) {
        const EventMark& other = L.marks[j];
        if (j == i || other.lane.lane < 0) continue;
        const Rect theirs = slid_label_box(other, at[j].slide);
        if (theirs.y < box.bottom() && box.y < theirs.bottom()) {
            const float free = direction > 0 ? theirs.x - box.right() : box.x - theirs.right();
            if (free >= -0.5f) room = std::min(room, free - rules.gap);
        }
        const Span leader = leader_within(other, box.y - rules.clearance, box.bottom() + rules.clearance);
        if (leader.empty()) continue;
        const float free = direction > 0 ? leader.lo - box.right() : box.x - leader.hi;
        if (free >= -0.5f) room = std::min(room, free - rules.clearance);
    }
    return std::max(0.0f, room);
}

// The stretch of track a label stands clear in at `scroll`: clear of the soft edges where the track goes on
// beyond the screen. At the track's ends there is no fade, and labels already stand within its ends, so none
// moves at rest there; the fade comes in over the first pixels of scroll, so nothing jumps.
struct Clear {
    float left, right;
};

Clear clear_stretch(const TimelineLayout& L, float scroll) {
    const float beyond = std::max(0.0f, edge_fade_width(L) - L.lane_rules.min_x);
    return {scroll + L.lane_rules.min_x + std::clamp(scroll, 0.0f, beyond),
            scroll + L.area.w - L.lane_rules.min_x - std::clamp(L.max_scroll - scroll, 0.0f, beyond)};
}

float cut_off(const Rect& box, const Clear& clear) { return overhang(box.x, box.right(), clear.left, clear.right); }

// How far the edges cut into the labels on screen at `scroll`, in px; a label gone altogether counts as much
// as one just faded out.
float cut_at(const TimelineLayout& L, float scroll) {
    const std::vector<LabelAtEdge> at = labels_at_edges(L, scroll);
    const Clear clear = clear_stretch(L, scroll);
    float cut = 0;
    for (std::size_t i = 0; i < L.marks.size(); ++i) {
        if (L.marks[i].lane.lane < 0) continue;
        const Rect box = slid_label_box(L.marks[i], at[i].slide);
        if (box.right() <= scroll || box.x >= scroll + L.area.w) continue;  // wholly out of sight
        cut += std::min(label_fade_length(L, L.marks[i]), cut_off(box, clear));
    }
    return cut;
}

}  // namespace

float label_fade_length(const TimelineLayout& L, const EventMark& mark) {
    return std::max({1.0f, edge_fade_width(L), mark.label_box.w * 0.25f});
}

std::vector<LabelAtEdge> labels_at_edges(const TimelineLayout& L, float scroll) {
    std::vector<LabelAtEdge> at(L.marks.size());
    const LaneRules& rules = L.lane_rules;
    const Clear clear = clear_stretch(L, scroll);

    // Those cut by the left edge slide first, then those by the right, which then mind where the first stand.
    for (int direction : {+1, -1}) {
        for (std::size_t i = 0; i < L.marks.size(); ++i) {
            const EventMark& m = L.marks[i];
            if (m.lane.lane < 0 || at[i].slide != 0) continue;
            const Rect& box = m.label_box;
            const float wanted = direction > 0 ? clear.left - box.x : box.right() - clear.right;
            if (wanted <= 0) continue;
            // The leader keeps meeting the label at least `inset` in from its end.
            const float leash =
                direction > 0 ? m.leader_to.x - rules.inset - box.x : box.right() - rules.inset - m.leader_to.x;
            const float slide = std::min({wanted, std::max(0.0f, leash), room_towards(L, i, direction, at)});
            at[i].slide = static_cast<float>(direction) * slide;
        }
    }
    // Whatever is still cut fades with the cut.
    for (std::size_t i = 0; i < L.marks.size(); ++i) {
        const EventMark& m = L.marks[i];
        if (m.lane.lane < 0) continue;
        at[i].opacity =
            std::clamp(1.0f - cut_off(slid_label_box(m, at[i].slide), clear) / label_fade_length(L, m), 0.0f, 1.0f);
    }
    return at;
}

float scroll_showing(const TimelineLayout& L, float x) {
    const float centred = scroll_centring(L, x);
    const float reach = std::round(L.area.w / 6);
    float best = centred, best_cut = cut_at(L, centred);
    // Outwards from the middle, a pixel at a time: the nearest of the least cut wins.
    for (float step = 1; step <= reach && best_cut > 0.5f; ++step) {
        for (float s : {centred - step, centred + step}) {
            if (s < 0 || s > L.max_scroll) continue;
            const float cut = cut_at(L, s);
            if (cut < best_cut - 0.5f) best = s, best_cut = cut;
        }
    }
    return best;
}

}  // namespace app
