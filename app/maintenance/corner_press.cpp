#include "corner_press.h"

#include <cmath>

namespace app {
namespace {

constexpr double kNever = 1e9;

bool in_top_corner(Vec2 p, float width_px, float corner_px) {
    const bool top = p.y >= 0 && p.y < corner_px;
    const bool left = p.x >= 0 && p.x < corner_px;
    const bool right = p.x <= width_px && p.x > width_px - corner_px;
    return top && (left || right);
}

}  // namespace

bool corner_press_input(CornerPress& press, const PointerEvent& event, double now_s, float width_px, float px_per_mm) {
    const float corner_px = press.config.corner_mm * px_per_mm;
    switch (event.phase) {
        case PointerPhase::Down:
            // A second finger anywhere is a visitor's hand, not a technician's deliberate press.
            if (press.tracking) {
                press.tracking = false;
                return false;
            }
            if (!in_top_corner(event.pos, width_px, corner_px)) return false;
            press.tracking = true;
            press.finger = event.finger;
            press.origin = event.pos;
            press.down_s = now_s;
            press.reported = false;
            return false;
        case PointerPhase::Move: {
            if (!press.tracking || event.finger != press.finger) return false;
            const float dx = event.pos.x - press.origin.x;
            const float dy = event.pos.y - press.origin.y;
            if (std::sqrt(dx * dx + dy * dy) > press.config.slop_mm * px_per_mm) {
                press.tracking = false;
                return false;
            }
            return corner_press_due(press, now_s);
        }
        case PointerPhase::Up:
            if (event.finger != press.finger) return false;
            {
                // Lifting exactly at the hold time still counts, whatever the frame rate was.
                const bool due = corner_press_due(press, now_s);
                press.tracking = false;
                return due;
            }
    }
    return false;
}

bool corner_press_due(CornerPress& press, double now_s) {
    if (!press.tracking || press.reported || now_s - press.down_s < press.config.hold_s) return false;
    press.reported = true;
    return true;
}

double seconds_until_corner_press(const CornerPress& press, double now_s) {
    if (!press.tracking || press.reported) return kNever;
    const double left = press.down_s + press.config.hold_s - now_s;
    return left > 0 ? left : 0;
}

}  // namespace app
