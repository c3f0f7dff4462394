// The navigation bar along the bottom of every view, within reach of a seated visitor: the three views
// (Telegram, Map, Timeline), labelled in words; a button for larger text with high contrast; and the languages,
// each named in itself. Every button is a touch target of at least 15 mm.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "../display_list.h"
#include "../scene.h"
#include "../view_context.h"

namespace app {

struct NavButton {
    enum class Kind { View, Language, Reading };  // Reading: larger text and high contrast, on or off
    Kind kind = Kind::View;
    int index = 0;  // the Scene (one of kViews) or the Language it chooses
    Rect rect;
    std::string label;
    bool current = false;
    std::vector<std::string> lines;  // the label as drawn: one line, or two where a narrow screen needs it
};

struct NavBarLayout {
    Rect bar;
    int text_px = 0;
    bool compact_languages = false;  // one button naming the next language, where three do not fit
    std::vector<NavButton> buttons;
};

// The bar's height on this screen (the views get the rest).
float nav_bar_height(const Screen& screen);

// `easy_reading`: whether larger text and high contrast are on (its button shows it, as the language in use).
// `current` is the view shown (never Scene::Attract: the attract loop has no bar).
NavBarLayout layout_nav_bar(const ViewContext& ctx, Scene current, bool easy_reading = false);

std::optional<NavButton> nav_button_at(const NavBarLayout& layout, Vec2 p);

void draw_nav_bar(const NavBarLayout& layout, const ViewContext& ctx, DisplayList& out);

}  // namespace app
