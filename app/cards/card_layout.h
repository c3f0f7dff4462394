// What goes inside a card and how big it is, in the card's own coordinates (origin top-left). Annotations,
// timeline events and map places all open the same kind of card.
#pragma once
#include <optional>
#include <vector>

#include "../content/content.h"
#include "../display_list.h"
#include "../screen.h"
#include "../theme.h"

namespace app {

// What a card says, copied out of the content so an open card never points into content being replaced.
struct CardContent {
    Localized title;
    Localized body;
    std::vector<std::string> sources;
    std::optional<BarChart> chart;
};

CardContent card_content(const Annotation& annotation);

struct CardLayout {
    Vec2 size;
    int text_px = 0;
    float corner_radius = 0;
    std::vector<Text> texts;
    Rect close_visual;  // the drawn "× Close" button
    Rect close_target;  // where a touch counts as pressing it: at least 15 mm each way
    bool has_chart = false;
    Rect chart;
};

// The smallest touch target a visitor can hit reliably standing up.
constexpr float kMinTouchTargetMm = 15.0f;

CardLayout layout_card(const CardContent& content, const InterfaceText& ui, Language language, float width,
                       int text_px, const Screen& screen, const TextMeasure& measure, const Theme& theme);

// Card text size for a screen whose telegram body is `body_px`: a little smaller than the document,
// never below what is legible at arm's length.
int card_text_px(int body_px, const Screen& screen);

// Card width for that text size: about 60 characters a line, never wider than the screen allows.
float card_width(int text_px, const Screen& screen, float margin);

}  // namespace app
