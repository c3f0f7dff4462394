#include "check_links.h"

#include <functional>
#include <string>

namespace app {
namespace {

// "a", "b" and "c" — the ids a curator may choose from, so a misspelling is fixed without opening another file.
template <typename T>
std::string known_ids(const std::vector<T>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
        out += "\"" + items[i].id + "\"";
    }
    return out;
}

template <typename T>
bool has_id(const std::vector<T>& items, const std::string& id) {
    for (const T& item : items)
        if (item.id == id) return true;
    return false;
}

// Links into an empty collection are not checked: that file failed to load and has its own problems listed.
template <typename T>
void check(const std::vector<T>& targets, const std::string& target, const std::string& what, const std::string& from,
           const std::string& file, LineColumn at, const std::string& target_file, std::vector<Problem>& problems) {
    if (target.empty() || targets.empty() || has_id(targets, target)) return;
    problems.push_back({file, at.line, at.column,
                        from + " links to the " + what + " \"" + target + "\", which " + target_file +
                            " does not have; the ids there are " + known_ids(targets)});
}

}  // namespace

void check_links(const Content& content, std::vector<Problem>& problems) {
    const std::string& annotations_file = content.files.annotations;
    const std::string& events_file = content.timeline.events_file;
    const std::string& places_file = content.map.places_file;
    const std::string& map_file = content.map.file;
    for (const Annotation& a : content.annotations) {
        const std::string from = "annotation \"" + a.id + "\"";
        check(content.timeline.events, a.event, "timeline event", from, annotations_file, a.event_at, events_file,
              problems);
        check(content.map.places, a.place, "map place", from, annotations_file, a.place_at, places_file, problems);
        check(content.map.stories, a.story, "map story", from, annotations_file, a.story_at, map_file, problems);
    }
    for (const TimelineEvent& e : content.timeline.events) {
        const std::string from = "event \"" + e.id + "\"";
        check(content.annotations, e.annotation, "annotation", from, events_file, e.annotation_at, annotations_file,
              problems);
        check(content.map.places, e.place, "map place", from, events_file, e.place_at, places_file, problems);
    }
}

}  // namespace app
