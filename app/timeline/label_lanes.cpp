#include "label_lanes.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace app {
namespace {

constexpr std::size_t kBeamWidth = 12;    // partial layouts the beam search carries along
constexpr std::size_t kBeamBranches = 4;  // places tried for each label in each of them

LaneBox inflated(LaneBox b, float by) { return {b.x0 - by, b.y0 - by, b.x1 + by, b.y1 + by}; }

LaneBox marker_box(const LaneLabel& l) { return {l.x - l.marker_r, -l.marker_r, l.x + l.marker_r, l.marker_r}; }

// What a greedy pass prefers: climbing a lane costs `lane_cost` px of sliding; a label ending at its marker
// (rather than reading away from it) costs `left_cost`; a label over a marker still waiting for its own costs
// `block_cost` for each (that marker's leader will have to find a way round it).
struct Style {
    float lane_cost = 0;
    float left_cost = 0;
    float block_cost = 0;
};

struct Candidate {
    LanePlacement placement;
    float cost = 0;
};

// The stretch of x a label and its leader take, with room around it: anything outside cannot touch them.
std::pair<float, float> reach(const LaneLabel& l, const LanePlacement& p, const LaneRules& rules) {
    float lo = l.x - l.marker_r, hi = l.x + l.marker_r;
    if (p.lane >= 0) lo = std::min(lo, p.x0), hi = std::max(hi, p.x0 + l.width);
    return {lo - rules.clearance - rules.gap, hi + rules.clearance + rules.gap};
}

bool fits(const std::vector<LaneLabel>& labels, const std::vector<LanePlacement>& placed, std::size_t i,
          const LanePlacement& c, const LaneRules& rules) {
    const LaneLabel& me = labels[i];
    const LaneBox box = lane_box(me, c, rules);
    if (box.x0 < rules.min_x - 0.01f || box.x1 > rules.max_x + 0.01f) return false;
    const LaneSegment leader = lane_leader(me, c, rules);
    const auto [lo, hi] = reach(me, c, rules);
    for (std::size_t j = 0; j < labels.size(); ++j) {
        if (j == i) continue;
        const LanePlacement& other = placed[j];
        const auto [their_lo, their_hi] = reach(labels[j], other, rules);
        if (their_hi < lo || their_lo > hi) continue;
        // My leader passes every other marker with room to spare (placed or not: markers are all drawn).
        if (segment_hits_box(leader, inflated(marker_box(labels[j]), rules.clearance))) return false;
        if (other.lane < 0) continue;
        const LaneBox theirs = lane_box(labels[j], other, rules);
        const LaneSegment their_leader = lane_leader(labels[j], other, rules);
        if (segments_cross(leader, their_leader)) return false;
        if (other.lane == c.lane && box.x0 < theirs.x1 + rules.gap && theirs.x0 < box.x1 + rules.gap) return false;
        // A leader keeps its distance from other labels, even one in its own lane it slants in beneath.
        if (segment_hits_box(leader, inflated(theirs, rules.clearance))) return false;
        if (segment_hits_box(their_leader, inflated(box, rules.clearance))) return false;
    }
    return true;
}

// The places worth trying in a lane: over the marker (reading rightwards, or ending at it); snug against each
// label already in the lane; and with the leader meeting the label just beside a label in a lower lane, so
// that it can rise past it.
std::vector<float> candidate_x0s(const std::vector<LaneLabel>& labels, const std::vector<LanePlacement>& placed,
                                 std::size_t i, int lane, const LaneRules& rules) {
    const LaneLabel& me = labels[i];
    std::vector<float> xs{me.x - rules.inset, me.x + rules.inset - me.width};
    const float near = me.width + rules.max_shift + rules.gap;
    for (std::size_t j = 0; j < labels.size(); ++j) {
        if (placed[j].lane < 0 || j == i || placed[j].lane > lane) continue;
        const float x0 = placed[j].x0, x1 = placed[j].x0 + labels[j].width;
        if (x1 < me.x - near || x0 > me.x + near) continue;  // too far to matter
        if (placed[j].lane == lane) {
            xs.push_back(x1 + rules.gap);
            xs.push_back(x0 - rules.gap - me.width);
            continue;
        }
        for (float anchor : {x0 - rules.clearance - 1, x1 + rules.clearance + 1}) {
            xs.push_back(anchor - rules.inset);
            xs.push_back(anchor + rules.inset - me.width);
        }
    }
    for (float& x : xs) x = std::clamp(x, rules.min_x, std::max(rules.min_x, rules.max_x - me.width));
    return xs;
}

// Every place that fits, cheapest first (at most `limit`).
std::vector<Candidate> places(const std::vector<LaneLabel>& labels, const std::vector<LanePlacement>& placed,
                              std::size_t i, const LaneRules& rules, const Style& style, std::size_t limit) {
    const LaneLabel& me = labels[i];
    std::vector<Candidate> found;
    auto worst = [&]() { return found.size() < limit ? 1e30f : found.back().cost; };
    for (int lane = 0; lane < rules.lanes; ++lane) {
        const float lane_cost = style.lane_cost * static_cast<float>(lane);
        if (lane_cost >= worst()) break;  // higher lanes only cost more
        for (float x0 : candidate_x0s(labels, placed, i, lane, rules)) {
            const float lo = x0 + rules.inset, hi = x0 + me.width - rules.inset;
            const float anchor = std::clamp(me.x, lo, std::max(lo, hi));
            const float shift = std::abs(anchor - me.x);
            if (shift > rules.max_shift) continue;
            float cost = lane_cost + shift + (x0 + rules.inset == me.x ? 0.0f : style.left_cost);
            if (style.block_cost > 0) {
                for (std::size_t j = 0; j < labels.size(); ++j)
                    if (j != i && placed[j].lane < 0 && labels[j].x >= x0 - rules.clearance &&
                        labels[j].x <= x0 + me.width + rules.clearance)
                        cost += style.block_cost;
            }
            if (cost >= worst()) continue;
            const LanePlacement p{lane, x0, anchor};
            if (!fits(labels, placed, i, p, rules)) continue;
            const bool same = std::any_of(found.begin(), found.end(), [&](const Candidate& c) {
                return c.placement.lane == lane && std::abs(c.placement.x0 - x0) < 0.5f;
            });
            if (same) continue;
            found.insert(std::upper_bound(found.begin(), found.end(), cost,
                                          [](float v, const Candidate& c) { return v < c.cost; }),
                         Candidate{p, cost});
            if (found.size() > limit) found.pop_back();
        }
    }
    return found;
}

struct Result {
    std::vector<LanePlacement> placed;
    int missing = 0;
    int missing_must = 0;
    float cost = 0;
};

Result greedy(const std::vector<LaneLabel>& labels, const std::vector<std::size_t>& order, const LaneRules& rules,
              const Style& style) {
    Result r;
    r.placed.assign(labels.size(), LanePlacement{});
    for (std::size_t i : order) {
        const std::vector<Candidate> c = places(labels, r.placed, i, rules, style, 1);
        if (!c.empty()) {
            r.placed[i] = c.front().placement;
            r.cost += c.front().cost;
        } else {
            ++r.missing;
            r.missing_must += labels[i].must;
        }
    }
    return r;
}

// A beam search: the cheapest few partial layouts are carried along together, each extended by the next
// label's cheapest few places. Unlike a single greedy pass it can keep a dearer early choice (the telegram
// one lane higher) that leaves room for the crowd after it.
Result beam(const std::vector<LaneLabel>& labels, const std::vector<std::size_t>& order, const LaneRules& rules,
            const Style& style) {
    std::vector<Result> states(1);
    states[0].placed.assign(labels.size(), LanePlacement{});
    for (std::size_t i : order) {
        std::vector<Result> next;
        for (const Result& state : states) {
            const std::vector<Candidate> options = places(labels, state.placed, i, rules, style, kBeamBranches);
            for (const Candidate& c : options) {
                Result r = state;
                r.placed[i] = c.placement;
                r.cost += c.cost;
                next.push_back(std::move(r));
            }
            if (options.empty()) {
                Result r = state;
                ++r.missing;
                r.missing_must += labels[i].must;
                next.push_back(std::move(r));
            }
        }
        std::sort(next.begin(), next.end(), [](const Result& a, const Result& b) {
            return a.missing != b.missing ? a.missing < b.missing : a.cost < b.cost;
        });
        if (next.size() > kBeamWidth) next.resize(kBeamWidth);
        states = std::move(next);
    }
    return states.front();
}

bool better(const Result& a, const Result& b) {
    if (a.missing_must != b.missing_must) return a.missing_must < b.missing_must;
    if (a.missing != b.missing) return a.missing < b.missing;
    return a.cost < b.cost;
}

float cross(float ax, float ay, float bx, float by) { return ax * by - ay * bx; }

// Labels too far apart to meet (their boxes and leaders cannot reach each other) are placed separately:
// most stand alone and settle at once, so the search spends itself on the crowds.
std::vector<std::vector<std::size_t>> clusters(const std::vector<LaneLabel>& labels, const LaneRules& rules) {
    std::vector<std::size_t> by_x(labels.size());
    std::iota(by_x.begin(), by_x.end(), 0);
    std::stable_sort(by_x.begin(), by_x.end(), [&](std::size_t a, std::size_t b) { return labels[a].x < labels[b].x; });
    float widest = 0, largest_r = 0;
    for (const LaneLabel& l : labels) widest = std::max(widest, l.width), largest_r = std::max(largest_r, l.marker_r);
    const float reach = widest + rules.max_shift + rules.gap + rules.clearance + largest_r;
    std::vector<std::vector<std::size_t>> out;
    for (std::size_t k = 0; k < by_x.size(); ++k) {
        if (k == 0 || labels[by_x[k]].x - labels[by_x[k - 1]].x > 2 * reach) out.emplace_back();
        out.back().push_back(by_x[k]);
    }
    return out;
}

// One crowd: a handful of greedy passes with different leanings (no single one suits every crowd); the best
// wins, or the first that places every label when that is all the caller needs. Climbing cheaply builds
// staircases of flags; climbing dearly packs labels side by side with slanted leaders; minding the markers
// still to come keeps their way up clear. Along time or against it; those that must be labelled first, or in
// turn. When all fall short, and the best placement is wanted, a beam search has a go.
Result solve(const std::vector<LaneLabel>& labels, const LaneRules& rules, LaneEffort effort) {
    std::vector<std::size_t> forward(labels.size());
    std::iota(forward.begin(), forward.end(), 0);
    std::stable_sort(forward.begin(), forward.end(),
                     [&](std::size_t a, std::size_t b) { return labels[a].x < labels[b].x; });
    const std::vector<std::size_t> backward(forward.rbegin(), forward.rend());
    const float lc = rules.lane_cost;
    const Style styles[] = {
        {lc * 0.25f, 0.5f, lc}, {lc, 0.5f, 0}, {lc * 0.25f, 0.5f, 0}, {lc, lc * 1.5f, lc * 3}, {lc * 4, 0.5f, 0}};
    std::optional<Result> best;
    for (const Style& style : styles) {
        for (const std::vector<std::size_t>& along : {backward, forward}) {
            for (bool must_first : {false, true}) {
                std::vector<std::size_t> order = along;
                if (must_first)
                    std::stable_partition(order.begin(), order.end(), [&](std::size_t i) { return labels[i].must; });
                // Labels left without a place choose first next time: a few rounds settle most crowds.
                for (int round = 0; round < 3; ++round) {
                    Result r = greedy(labels, order, rules, style);
                    const bool done = r.missing == 0;
                    if (!done)
                        std::stable_partition(order.begin(), order.end(),
                                              [&](std::size_t i) { return r.placed[i].lane < 0; });
                    if (!best || better(r, *best)) best = std::move(r);
                    if (done) break;
                }
                if (best->missing == 0 && (effort == LaneEffort::AnyComplete || labels.size() == 1)) return *best;
            }
        }
    }
    if (best->missing > 0 && effort == LaneEffort::Best) {
        for (const std::vector<std::size_t>& along : {backward, forward}) {
            for (const Style& style : {styles[0], styles[1]}) {
                std::vector<std::size_t> order = along;
                std::stable_partition(order.begin(), order.end(), [&](std::size_t i) { return labels[i].must; });
                Result r = beam(labels, order, rules, style);
                if (better(r, *best)) best = std::move(r);
                if (best->missing == 0) return *best;
            }
        }
    }
    return *best;
}

}  // namespace

