#include "map_content.h"

namespace app {
namespace {

template <typename T>
int index_of(const std::vector<T>& items, const std::string& id) {
    for (std::size_t i = 0; i < items.size(); ++i)
        if (items[i].id == id) return static_cast<int>(i);
    return -1;
}

}  // namespace

const MapRegion* find_region(const MapContent& map, const std::string& id) {
    const int i = index_of(map.regions, id);
    return i < 0 ? nullptr : &map.regions[static_cast<std::size_t>(i)];
}

int find_country(const MapContent& map, const std::string& id) { return index_of(map.countries, id); }
int find_place(const MapContent& map, const std::string& id) { return index_of(map.places, id); }
int find_story(const MapContent& map, const std::string& id) { return index_of(map.stories, id); }

}  // namespace app
