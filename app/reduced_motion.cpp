#include "reduced_motion.h"

#include <optional>

#include "exhibit.h"

namespace app {
namespace {

constexpr double kLongAgo = 1e6;  // seconds: any animation that started this long ago has ended

void finish_card(std::optional<OpenCard>& card, double now) {
    if (card && card->closing_at < 0) card->opened_at = now - kLongAgo;
}

void finish_telegram(TelegramView& v, double now) {
    v.teleprinter.finished = true;
    v.breathing = false;
    if (v.scroll_animation) {
        v.scroll_y = v.scroll_animation->to;
        v.scroll_animation.reset();
    }
    finish_card(v.card, now);
    v.closing_card.reset();
}

void finish_map(MapView& v, double now) {
    if (v.move) {
        v.viewport = v.move->to;
        v.raw_pan = v.viewport.pan;
        v.move.reset();
    }
    if (v.story >= 0) v.story_started = now - kLongAgo;
    v.fading_story = -1;
    finish_card(v.card, now);
    finish_card(v.story_card, now);
    v.closing_card.reset();
    v.closing_story_card.reset();
}

void finish_timeline(TimelineView& v, double now) {
    if (v.scroll.animation) {
        set_scroll(v.scroll, v.scroll.animation->to);
        v.scroll.animation.reset();
    }
    v.visit_started = now - kLongAgo;
    finish_card(v.card, now);
    v.closing_card.reset();
}

}  // namespace

void finish_motion(Exhibit& exhibit) {
    const double now = exhibit.now;
    finish_telegram(exhibit.telegram, now);
    finish_map(exhibit.map, now);
    finish_timeline(exhibit.timeline, now);
    if (exhibit.picture) {  // a picture appears and goes at once
        if (!picture_viewer_closing(*exhibit.picture)) {
            exhibit.picture->opened_at = now - kLongAgo;
        } else {
            exhibit.picture.reset();
            exhibit.gestures.config.pinch = exhibit.scene == Scene::Map;
        }
    }
    exhibit.view_entered_at = -kLongAgo;  // no fade between views
}

}  // namespace app
