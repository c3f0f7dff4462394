#include "card_links.h"

namespace app {
namespace {

const Annotation* annotation_with_id(const Content& content, const std::string& id) {
    for (const Annotation& a : content.annotations)
        if (a.id == id) return &a;
    return nullptr;
}

// Back to the telegram through `annotation`, and on to the timeline through its event (or `fallback_event`).
std::vector<CardLink> back_links(const Annotation* annotation, const std::string& fallback_event) {
    std::vector<CardLink> links;
    if (annotation) links.push_back({CardLink::To::Telegram, annotation->id});
    const std::string& event = annotation && !annotation->event.empty() ? annotation->event : fallback_event;
    if (!event.empty()) links.push_back({CardLink::To::TimelineEvent, event});
    return links;
}

}  // namespace

std::vector<CardLink> annotation_links(const Annotation& annotation) {
    std::vector<CardLink> links;
    if (!annotation.event.empty()) links.push_back({CardLink::To::TimelineEvent, annotation.event});
    // A story shows more than its place alone (the place is on the story's route), so it wins.
    if (!annotation.story.empty()) links.push_back({CardLink::To::MapStory, annotation.story});
    else if (!annotation.place.empty()) links.push_back({CardLink::To::MapPlace, annotation.place});
    return links;
}

std::vector<CardLink> event_links(const Content& content, const TimelineEvent& event) {
    std::vector<CardLink> links;
    const Annotation* annotation = event.annotation.empty() ? nullptr : annotation_with_id(content, event.annotation);
    if (annotation) links.push_back({CardLink::To::Telegram, annotation->id});
    if (annotation && !annotation->story.empty() && annotation->event == event.id)
        links.push_back({CardLink::To::MapStory, annotation->story});
    else if (!event.place.empty()) links.push_back({CardLink::To::MapPlace, event.place});
    return links;
}

std::vector<CardLink> place_links(const Content& content, const std::string& place_id) {
    const Annotation* first = nullptr;
    for (const Annotation& a : content.annotations)
        if (a.place == place_id && (!first || (first->event.empty() && !a.event.empty()))) first = &a;
    std::string event;
    for (const TimelineEvent& e : content.timeline.events)
        if (e.place == place_id && event.empty()) event = e.id;
    return back_links(first, event);
}

std::vector<CardLink> story_links(const Content& content, const std::string& story_id) {
    for (const Annotation& a : content.annotations)
        if (a.story == story_id) return back_links(&a, {});
    return {};
}

}  // namespace app
