// app::TextMeasure backed by SDL_ttf, so layout in app/ measures with exactly the fonts that draw.
#pragma once
#include <memory>

#include "text/fonts.h"
#include "text_measure.h"

namespace platform {

// The measure shares `fonts` (keeps them alive). When a role's font is broken it answers with rough
// estimates (half an em per character) so a page still lays out while the problem is reported.
app::TextMeasure make_text_measure(std::shared_ptr<Fonts> fonts);

}  // namespace platform
