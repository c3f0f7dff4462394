// The telegram screen: the page and its scrolling, the teleprinter that types it on arrival, the breathing
// underlines of touchable phrases, and the card of the phrase a visitor touched.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "../animation/easing.h"
#include "../cards/open_card.h"
#include "../display_list.h"
#include "../input.h"
#include "../input/gestures.h"
#include "../input/inertia.h"
#include "../view_context.h"
#include "telegram_layout.h"
#include "teleprinter.h"

namespace app {

struct TelegramView {
    TelegramLayout layout;  // the page as shown: the typed original, or the translation (layout.translated)
    std::optional<TelegramLayout> other_layout;  // the page in its other form, where the language has a translation
    // Where the column shows on screen: the view's area above the tools strip (and above the captions' band
    // while the telegram is read aloud). Nothing is ever drawn over the page's words: the controls stand below.
    Rect viewport;
    Rect tools_strip;        // the row for the telegram's own buttons, across the foot of the view (empty without)
    float caption_room = 0;  // the room kept free above the strip for the captions' band (0 when none shows)
    std::vector<std::vector<Rect>> phrases;  // per annotation, the boxes of its phrase (column coordinates)
    Teleprinter teleprinter;
    float scroll_y = 0;  // how far the column is scrolled up, 0..max_scroll
    std::optional<ScrollAnimation> scroll_animation;
    Inertia fling;
    bool dragging = false;
    float card_room_below = 0;            // extra scroll past the end, so a card near the end can open full size
    std::optional<OpenCard> card;         // the open card, one at a time
    std::optional<CardLink> follow;       // a card's link the visitor pressed, for the exhibit to follow (then cleared)
    std::optional<Picture> show_picture;  // a card's picture the visitor tapped, for the exhibit to show full screen
    std::optional<std::string>
        listen;  // a Listen (or Stop) pressed: the narration subject, for the exhibit (then cleared)
    std::optional<OpenCard> closing_card;  // the previous card while it fades away
    bool breathing = true;                 // the underlines pulse slowly (off with reduced motion)
};

// Lays the view out for the context's screen and language, keeping the reader's place and open card, and the
// translation on if the new language has one.
void layout_telegram_view(TelegramView& view, const ViewContext& ctx);

// Where a card may stand on screen: the viewport and, below it, the tools strip (the buttons step aside while a
// card is open, so a card on a short screen can stand full size beside its phrase), unless the captions' band
// stands between the two.
Rect telegram_card_area(const TelegramView& view);

// Keeps `room` free between the page and the tools strip for the captions' band (0: none); the page ends above it.
void set_telegram_caption_room(TelegramView& view, float room);

// A new visitor arrives: the original at the top of the page, no card, the teleprinter starts typing at `now`.
void start_visit(TelegramView& view, double now);

// The visitor's language has a translation of the telegram: its button shows (telegram_tools).
bool telegram_has_translation(const TelegramView& view);

// Shows the exhibit's translation (`on`) or the typed original, at the same reading place as nearly as the two
// allow. The translation shows no phrases to touch (they are anchored in the English), so an open card closes
// and the typing completes. Returns whether the page changed; false where there is no translation.
bool show_telegram_translation(TelegramView& view, const ViewContext& ctx, bool on, double now);

// How far the column can scroll: to its end, plus any room made for an open card below the last lines.
float max_scroll(const TelegramView& view);

// Each returns whether the view changed.
bool telegram_on_gesture(TelegramView& view, const ViewContext& ctx, const Gesture& gesture, double now);
bool telegram_on_wheel(TelegramView& view, const ViewContext& ctx, const WheelEvent& wheel);
bool telegram_on_key(TelegramView& view, const ViewContext& ctx, const KeyEvent& key, double now);
bool telegram_advance(TelegramView& view, const ViewContext& ctx, double now, double dt);

// Something moves now (not counting the slow breathing of the underlines).
bool telegram_animating(const TelegramView& view, double now);

// Reduced motion (a kiosk setting, applied after every input and time step): with `on`, the underlines keep still
// and whatever moves by itself (typing, an eased scroll, a card growing or closing) is at its end at `now`.
void apply_reduced_motion(TelegramView& view, bool on, double now);

// Opens the card of annotation `index` as if its phrase had been touched.
void open_card(TelegramView& view, const ViewContext& ctx, int index, double now);
// Closes the open card (it shrinks away from `now`).
void close_cards(TelegramView& view, double now);

void draw_telegram(const TelegramView& view, const ViewContext& ctx, double now, DisplayList& out);

// The underlines breathe slowly; they change this often, so frames are asked for at this rate only. Each breath
// redraws the whole page, so this is the idle telegram's cost (README, Benchmarks): 3 steps a second keep the
// breath smooth enough to read as one (about ten steps a cycle) at under half the cost of 8.
constexpr double kBreathingFramesPerSecond = 3;
constexpr double kBreathingPeriodSeconds = 3.2;

}  // namespace app
