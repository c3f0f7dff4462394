#include "gestures.h"
#include "../screen.h"

#include <algorithm>
#include <cmath>

namespace app {
namespace {

// Fingertips cannot come closer than this; keeps a pinch's scale finite when synthetic fingers coincide.
constexpr float kMinPinchSpanMm = 5.0f;
// A finger that moved less than this since it was last seen moving counts as resting (touch screens jitter).
constexpr float kStillMm = 0.5f;
// Samples closer together in time than this say nothing reliable about speed (several events in one frame).
constexpr double kMinVelocitySpanS = 0.005;
// Times computed by adding up frame steps wobble in the last digits; that is not the clock going backwards.
constexpr double kClockJitterS = 0.001;

// Named helpers rather than operators, so they can never clash with operators added to geometry.h later.
Vec2 minus(Vec2 a, Vec2 b) { return {a.x - b.x, a.y - b.y}; }
Vec2 midpoint(Vec2 a, Vec2 b) { return {(a.x + b.x) / 2, (a.y + b.y) / 2}; }
float distance(Vec2 a, Vec2 b) { return std::hypot(a.x - b.x, a.y - b.y); }
bool same(Vec2 a, Vec2 b) { return a.x == b.x && a.y == b.y; }
bool is_mouse(std::int64_t finger) { return finger == kMouseFinger; }

void add_sample(TrackedFinger& f, double now_s, Vec2 pos) {
    f.newest = (f.newest + 1) % kGestureSamples;
    f.samples[static_cast<std::size_t>(f.newest)] = PointerSample{now_s, pos};
    f.sample_count = std::min(f.sample_count + 1, kGestureSamples);
}

const PointerSample& sample_back(const TrackedFinger& f, int age) {
    return f.samples[static_cast<std::size_t>((f.newest - age + kGestureSamples) % kGestureSamples)];
}

TrackedFinger new_finger(std::int64_t id, Vec2 pos, double now_s) {
    TrackedFinger f;
    f.id = id;
    f.origin = pos;
    f.pos = pos;
    f.down_s = now_s;
    add_sample(f, now_s, pos);
    return f;
}

int find_finger(const GestureRecognizer& r, std::int64_t id) {
    for (int i = 0; i < r.finger_count; ++i) {
        if (r.fingers[static_cast<std::size_t>(i)].id == id) return i;
    }
    return -1;
}

// The velocity at the newest sample: a least-squares line through the samples of the last velocity_window_s.
// A finger that rested before lifting has no velocity: it either sent nothing for still_gap_s (only what came
// after such a gap counts) or kept reporting about the same place for that long.
Vec2 release_velocity(const TrackedFinger& f, const GestureConfig& config, float px_per_mm) {
    std::array<PointerSample, kGestureSamples> picked{};
    picked[0] = sample_back(f, 0);
    const PointerSample& newest = picked[0];
    int n = 1;
    bool moved_lately = false;  // moved more than kStillMm within still_gap_s of the newest sample
    const float still_px = kStillMm * px_per_mm;
    for (int age = 1; age < f.sample_count; ++age) {
        const PointerSample& s = sample_back(f, age);
        const PointerSample& later = picked[static_cast<std::size_t>(n - 1)];
        if (s.t_s > later.t_s + kClockJitterS) break;  // the clock went backwards: trust only what came after
        if (later.t_s - s.t_s > config.still_gap_s) break;
        // While `later` lies within still_gap_s of the newest sample, `s` is a place the finger was in that time.
        if (newest.t_s - later.t_s <= config.still_gap_s && distance(s.pos, newest.pos) > still_px) moved_lately = true;
        if (newest.t_s - s.t_s > config.velocity_window_s) break;
        picked[static_cast<std::size_t>(n++)] = s;
    }
    if (n < 2 || !moved_lately) return {};
    const double span = newest.t_s - picked[static_cast<std::size_t>(n - 1)].t_s;
    if (span < kMinVelocitySpanS) return {};

    // Times relative to the newest sample keep the sums precise after months of uptime.
    double mean_t = 0, mean_x = 0, mean_y = 0;
    for (int i = 0; i < n; ++i) {
        const PointerSample& s = picked[static_cast<std::size_t>(i)];
        mean_t += s.t_s - newest.t_s;
        mean_x += s.pos.x;
        mean_y += s.pos.y;
    }
    mean_t /= n;
    mean_x /= n;
    mean_y /= n;
    double stt = 0, stx = 0, sty = 0;
    for (int i = 0; i < n; ++i) {
        const PointerSample& s = picked[static_cast<std::size_t>(i)];
        const double dt = s.t_s - newest.t_s - mean_t;
        stt += dt * dt;
        stx += dt * (s.pos.x - mean_x);
        sty += dt * (s.pos.y - mean_y);
    }
    if (stt <= 0) return {};
    return {static_cast<float>(stx / stt), static_cast<float>(sty / stt)};
}

float pinch_scale(const GestureRecognizer& r, float px_per_mm) {
    const float floor = kMinPinchSpanMm * px_per_mm;
    const float now = distance(r.fingers[0].pos, r.fingers[1].pos);
    return std::max(now, floor) / std::max(r.pinch_start_distance, floor);
}

Vec2 pinch_center(const GestureRecognizer& r) { return midpoint(r.fingers[0].pos, r.fingers[1].pos); }

Gesture make(GestureKind kind, Vec2 pos, std::int64_t finger) {
    Gesture g;
    g.kind = kind;
    g.pos = pos;
    g.finger = finger;
    return g;
}

void start_pinch(GestureRecognizer& r, std::vector<Gesture>& out) {
    r.phase = GesturePhase::Pinching;
    r.can_tap = false;
    r.can_long_press = false;
    r.pinch_start_distance = distance(r.fingers[0].pos, r.fingers[1].pos);
    r.pinch_center = pinch_center(r);
    out.push_back(make(GestureKind::PinchStart, r.pinch_center, r.fingers[1].id));
}

void on_down(GestureRecognizer& r, const PointerEvent& e, double now_s, std::vector<Gesture>& out) {
    switch (r.phase) {
        case GesturePhase::Idle:
            r.fingers[0] = new_finger(e.finger, e.pos, now_s);
            r.finger_count = 1;
            r.phase = GesturePhase::Pressed;
            r.can_tap = true;
            r.can_long_press = true;
            return;
        case GesturePhase::Pressed:
        case GesturePhase::Dragging: {
            // The mouse cannot pinch, and mouse and touch never share a gesture.
            if (!r.config.pinch || is_mouse(e.finger) || is_mouse(r.fingers[0].id)) return;
            const TrackedFinger& first = r.fingers[0];
            if (r.phase == GesturePhase::Dragging) {
                // End the drag cleanly, without a fling: the content must not fly off under a pinch.
                out.push_back(make(GestureKind::DragEnd, first.pos, first.id));
            }
            r.fingers[1] = new_finger(e.finger, e.pos, now_s);
            r.finger_count = 2;
            start_pinch(r, out);
            return;
        }
        case GesturePhase::Pinching: return;  // a third finger is a stray: ignored for its whole life
    }
}

void on_move(GestureRecognizer& r, int index, Vec2 pos, double now_s, float px_per_mm, std::vector<Gesture>& out) {
    TrackedFinger& f = r.fingers[static_cast<std::size_t>(index)];
    const Vec2 last = f.pos;
    f.pos = pos;
    add_sample(f, now_s, pos);
    switch (r.phase) {
        case GesturePhase::Idle: return;
        case GesturePhase::Pressed: {
            const float slop = r.config.tap_slop_mm * px_per_mm;
            if (!(distance(pos, f.origin) > slop)) return;
            r.phase = GesturePhase::Dragging;
            r.can_tap = false;
            r.can_long_press = false;
            out.push_back(make(GestureKind::DragStart, f.origin, f.id));
            // The first move covers the slop too, so the point touched stays under the finger.
            Gesture move = make(GestureKind::DragMove, pos, f.id);
            move.delta = minus(pos, f.origin);
            out.push_back(move);
            return;
        }
        case GesturePhase::Dragging: {
            if (same(pos, last)) return;
            Gesture move = make(GestureKind::DragMove, pos, f.id);
            move.delta = minus(pos, last);
            out.push_back(move);
            return;
        }
        case GesturePhase::Pinching: {
            if (same(pos, last)) return;
            const Vec2 center = pinch_center(r);
            Gesture move = make(GestureKind::PinchMove, center, f.id);
            move.delta = minus(center, r.pinch_center);
            move.scale = pinch_scale(r, px_per_mm);
            r.pinch_center = center;
            out.push_back(move);
            return;
        }
    }
}

// A finger leaves the gesture. `lost` means we never heard its Up (its id came down again): it ends what it did,
// but neither taps nor flings.
void on_lift(GestureRecognizer& r, int index, double now_s, float px_per_mm, bool lost, std::vector<Gesture>& out) {
    const TrackedFinger& f = r.fingers[static_cast<std::size_t>(index)];
    switch (r.phase) {
        case GesturePhase::Idle: return;
        case GesturePhase::Pressed:
            if (!lost && r.can_tap && now_s - f.down_s <= r.config.tap_max_s) {
                out.push_back(make(GestureKind::Tap, f.origin, f.id));
            }
            break;
        case GesturePhase::Dragging: {
            Gesture end = make(GestureKind::DragEnd, f.pos, f.id);
            if (!lost) end.velocity = release_velocity(f, r.config, px_per_mm);
            out.push_back(end);
            break;
        }
        case GesturePhase::Pinching: {
            Gesture end = make(GestureKind::PinchEnd, pinch_center(r), f.id);
            end.scale = pinch_scale(r, px_per_mm);
            out.push_back(end);
            // The other finger stays down as a plain press that can no longer tap or long-press (a visitor
            // lifting one finger of a pinch chose nothing), but can pan on from where it rests, as maps do.
            r.fingers[0] = r.fingers[static_cast<std::size_t>(1 - index)];
            r.fingers[0].origin = r.fingers[0].pos;
            r.finger_count = 1;
            r.phase = GesturePhase::Pressed;
            r.can_tap = false;
            r.can_long_press = false;
            return;
        }
    }
    r.finger_count = 0;
    r.phase = GesturePhase::Idle;
    r.can_tap = false;
    r.can_long_press = false;
}

}  // namespace

std::vector<Gesture> recognize(GestureRecognizer& r, const PointerEvent& event, double now_s, float px_per_mm) {
    std::vector<Gesture> out = update_gestures(r, now_s);
    const float ppm = sane_px_per_mm(px_per_mm);
    const int index = find_finger(r, event.finger);
    switch (event.phase) {
        case PointerPhase::Down:
            // A Down for a finger we think is down means its Up got lost: finish that contact, then start afresh.
            if (index >= 0) on_lift(r, index, now_s, ppm, /*lost=*/true, out);
            on_down(r, event, now_s, out);
            break;
        case PointerPhase::Move:
            if (index >= 0) on_move(r, index, event.pos, now_s, ppm, out);
            break;
        case PointerPhase::Up:
            // The Up's own position counts as a last move (and a sample), so nothing it carries is lost.
            if (index >= 0) {
                on_move(r, index, event.pos, now_s, ppm, out);
                on_lift(r, index, now_s, ppm, /*lost=*/false, out);
            }
            break;
    }
    return out;
}

std::vector<Gesture> update_gestures(GestureRecognizer& r, double now_s) {
    std::vector<Gesture> out;
    if (r.phase == GesturePhase::Pressed && r.can_long_press && now_s - r.fingers[0].down_s >= r.config.long_press_s) {
        r.can_long_press = false;
        r.can_tap = false;
        out.push_back(make(GestureKind::LongPress, r.fingers[0].origin, r.fingers[0].id));
    }
    return out;
}

void reset_gestures(GestureRecognizer& r) {
    GestureRecognizer fresh;
    fresh.config = r.config;
    r = fresh;
}

bool gesture_in_progress(const GestureRecognizer& r) { return r.phase != GesturePhase::Idle; }

}  // namespace app
