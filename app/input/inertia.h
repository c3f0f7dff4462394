// Momentum after a fling, and the give of a page pulled past its end. Velocities are px/s, thresholds mm/s so a
// flick feels the same on every screen. Each step is solved exactly rather than integrated frame by frame, so
// the motion is the same at 20 fps on a busy Pi as at 60 fps.
#pragma once

#include "../geometry.h"

namespace app {

struct InertiaConfig {
    float min_fling_mm_s = 50;     // a slower release just puts the page down where the finger left it
    float max_fling_mm_s = 1300;   // a wild swipe still lands somewhere sensible (about Android's cap)
    float stop_mm_s = 15;          // slower than this the motion is a crawl: stop
    double time_constant_s = 0.5;  // the speed falls to 1/e in this time (iOS's normal deceleration)
};

struct Inertia {
    Vec2 velocity;  // px/s; zero when still
    InertiaConfig config;
};

// Starts gliding at a drag's release velocity (DragEnd), or stays still if the release was slow.
void start_inertia(Inertia& inertia, Vec2 release_velocity, float px_per_mm);

// A finger caught the page.
void stop_inertia(Inertia& inertia);

// Moves time on by `dt_s`: returns this step's displacement in px and slows down, stopping below stop_mm_s.
Vec2 step_inertia(Inertia& inertia, double dt_s, float px_per_mm);

bool inertia_active(const Inertia& inertia);

// The whole distance the glide will still cover, e.g. to snap it to a card before it lands.
Vec2 inertia_distance(const Inertia& inertia, float px_per_mm);

// How far the page shows when pulled `overshoot_px` past its end: follows the finger at about half speed at
// first, ever more reluctantly, never reaching `limit_px`. Keep the raw overshoot and show rubber_band of it.
float rubber_band(float overshoot_px, float limit_px);

// The raw overshoot that shows as `shown_px`: for a finger catching a page that is springing back.
float rubber_band_raw(float shown_px, float limit_px);

// Eases an overshoot back towards 0 by `dt_s`: arrives exactly at 0 after ~0.2 s (20 px) to ~0.35 s (300 px).
float spring_back(float overshoot_px, double dt_s);

}  // namespace app
