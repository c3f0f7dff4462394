// What visitors do, as plain events the exhibit notes as they happen, for privacy-safe statistics: no images,
// no free text, nothing that identifies a person. platform/ drains them each frame into its store.
#pragma once
#include <string>
#include <vector>

#include "content/language.h"
#include "geometry.h"

namespace app {

struct VisitEvent {
    enum class Kind {
        SessionStart,   // a visitor left the attract loop; `language` is the one chosen
        SessionEnd,     // the exhibit started over after the idle countdown
        ViewEntered,    // `id` is the view: "telegram", "map" or "timeline"
        CardOpened,     // `id`: an annotation id, or "event:", "place:", "story:", "country:" and the id
        CardClosed,     // `id` as opened; `seconds` is how long it was open
        Touch,          // where a tap landed on the telegram page, as fractions of the page (for a heatmap)
        ListenStarted,  // `id`: what is read aloud ("telegram" or "annotation:<id>"); `language`: the narration's
        ListenEnded,    // `id` and `language` as started; `seconds`: how long it played; `to_the_end`: all of it
    };
    Kind kind = Kind::SessionStart;
    double at = 0;  // the exhibit's clock, seconds
    Language language = Language::English;
    std::string id;
    double seconds = 0;
    Vec2 where;
    bool to_the_end = false;
};

// Bounded: if nobody drains it (a test, a screenshot), the oldest events are dropped rather than memory grown.
constexpr std::size_t kMaxPendingVisitEvents = 4096;

struct VisitLog {
    std::vector<VisitEvent> pending;
};

void note(VisitLog& log, VisitEvent event);

// Hands over everything noted since the last call.
std::vector<VisitEvent> take_visit_events(VisitLog& log);

}  // namespace app
