// The banner a curator sees in the windowed preview when an edit broke the content: the exhibit keeps showing
// the last good content underneath, and the banner lists what is wrong, file:line:column first.
#pragma once
#include <string>
#include <vector>

#include "../display_list.h"
#include "../screen.h"
#include "../text_measure.h"
#include "../theme.h"

namespace app {

// Appends the banner for `lines` (already formatted problems) along the top of the screen. Shows as many
// lines as fit in a third of the screen and says how many more there are.
void draw_problem_banner(const std::vector<std::string>& lines, const Screen& screen, const TextMeasure& measure,
                         const Theme& theme, DisplayList& out);

}  // namespace app
