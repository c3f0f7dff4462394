// Is every text a visitor can be shown at least the exhibit's smallest size (text/text_size.h) on this screen?
// Draws the views as a visitor meets them (the telegram from top to end, each annotation's card, the
// translation, the captions of Listen, the map, the timeline with an event's card, the attract loop and "Still
// there?") in every language and reports each text drawn smaller, with the screen size, for `--check`.
#pragma once
#include <memory>
#include <vector>

#include "../content/content.h"
#include "../content/problem.h"
#include "../display_list.h"
#include "../screen.h"
#include "../text_measure.h"

namespace app {

// The texts of `list` smaller than `min_px`, each once (by its words).
std::vector<const Text*> texts_smaller_than(const DisplayList& list, int min_px);

std::vector<Problem> check_text_sizes(const std::shared_ptr<const Content>& content, const Screen& screen,
                                      const TextMeasure& measure);

}  // namespace app
