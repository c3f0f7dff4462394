#include "content_pictures.h"

namespace app {

std::vector<PictureUse> pictures_in(const Content& c) {
    std::vector<PictureUse> out;
    const auto add = [&out](const Picture& p, const std::string& file, const std::string& card) {
        if (p.present()) out.push_back({&p, file, card});
    };
    for (const Annotation& a : c.annotations) add(a.picture, c.files.annotations, "annotation \"" + a.id + "\"");
    for (const TimelineEvent& e : c.timeline.events) add(e.picture, c.timeline.events_file, "event \"" + e.id + "\"");
    for (const MapPlace& p : c.map.places) add(p.picture, c.map.places_file, "place \"" + p.id + "\"");
    for (const MapStory& s : c.map.stories) add(s.picture, c.map.file, "story \"" + s.id + "\"");
    return out;
}

}  // namespace app
