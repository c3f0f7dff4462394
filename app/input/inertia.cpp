#include "inertia.h"
#include "../screen.h"

#include <algorithm>
#include <cmath>

namespace app {
namespace {

// iOS's rubber-band constant: a page pulled past its end first follows the finger at 55 %.
constexpr float kRubberBandStiffness = 0.55f;
// The spring-back is an exponential ease (most of the way in ~3 time constants) plus a slow constant creep, so it
// lands exactly on 0 in finite time rather than crawling the last pixel forever.
constexpr double kSpringTimeConstantS = 0.07;
constexpr double kSpringCreepPxS = 25;

double time_constant(const InertiaConfig& config) { return std::max(config.time_constant_s, 1e-3); }

double speed_of(Vec2 v) { return std::hypot(static_cast<double>(v.x), static_cast<double>(v.y)); }

Vec2 scaled(Vec2 v, double k) { return {static_cast<float>(v.x * k), static_cast<float>(v.y * k)}; }

}  // namespace

void start_inertia(Inertia& inertia, Vec2 release_velocity, float px_per_mm) {
    const float ppm = sane_px_per_mm(px_per_mm);
    const double speed = speed_of(release_velocity);
    if (!std::isfinite(speed) || speed < inertia.config.min_fling_mm_s * ppm) {
        inertia.velocity = {};
        return;
    }
    const double max_speed = static_cast<double>(inertia.config.max_fling_mm_s) * ppm;
    inertia.velocity = speed > max_speed ? scaled(release_velocity, max_speed / speed) : release_velocity;
}

void stop_inertia(Inertia& inertia) { inertia.velocity = {}; }

// v(t) = v0 e^(-t/tau) moves v0 tau (1 - e^(-t/tau)) in time t. The stop is placed at the exact moment the speed
// crosses stop_mm_s, so any split of the same time into steps gives the same path and the same end.
Vec2 step_inertia(Inertia& inertia, double dt_s, float px_per_mm) {
    const double speed = speed_of(inertia.velocity);
    if (!std::isfinite(speed)) inertia.velocity = {};
    if (!std::isfinite(speed) || speed == 0 || !(dt_s > 0)) return {};
    const double stop_speed = static_cast<double>(inertia.config.stop_mm_s) * sane_px_per_mm(px_per_mm);
    if (speed <= stop_speed) {
        inertia.velocity = {};
        return {};
    }
    const double tau = time_constant(inertia.config);
    const double until_stop = stop_speed > 0 ? tau * std::log(speed / stop_speed) : dt_s;
    const double t = std::min(dt_s, until_stop);
    const double decay = std::exp(-t / tau);
    const Vec2 moved = scaled(inertia.velocity, tau * (1 - decay));
    inertia.velocity = t >= until_stop ? Vec2{} : scaled(inertia.velocity, decay);
    return moved;
}

bool inertia_active(const Inertia& inertia) { return inertia.velocity.x != 0 || inertia.velocity.y != 0; }

Vec2 inertia_distance(const Inertia& inertia, float px_per_mm) {
    const double speed = speed_of(inertia.velocity);
    const double stop_speed = static_cast<double>(inertia.config.stop_mm_s) * sane_px_per_mm(px_per_mm);
    if (!std::isfinite(speed) || speed <= stop_speed) return {};
    return scaled(inertia.velocity, time_constant(inertia.config) * (1 - stop_speed / speed));
}

// shown = limit * c x / (c x + limit): slope c at the bound, below x everywhere past it, tending to limit.
float rubber_band(float overshoot_px, float limit_px) {
    if (!(limit_px > 0) || std::isnan(overshoot_px)) return 0;
    const float x = std::fabs(overshoot_px);
    const float cx = kRubberBandStiffness * x;
    const float shown = std::isinf(x) ? limit_px : limit_px * cx / (cx + limit_px);
    return std::copysign(shown, overshoot_px);
}

float rubber_band_raw(float shown_px, float limit_px) {
    if (!(limit_px > 0) || std::isnan(shown_px)) return 0;
    // A page shown at (or past) the limit would need an infinite pull; stop just short of it.
    const float s = std::min(std::fabs(shown_px), limit_px * 0.999f);
    return std::copysign(s * limit_px / (kRubberBandStiffness * (limit_px - s)), shown_px);
}

// d|x|/dt = -(|x| / tau + creep), solved exactly: (|x| + tau creep) shrinks by e^(-dt/tau).
float spring_back(float overshoot_px, double dt_s) {
    if (!std::isfinite(overshoot_px)) return 0;
    if (!(dt_s > 0) || overshoot_px == 0) return overshoot_px;
    const double offset = kSpringTimeConstantS * kSpringCreepPxS;
    const double left = (std::fabs(overshoot_px) + offset) * std::exp(-dt_s / kSpringTimeConstantS) - offset;
    return left <= 0 ? 0.0f : std::copysign(static_cast<float>(left), overshoot_px);
}

}  // namespace app
