// What every view needs to lay itself out and draw: the content, the screen, fonts' sizes, colours and the
// visitor's language. Passed by reference; views keep none of it.
#pragma once
#include <string>

#include "content/content.h"
#include "screen.h"
#include "text_measure.h"
#include "theme.h"

namespace app {

struct ViewContext {
    const Content& content;
    const Screen& screen;
    const TextMeasure& measure;
    const Theme& theme;
    Language language;
    Rect area;              // the part of the screen the view may use (the rest holds the navigation bar)
    bool sound = false;     // narrations can be heard here: Listen buttons are shown (ExhibitOptions::sound)
    std::string playing{};  // the narration subject being read aloud now ("" while silent)
    // The words being spoken now, as a byte range of the narrated text with its spaces collapsed (empty when the
    // captions do not follow the text): a card marks them in its own lines.
    std::size_t spoken_begin = 0;
    std::size_t spoken_end = 0;
};

}  // namespace app
