// The exhibit as a whole: one value holding everything a frame depends on, and the free functions that
// drive it. platform/ calls, once per frame: handle_input for each event, advance by the elapsed time,
// then draw (only when needs_frame says something changed or moves).
#pragma once
#include <memory>

#include "content/content.h"
#include "display_list.h"
#include "input.h"
#include "screen.h"
#include "telegram/telegram_view.h"
#include "text_measure.h"

namespace app {

struct Exhibit {
    std::shared_ptr<const Content> content;
    Screen screen;
    TextMeasure measure;
    TelegramView telegram;
    bool dirty = true;  // something changed since the last draw
};

Exhibit make_exhibit(std::shared_ptr<const Content> content, Screen screen, TextMeasure measure);

// The window changed size (or rotated): everything is laid out again.
void resize(Exhibit& exhibit, Screen screen);

// New content (a curator's edit): laid out again, keeping the visitor's place where it still exists.
void replace_content(Exhibit& exhibit, std::shared_ptr<const Content> content);

void handle_input(Exhibit& exhibit, const InputEvent& event);

// Moves animations on by `dt_s` seconds of (injected) time.
void advance(Exhibit& exhibit, double dt_s);

// True when the next frame would differ from the last one drawn.
bool needs_frame(const Exhibit& exhibit);

// Builds the frame and marks the exhibit clean.
DisplayList draw(Exhibit& exhibit);

}  // namespace app
