// A visitor's finger on the exhibit, as tests play it: down, a twentieth of a second, up, a twentieth more, so the
// tap is recognised and what it opens has begun to appear.
#pragma once
#include "exhibit.h"

namespace app::testing {

inline void tap(Exhibit& e, Vec2 p) {
    handle_input(e, PointerEvent{PointerPhase::Down, 7, p});
    advance(e, 0.05);
    handle_input(e, PointerEvent{PointerPhase::Up, 7, p});
    advance(e, 0.05);
}

}  // namespace app::testing