LaneBox lane_box(const LaneLabel& label, const LanePlacement& p, const LaneRules& rules) {
    const float bottom = rules.base + rules.pitch * static_cast<float>(p.lane);
    return {p.x0, bottom, p.x0 + label.width, bottom + rules.box_h};
}

LaneSegment lane_leader(const LaneLabel& label, const LanePlacement& p, const LaneRules& rules) {
    return {label.x, label.marker_r, p.anchor_x, rules.base + rules.pitch * static_cast<float>(p.lane)};
}

bool segments_cross(const LaneSegment& a, const LaneSegment& b) {
    const float d1x = a.x1 - a.x0, d1y = a.y1 - a.y0, d2x = b.x1 - b.x0, d2y = b.y1 - b.y0;
    const float denom = cross(d1x, d1y, d2x, d2y);
    const float ex = b.x0 - a.x0, ey = b.y0 - a.y0;
    if (std::abs(denom) < 1e-6f) {
        // Parallel: they meet only if on one line and overlapping (two leaders rising from one day).
        if (std::abs(cross(ex, ey, d1x, d1y)) > 1e-3f) return false;
        const float len2 = d1x * d1x + d1y * d1y;
        if (len2 <= 0) return false;
        const float t0 = (ex * d1x + ey * d1y) / len2;
        const float t1 = t0 + (d2x * d1x + d2y * d1y) / len2;
        return std::max(t0, t1) >= 0 && std::min(t0, t1) <= 1;
    }
    const float t = cross(ex, ey, d2x, d2y) / denom;
    const float u = cross(ex, ey, d1x, d1y) / denom;
    return t >= 0 && t <= 1 && u >= 0 && u <= 1;
}

