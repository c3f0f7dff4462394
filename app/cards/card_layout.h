// What goes inside a card and how big it is, in the card's own coordinates (origin top-left). Annotations,
// timeline events and map places all open the same kind of card.
#pragma once
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "../content/content.h"
#include "../display_list.h"
#include "../screen.h"
#include "../theme.h"
#include "../ui_metrics.h"

namespace app {

// Where a card's link button leads: the same subject in another view.
struct CardLink {
    enum class To { Telegram, MapPlace, MapStory, TimelineEvent };
    To to = To::Telegram;
    std::string id;  // the annotation, place, story or event id
};

// What a card says, copied out of the content so an open card never points into content being replaced.
struct CardContent {
    Localized title;
    Localized body;
    std::vector<std::string> sources;
    std::optional<BarChart> chart;
    std::vector<CardLink> links;                  // at most one per view, shown as buttons under the text
    std::string narration{};                      // the narration subject that reads this card aloud ("" for none)
    std::array<bool, kLanguageCount> narrated{};  // whether it has a recording in each language
    Picture picture{};  // shown under the title when present(); a tap on it opens it full screen
};

// An annotation's card: its words, its chart, links to its timeline event and its map story (or place), and
// its narrations when the exhibit can play sound.
CardContent card_content(const Annotation& annotation, const Content& content, bool sound);

struct CardLayout {
    Vec2 size;
    int text_px = 0;
    float corner_radius = 0;
    std::vector<Text> texts;
    Rect close_visual;  // the drawn "× Close" button
    Rect close_target;  // where a touch counts as pressing it: at least 15 mm each way
    struct Button {
        Rect visual;
        Rect target;  // at least 15 mm each way; the targets of two buttons never overlap
    };
    std::vector<Button> link_buttons;  // one per CardContent::links, in its order
    // "Listen", first in the row of buttons when the card has a narration in the language shown; its icon and
    // words change to "Stop" while it plays (draw_card), so it is laid out for the longer of the two.
    std::size_t body_first = 0;  // the body's lines are texts[body_first, body_first + body_lines)
    std::size_t body_lines = 0;
    float body_pitch = 0;
    bool has_listen = false;
    Button listen;
    Rect listen_icon;
    Vec2 listen_text_at;
    int listen_text_px = 0;
    bool has_chart = false;
    Rect chart;
    // The picture under the title, its caption and credit in small type under it (among `texts`).
    bool has_picture = false;
    Rect picture;         // where it is drawn, the file's aspect kept
    Rect picture_target;  // where a touch opens it full screen: the picture, at least 15 mm each way
};

// What a touch at `p` (in the coordinates `card_rect` is in) meets on a card laid out as `layout`.
struct CardHit {
    enum class Part { Outside, Inside, Close, Link, Listen, Picture };
    Part part = Part::Outside;
    int link = -1;  // for Part::Link: index into CardContent::links
};
CardHit card_hit(const CardLayout& layout, const Rect& card_rect, Vec2 p);

// The "× Close" pill for a card whose text is `text_px`, its right edge at `right` and top at `top`: how every card
// and the full-screen picture are closed, so it looks and reads the same everywhere.
struct ClosePill {
    Rect visual;
    Rect target;  // touch_target(visual)
    Text label;
};
ClosePill close_pill(const InterfaceText& ui, Language language, float right, float top, int text_px,
                     const Screen& screen, const TextMeasure& measure, const Theme& theme);

CardLayout layout_card(const CardContent& content, const InterfaceText& ui, Language language, float width, int text_px,
                       const Screen& screen, const TextMeasure& measure, const Theme& theme);

// Card width for that text size: about 60 characters a line, never wider than the screen allows.
float card_width(int text_px, const Screen& screen, float margin);

}  // namespace app
