// The exhibit as a whole: one value holding everything a frame depends on, and the free functions that
// drive it. platform/ calls, once per frame: handle_input for each event, advance by the elapsed time,
// then draw when needs_frame says something changed or moves; between frames it may sleep for
// seconds_until_next_frame.
#pragma once
#include <memory>
#include <optional>

#include "attract/attract_view.h"
#include "content/content.h"
#include "display_list.h"
#include "scene.h"
#include "input.h"
#include "idle/idle.h"
#include "input/gestures.h"
#include "listen/listening.h"
#include "map/map_view.h"
#include "nav/nav_bar.h"
#include "picture/picture_viewer.h"
#include "screen.h"
#include "telegram/telegram_view.h"
#include "timeline/timeline_view.h"
#include "text_measure.h"
#include "theme.h"
#include "visit_log.h"

namespace app {

// A new view fades in over this long: enough to see that the screen changed, short enough not to wait for.
constexpr double kViewFadeSeconds = 0.25;

// How much larger text is for a visitor who asks for it.
constexpr float kEasyReadingTextScale = 1.4f;

// How an exhibit starts and behaves; platform/ fills it from the command line and settings.
struct ExhibitOptions {
    Scene start = Scene::Attract;
    Language default_language = Language::English;
    IdleSettings idle;
    bool easy_reading = false;  // the first visit starts with larger text and high contrast (proofs, screenshots)
    bool reduced_motion =
        false;  // curators' setting: nothing glides, types or draws itself (each view's apply_reduced_motion)
    // Narrations can be heard: platform/ turns this off where no sound device opens or the volume is 0, and the
    // Listen buttons then do not appear (nobody presses a button that does nothing).
    bool sound = true;
};

inline ExhibitOptions starting_on(Scene scene) {
    ExhibitOptions options;
    options.start = scene;
    return options;
}

// A narration as the visit log saw it start, so its end can be noted even after new content replaced it.
struct NotedListening {
    int serial = 0;       // Listening::serial when last looked at
    std::string subject;  // "" while silent
    Language language = Language::English;
    double started_at = 0;
    double length_s = 0;
};

// A view laid out only when it is needed: what it waits for.
struct WaitingLayout {
    bool layout = false;               // the screen, language, text size or content changed since its layout
    std::optional<double> restart_at;  // a new visit began then (start_over) while it waited
};

struct Exhibit {
    std::shared_ptr<const Content> content;
    Screen screen;
    TextMeasure measure;
    ExhibitOptions options;
    Theme theme = default_theme();
    Language language = Language::English;
    double now = 0;  // seconds of injected time since the exhibit started
    Scene scene = Scene::Attract;
    AttractView attract;
    TelegramView telegram;
    MapView map;
    TimelineView timeline;
    // The map and the timeline are laid out when first needed (shown, or in a quiet moment: lay_out_waiting_view),
    // not every time the screen, language, text size or content changes: a visitor sees one view at a time, and
    // the timeline's label search is the costliest layout there is. The view shown never waits.
    WaitingLayout map_waiting;
    WaitingLayout timeline_waiting;
    bool easy_reading = false;  // larger text and high contrast, asked for by this visitor
    Listening listening;        // the narration being read aloud, if any (platform/sound/audio_output plays it)
    std::optional<PictureViewer> picture;  // a card's picture full screen, over every view and the bar
    bool timeline_visited = false;         // this visitor has seen the timeline (its plot draws itself once a visit)
    double view_entered_at = -1e9;         // when the current view appeared, for its fade-in
    GestureRecognizer gestures;
    double last_activity = 0;                // the last touch, click or key
    double countdown_appeared_at = -1;       // when "Still there?" appeared; < 0 while it is not shown
    bool ignore_touch_until_lifted = false;  // the touch that dismissed the countdown does nothing else
    VisitLog visits;                         // what visitors did, for statistics (drained by platform/)
    std::string noted_card;                  // the card the log last saw open ("" for none)
    double noted_card_at = 0;
    NotedListening noted_listening;  // the narration the log last saw playing
    bool dirty = true;               // something changed since the last draw
    double drawn_at = -1;            // `now` of the last frame drawn
};

Exhibit make_exhibit(std::shared_ptr<const Content> content, Screen screen, TextMeasure measure,
                     ExhibitOptions options = {});

// Leaves whatever the last visitor did and shows the attract loop, as for a new visitor.
void start_over(Exhibit& exhibit);

// The window changed size (or rotated): everything is laid out again.
void resize(Exhibit& exhibit, Screen screen);

// New content (a curator's edit): laid out again, keeping the visitor's place where it still exists.
void replace_content(Exhibit& exhibit, std::shared_ptr<const Content> content);

// Lays `scene`'s view out if it waits for that (tests and tools that reach into a view they have not shown).
void ensure_laid_out(Exhibit& exhibit, Scene scene);

// Lays out one view still waiting (the map, then the timeline) and returns true; false when none waits. platform/
// calls it in quiet moments, so that a visitor's first tap on a view finds it ready.
bool lay_out_waiting_view(Exhibit& exhibit);

// What the three views are laid out and drawn with now: the screen above the navigation bar, in the visitor's language.
ViewContext view_context(const Exhibit& exhibit);
// The whole screen, for what is not a view: the attract loop, the countdown and the navigation bar.
ViewContext screen_context(const Exhibit& exhibit);

// The visitor moves to a view (as the navigation bar does); from Attract this starts a visit.
void show_view(Exhibit& exhibit, Scene scene);

// The visitor's language, from any view: everything is laid out again in it, nothing else changes.
void set_language(Exhibit& exhibit, Language language);

// Larger text (1.4x) and the high-contrast theme together, on every view, until the visit ends.
void set_easy_reading(Exhibit& exhibit, bool on);

// Whether narration can be heard (a sound device, volume above 0): the Listen buttons, and the telegram's strip of
// buttons below its page, are there only then. A change lays the views out again; what is being read stops.
void set_sound(Exhibit& exhibit, bool on);

// Listen or Stop (as their buttons do): reads `subject` ("telegram", "annotation:<id>") aloud in the visitor's
// language, or stops it when it is already playing. A narration stops by itself at its end, and when what it
// reads leaves the screen (its card closes, the view or the language changes, the visit ends).
void toggle_listening(Exhibit& exhibit, const std::string& subject);

// Shows a card's picture full screen over the view (as a tap on it does); pinching then zooms it.
void show_picture(Exhibit& exhibit, const Picture& picture);

// Follows a card's link (as pressing its button does): the view changes and the linked card opens.
void follow_link(Exhibit& exhibit, const CardLink& link);

// Returns whether the exhibit used the event (platform/ may give an unused Escape to the window).
bool handle_input(Exhibit& exhibit, const InputEvent& event);

// Moves animations on by `dt_s` seconds of (injected) time.
void advance(Exhibit& exhibit, double dt_s);

// True when the next frame would differ from the last one drawn.
bool needs_frame(const Exhibit& exhibit);

// How long platform/ may sleep before a frame could be needed without any input (0: draw now).
double seconds_until_next_frame(const Exhibit& exhibit);

// True while something moves by itself (typing, a card opening, a glide, a fade); ambient breathing aside.
bool exhibit_animating(const Exhibit& exhibit);

// Lets time pass in frame-sized steps until nothing moves (at most `max_s`): what a visitor sees once
// everything has come to rest. Screenshots and golden images use it.
void settle(Exhibit& exhibit, double max_s = 30);

// Builds the frame and marks the exhibit clean.
DisplayList draw(Exhibit& exhibit);

}  // namespace app
