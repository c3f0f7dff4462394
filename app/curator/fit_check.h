// Does every visitor-facing text fit where it goes? Lays the content out on a screen, as the exhibit would, and
// reports each card, button or label that does not fit, naming the file and, where it can, the line.
// `exhibit --check` runs it with the real fonts on the smallest supported screens; tests run it too.
#pragma once
#include <memory>
#include <vector>

#include "../content/content.h"
#include "../content/load_content.h"
#include "../screen.h"
#include "../text_measure.h"

namespace app {

// The Raspberry Pi 7-inch touch display: 800x480 pixels on a visible area of 154.08 x 85.92 mm (132 dpi).
constexpr float kSevenInchPxPerMm = 800.0f / 154.08f;

// The screens content must fit, with every text at least the smallest size (text/text_size.h): the 7-inch
// kiosk display in landscape and portrait at its real size, a small 800x480 screen and a tall portrait monitor at
// 96 dpi.
std::vector<Screen> smallest_supported_screens();

std::vector<Problem> check_fit(const std::shared_ptr<const Content>& content, const Screen& screen,
                               const TextMeasure& measure, const ReadFile& read_file);

// The first line of `file` holding `needle` (0 when it cannot be found), for pointing at an entry.
int line_of(const ReadFile& read_file, const std::string& file, const std::string& needle);

}  // namespace app
