// The attract loop: what a passer-by sees while nobody uses the exhibit. The title on a telegram slip, a
// line of intrigue changing every few seconds in each language, and one large button per language, each
// named in itself. Touching anywhere begins; touching a language begins in it.
#pragma once
#include <array>
#include <optional>

#include "../display_list.h"
#include "../view_context.h"

namespace app {

constexpr double kTeaserSeconds = 6.0;  // each teaser line stays this long
constexpr double kTeaserFadeSeconds = 0.8;
// The cross-fade moves in steps, as a film does: smooth to the eye, and a third of the frames a fade at the display's
// 60 a second would draw (the fade is most of what the attract loop costs, and it runs all day).
constexpr double kTeaserFadeStepsPerSecond = 24;

struct AttractView {
    double started_at = 0;
};

struct AttractLayout {
    std::array<Rect, 3> buttons;  // one per language, in kLanguages order
    int unit_px = 0;
    int name_px = 0;    // each button's language name
    int invite_px = 0;  // and its invitation beneath
};

AttractLayout layout_attract(const ViewContext& ctx);

// The language whose button is at `p`, if any.
std::optional<Language> attract_button_at(const AttractLayout& layout, Vec2 p);

// True during a cross-fade (for settling, as screenshots do); frames are due only at its steps.
bool attract_animating(const AttractView& view, double now);

// Seconds until the attract loop next changes by itself: the next step of a fade, teaser or blink of the carriage.
double attract_next_change(const AttractView& view, double now);

void draw_attract(const AttractView& view, const ViewContext& ctx, double now, DisplayList& out);

}  // namespace app
