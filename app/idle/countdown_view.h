// "Still there?": the question over a dimmed exhibit, the seconds left, and one large button to stay.
#pragma once
#include "../display_list.h"
#include "../view_context.h"

namespace app {

struct CountdownLayout {
    Rect panel;
    Rect button;
    int unit_px = 0;  // the text unit every size here derives from
    int button_text_px = 0;
};

CountdownLayout layout_countdown(const ViewContext& ctx);

// `appeared_at` animates the panel in; `seconds_left` and `fraction_left` (1 → 0) show the time remaining.
void draw_countdown(const ViewContext& ctx, double now, double appeared_at, int seconds_left, float fraction_left,
                    DisplayList& out);

}  // namespace app
