#include "map/labels/map_labels.h"

#include <algorithm>
#include <cmath>

namespace app {
namespace {

Rect grown(const Rect& r, float by) { return Rect{r.x - by, r.y - by, r.w + 2 * by, r.h + 2 * by}; }

bool inside(const Rect& outer, const Rect& r) {
    return r.x >= outer.x && r.y >= outer.y && r.right() <= outer.right() && r.bottom() <= outer.bottom();
}

Rect marker_box(const LabelRequest& r) {
    return Rect{r.anchor.x - r.radius, r.anchor.y - r.radius, 2 * r.radius, 2 * r.radius};
}

float side(Vec2 a, Vec2 b, Vec2 p) { return (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x); }

// Proper crossing of two segments (touching ends do not count).
bool segments_cross(Vec2 a, Vec2 b, Vec2 c, Vec2 d) {
    return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}

// Candidate offsets of the box's top-left from the anchor, in order of preference: ring by ring outwards, and
// in each ring the directions a reader expects first. A box in direction θ touches the ring with its side or
// corner facing the anchor.
struct Candidate {
    Vec2 offset;
    int ring = 0;
};

std::vector<Candidate> candidates(const LabelRequest& r, const LabelRoom& room) {
    static const float kDegrees[16] = {0,      180,     -45,   -135,   45,     135,     -90,   90,
                                       -22.5f, -157.5f, 22.5f, 157.5f, -67.5f, -112.5f, 67.5f, 112.5f};
    std::vector<Candidate> out;
    const float w = r.size.x, h = r.size.y;
    const float step = room.leader_step > 0 ? room.leader_step : h;
    for (int ring = 0; ring <= room.rings; ++ring) {
        const float d = r.radius + room.gap + ring * step;
        for (float degrees : kDegrees) {
            const float a = degrees * 3.14159265f / 180;
            const float c = std::cos(a), s = std::sin(a);
            const float x = d * c - w / 2 + w / 2 * std::clamp(c * 1.5f, -1.0f, 1.0f);
            const float y = d * s - h / 2 + h / 2 * std::clamp(s * 1.5f, -1.0f, 1.0f);
            out.push_back({{x, y}, ring});
        }
        if (ring > 0) {
            // Further out, also slide along the sides so stacked neighbours find room.
            for (float shift : {-1.0f, 1.0f, -2.0f, 2.0f}) {
                out.push_back({{d, -h / 2 + shift * (h + room.gap)}, ring});
                out.push_back({{-d - w, -h / 2 + shift * (h + room.gap)}, ring});
            }
        }
    }
    return out;
}

}  // namespace

bool rects_overlap(const Rect& a, const Rect& b) {
    return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

bool segment_crosses_rect(Vec2 a, Vec2 b, const Rect& r) {
    // Liang–Barsky clipping: does any part of the segment fall inside the rectangle?
    float t0 = 0, t1 = 1;
    const float dx = b.x - a.x, dy = b.y - a.y;
    const float p[4] = {-dx, dx, -dy, dy};
    const float q[4] = {a.x - r.x, r.right() - a.x, a.y - r.y, r.bottom() - a.y};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0) return false;
            continue;
        }
        const float t = q[i] / p[i];
        if (p[i] < 0) t0 = std::max(t0, t);
        else t1 = std::min(t1, t);
        if (t0 > t1) return false;
    }
    return true;
}

void leader_ends(Vec2 anchor, float radius, const Rect& box, Vec2& from, Vec2& to) {
    to = {std::clamp(anchor.x, box.x, box.right()), std::clamp(anchor.y, box.y, box.bottom())};
    const float dx = to.x - anchor.x, dy = to.y - anchor.y;
    const float len = std::sqrt(dx * dx + dy * dy);
    from = len > 0 ? Vec2{anchor.x + dx / len * radius, anchor.y + dy / len * radius} : anchor;
}

std::vector<PlacedLabel> place_labels(const std::vector<LabelRequest>& requests, const LabelRoom& room) {
    std::vector<PlacedLabel> out(requests.size());
    std::vector<Rect> taken;  // placed labels, grown by the gap
    std::vector<std::pair<Vec2, Vec2>> leaders;
    for (std::size_t i = 0; i < requests.size(); ++i) {
        const LabelRequest& r = requests[i];
        std::vector<Candidate> offsets = candidates(r, room);
        if (r.keep) offsets.insert(offsets.begin(), Candidate{*r.keep, 0});
        // First avoiding the soft obstacles too, near the marker; only if that finds nothing, without them.
        const int soft_rings = room.soft_rings < 0 ? room.rings : room.soft_rings;
        for (int pass = room.soft.empty() ? 1 : 0; pass < 2 && !out[i].placed; ++pass) {
            for (const Candidate& candidate : offsets) {
                if (pass == 0 && candidate.ring > soft_rings) break;  // candidates come ring by ring
                const Vec2 offset = candidate.offset;
                const Rect box{r.anchor.x + offset.x, r.anchor.y + offset.y, r.size.x, r.size.y};
                if (!inside(room.bounds, box)) continue;
                const Rect padded = grown(box, room.gap);
                bool clear = true;
                for (const Rect& t : taken) clear = clear && !rects_overlap(padded, t);
                for (const Rect& o : room.obstacles) clear = clear && !rects_overlap(box, o);
                if (pass == 0)
                    for (const Rect& o : room.soft) clear = clear && !rects_overlap(box, o);
                for (const LabelRequest& other : requests)  // a name without a marker (radius 0) has nothing to cover
                    clear =
                        clear && (other.radius <= 0 || !rects_overlap(&other == &r ? box : padded, marker_box(other)));
                if (!clear) continue;
                // Beyond the first ring the label needs a leader; it must not cut through another label, and no
                // earlier leader may cut through this label.
                const float dx = std::max({box.x - r.anchor.x, 0.0f, r.anchor.x - box.right()});
                const float dy = std::max({box.y - r.anchor.y, 0.0f, r.anchor.y - box.bottom()});
                const bool leader = std::sqrt(dx * dx + dy * dy) > r.radius + room.gap * 2.5f;
                Vec2 from, to;
                leader_ends(r.anchor, r.radius, box, from, to);
                if (leader) {
                    for (const Rect& t : taken) clear = clear && !segment_crosses_rect(from, to, t);
                    for (const Rect& o : room.obstacles) clear = clear && !segment_crosses_rect(from, to, o);
                    for (const auto& l : leaders) clear = clear && !segments_cross(from, to, l.first, l.second);
                }
                for (const auto& l : leaders) clear = clear && !segment_crosses_rect(l.first, l.second, padded);
                if (!clear) continue;
                out[i] = PlacedLabel{true, offset, leader};
                taken.push_back(padded);
                if (leader) leaders.push_back({from, to});
                break;
            }
        }
    }
    return out;
}

}  // namespace app