// Liang-Barsky: clip the segment to the box; it hits when anything is left.
bool segment_hits_box(const LaneSegment& s, const LaneBox& b) {
    float t0 = 0, t1 = 1;
    const float dx = s.x1 - s.x0, dy = s.y1 - s.y0;
    const float p[4] = {-dx, dx, -dy, dy};
    const float q[4] = {s.x0 - b.x0, b.x1 - s.x0, s.y0 - b.y0, b.y1 - s.y0};
    for (int k = 0; k < 4; ++k) {
        if (p[k] == 0) {
            if (q[k] < 0) return false;
            continue;
        }
        const float t = q[k] / p[k];
        if (p[k] < 0) t0 = std::max(t0, t);
        else t1 = std::min(t1, t);
        if (t0 > t1) return false;
    }
    return true;
}

std::optional<std::vector<LanePlacement>> assign_lanes(const std::vector<LaneLabel>& labels, const LaneRules& rules,
                                                       bool allow_unlabelled, LaneEffort effort) {
    std::vector<LanePlacement> out(labels.size());
    for (const std::vector<std::size_t>& members : clusters(labels, rules)) {
        std::vector<LaneLabel> group;
        for (std::size_t i : members) group.push_back(labels[i]);
        const Result r = solve(group, rules, effort);
        if (r.missing > 0 && !allow_unlabelled) return std::nullopt;
        for (std::size_t k = 0; k < members.size(); ++k) out[members[k]] = r.placed[k];
    }
    return out;
}

}  // namespace app
