#include "exhibit.h"

#include "theme.h"

namespace app {
namespace {

// Lays everything out for `screen`, keeping the reader's place as a fraction of the scroll range.
void lay_out(Exhibit& exhibit, Screen screen) {
    float fraction = 0;
    float range = max_scroll(exhibit.telegram, exhibit.screen);
    if (range > 0) fraction = exhibit.telegram.scroll_y / range;
    exhibit.screen = screen;
    exhibit.telegram.layout = layout_telegram(exhibit.content->telegram, exhibit.screen, exhibit.measure, default_theme());
    exhibit.telegram.scroll_y = fraction * max_scroll(exhibit.telegram, exhibit.screen);
    exhibit.telegram.drag.reset();
    exhibit.dirty = true;
}

}  // namespace

Exhibit make_exhibit(std::shared_ptr<const Content> content, Screen screen, TextMeasure measure) {
    Exhibit exhibit;
    exhibit.content = std::move(content);
    exhibit.screen = screen;
    exhibit.measure = std::move(measure);
    lay_out(exhibit, screen);
    return exhibit;
}

void resize(Exhibit& exhibit, Screen screen) {
    lay_out(exhibit, screen);
}

void replace_content(Exhibit& exhibit, std::shared_ptr<const Content> content) {
    exhibit.content = std::move(content);
    lay_out(exhibit, exhibit.screen);
}

void handle_input(Exhibit& exhibit, const InputEvent& event) {
    if (telegram_handle_input(exhibit.telegram, exhibit.screen, event)) exhibit.dirty = true;
}

void advance(Exhibit&, double) {
    // Nothing animates yet; time is accepted so platform/ and tests drive every exhibit the same way.
}

bool needs_frame(const Exhibit& exhibit) { return exhibit.dirty; }

DisplayList draw(Exhibit& exhibit) {
    const Theme theme = default_theme();
    DisplayList list;
    list.clear_color = theme.surround;
    draw_telegram(exhibit.telegram, exhibit.screen, theme, list);
    exhibit.dirty = false;
    return list;
}

}  // namespace app
