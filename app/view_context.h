// What every view needs to lay itself out and draw: the content, the screen, fonts' sizes, colours and the
// visitor's language. Passed by reference; views keep none of it.
#pragma once
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
    Rect area;  // the part of the screen the view may use (the rest holds the navigation bar)
};

}  // namespace app
