// The screen a kiosk shows when it has no content it can show (every copy failed its check): calm, in the three
// languages, with nothing a visitor could read as an error. The curators' and technicians' side of the story is
// in the journal (deploy/exhibit-kiosk) and in `exhibit --check`. Its words are built in, not content, because it
// is what shows when the content is broken; they say nothing about the telegram.
#pragma once
#include <array>
#include <string>

#include "../display_list.h"
#include "../screen.h"
#include "../text_measure.h"
#include "../theme.h"

namespace app {

struct RestingLine {
    std::string title;
    std::string detail;
};

// English, Russian, Portuguese (the Russian and Portuguese await native-speaker review, as all such text does).
const std::array<RestingLine, 3>& resting_lines();

// Fonts may be missing too: the text then simply does not draw, and the screen stays a quiet, lit surface.
DisplayList draw_resting(const Screen& screen, const TextMeasure& measure, const Theme& theme);

}  // namespace app
