#include "text_size_check.h"

#include <set>
#include <string>

#include "../exhibit.h"
#include "../listen/listening.h"
#include "../text/text_size.h"

namespace app {
namespace {

// One frame as a visitor would see it, named for the message.
struct Shown {
    std::string what;
    DisplayList list;
};

Shown shown(Exhibit& e, std::string what) {
    settle(e, 30);
    return Shown{std::move(what), draw(e)};
}

// The screens a visitor meets in `language`: every view at rest, the telegram's cards, end, translation and
// captions, a card on the map and the timeline, the attract loop and "Still there?".
std::vector<Shown> frames(const std::shared_ptr<const Content>& content, const Screen& screen,
                          const TextMeasure& measure, Language language) {
    std::vector<Shown> out;
    ExhibitOptions options = starting_on(Scene::Attract);
    options.default_language = language;
    options.reduced_motion = true;  // everything at its end: what stays on screen
    Exhibit e = make_exhibit(content, screen, measure, options);
    out.push_back(shown(e, "the attract loop"));
    show_view(e, Scene::Telegram);
    set_language(e, language);
    out.push_back(shown(e, "the telegram"));
    for (std::size_t i = 0; i < content->annotations.size(); ++i) {
        open_card(e.telegram, view_context(e), static_cast<int>(i), e.now);
        out.push_back(shown(e, "the card of annotation \"" + content->annotations[i].id + "\""));
    }
    close_cards(e.telegram, e.now);
    e.telegram.scroll_y = max_scroll(e.telegram);
    e.dirty = true;
    out.push_back(shown(e, "the end of the telegram"));
    if (show_telegram_translation(e.telegram, view_context(e), true, e.now))
        out.push_back(shown(e, "the telegram's translation"));
    toggle_listening(e, std::string(kTelegramNarration));
    if (const Narration* n = listening_to(e.listening, *e.content)) {
        for (const Caption& caption : n->captions) {
            e.listening.started_at = e.now - caption.at;
            e.dirty = true;
            out.push_back(Shown{"the captions of Listen", draw(e)});
        }
        toggle_listening(e, std::string(kTelegramNarration));
    }
    show_view(e, Scene::Map);
    out.push_back(shown(e, "the map"));
    if (!content->map.places.empty()) {
        map_show_place(e.map, view_context(e), content->map.places.front().id, e.now);
        out.push_back(shown(e, "the map's card of place \"" + content->map.places.front().id + "\""));
    }
    if (!content->map.stories.empty()) {
        map_play_story(e.map, view_context(e), content->map.stories.front().id, e.now);
        out.push_back(shown(e, "the map's story \"" + content->map.stories.front().id + "\""));
    }
    show_view(e, Scene::Timeline);
    out.push_back(shown(e, "the timeline"));
    for (const TimelineEvent& event : content->timeline.events) {
        timeline_show_event(e.timeline, view_context(e), event.id, e.now);
        out.push_back(shown(e, "the timeline's card of event \"" + event.id + "\""));
    }
    // "Still there?" over the timeline.
    advance(e, e.options.idle.timeout_s + 1);
    out.push_back(Shown{"\"Still there?\"", draw(e)});
    return out;
}

}  // namespace

std::vector<const Text*> texts_smaller_than(const DisplayList& list, int min_px) {
    std::vector<const Text*> out;
    std::set<std::string> seen;
    for (const DrawCommand& command : list.commands) {
        const Text* text = std::get_if<Text>(&command);
        if (text && text->size_px < min_px && seen.insert(text->text).second) out.push_back(text);
    }
    return out;
}

std::vector<Problem> check_text_sizes(const std::shared_ptr<const Content>& content, const Screen& screen,
                                      const TextMeasure& measure) {
    std::vector<Problem> problems;
    std::set<std::string> reported;
    const int min_px = min_text_px(screen);
    const std::string size = std::to_string(screen.width_px) + "x" + std::to_string(screen.height_px);
    for (Language language : kLanguages) {
        for (const Shown& frame : frames(content, screen, measure, language)) {
            for (const Text* text : texts_smaller_than(frame.list, min_px)) {
                if (!reported.insert(text->text + frame.what).second) continue;  // once, not once per language
                const std::string words = text->text.size() > 40 ? text->text.substr(0, 37) + "..." : text->text;
                problems.push_back({"exhibit.json", 0, 0,
                                    "\"" + words + "\" on " + frame.what + " is " + std::to_string(text->size_px) +
                                        " px (" + language_code(language) + ", " + size +
                                        "), smaller than the exhibit's " + "smallest text, " +
                                        std::to_string(kMinTextMm).substr(0, 3) + " mm (" + std::to_string(min_px) +
                                        " px on this screen)"});
            }
        }
    }
    return problems;
}

}  // namespace app
