// Reduced motion, a setting curators turn on for visitors who are unsettled by movement: everything that would
// glide, grow, type or draw itself arrives at once. What follows a finger (a drag, a pinch) still follows it;
// nothing moves by itself. Applied after each input and time step, so views need not know about it.
#pragma once

namespace app {

struct Exhibit;

// Brings every animation under way to its end state now.
void finish_motion(Exhibit& exhibit);

}  // namespace app
