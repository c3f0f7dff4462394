#include "map/labels/map_names.h"

#include <algorithm>
#include <cmath>

namespace app {
namespace {

Rect grown(const Rect& r, float by) { return Rect{r.x - by, r.y - by, r.w + 2 * by, r.h + 2 * by}; }

// What every name must stay clear of: the legend and the buttons.
std::vector<Rect> fixed_obstacles(const MapView& v) {
    std::vector<Rect> out{grown(v.layout.legend.panel, v.layout.type.gap)};
    for (const MapButton& b : v.layout.buttons) out.push_back(b.target);
    return out;
}

// Small boxes along every story's lines: names avoid them if they can, figures must.
std::vector<Rect> line_boxes(const MapView& v, const MapTransform& t, int only_story) {
    std::vector<Rect> out;
    const float step = std::max(6.0f, v.layout.type.label_px * 0.8f);
    const float half = std::max(2.0f, v.layout.type.marker_radius * 0.4f);
    for (std::size_t s = 0; s < v.layout.stories.size(); ++s) {
        if (only_story >= 0 && static_cast<int>(s) != only_story) continue;
        for (const StoryPath& path : v.layout.stories[s].routes)
            for (const auto& piece : path.pieces)
                for (std::size_t k = 1; k < piece.size(); ++k) {
                    const Vec2 a = to_screen(t, piece[k - 1]), b = to_screen(t, piece[k]);
                    const int n = std::max(1, static_cast<int>(std::hypot(b.x - a.x, b.y - a.y) / step));
                    for (int i = 0; i <= n; ++i) {
                        const float f = static_cast<float>(i) / n;
                        out.push_back(
                            Rect{a.x + (b.x - a.x) * f - half, a.y + (b.y - a.y) * f - half, 2 * half, 2 * half});
                    }
                }
    }
    return out;
}

Rect marker_box_of(const LabelRequest& r) {
    return Rect{r.anchor.x - r.radius, r.anchor.y - r.radius, 2 * r.radius, 2 * r.radius};
}

}  // namespace

void place_map_names(MapView& v, const ViewContext& ctx) {
    const MapContent& map = ctx.content.map;
    const MapTransform t = map_transform(v);
    const Rect& stage = v.layout.stage;
    const float gap = v.layout.type.gap;
    LabelRoom room;
    room.bounds = grown(stage, -gap);
    room.obstacles = fixed_obstacles(v);
    room.gap = std::max(2.0f, gap * 0.5f);

    // Place markers, on screen or not: nothing may cover them.
    std::vector<LabelRequest> places;
    std::vector<int> which;
    std::vector<Rect> markers;
    for (std::size_t i = 0; i < map.places.size(); ++i) {
        const Vec2 at = to_screen(t, to_map_units(map.places[i].at));
        const LabelRequest r{at, v.layout.type.marker_radius, v.layout.place_label_sizes[i], std::nullopt};
        markers.push_back(grown(marker_box_of(r), room.gap));
        if (!stage.contains(at)) continue;
        places.push_back(r);
        which.push_back(static_cast<int>(i));
    }

    // 1. Country names: centred on their point if they can be, else nudged clear of the places.
    LabelRoom country_room = room;
    country_room.obstacles.insert(country_room.obstacles.end(), markers.begin(), markers.end());
    country_room.leader_step = v.layout.type.label_px * 0.5f;
    country_room.rings = 8;
    std::vector<LabelRequest> countries;
    for (std::size_t c = 0; c < map.countries.size(); ++c) {
        const Vec2 size = v.layout.country_label_sizes[c];
        countries.push_back(
            {to_screen(t, to_map_units(map.countries[c].label_at)), 0, size, Vec2{-size.x / 2, -size.y / 2}});
    }
    v.country_labels = place_labels(countries, country_room);

    // 2. Place names, clear of the country names and, if possible, of the stories' lines.
    for (std::size_t c = 0; c < countries.size(); ++c)
        if (v.country_labels[c].placed)
            room.obstacles.push_back(grown(label_box(countries[c], v.country_labels[c]), room.gap));
    room.soft = line_boxes(v, t, -1);
    room.soft_rings = 2;  // the lines show only while a story plays: a name near its place matters more
    for (std::size_t k = 0; k < places.size(); ++k) {
        const std::size_t i = static_cast<std::size_t>(which[k]);
        if (v.labels_valid && i < v.place_labels.size() && v.place_labels[i].placed)
            places[k].keep = v.place_labels[i].offset;
    }
    const std::vector<PlacedLabel> placed = place_labels(places, room);
    v.place_labels.assign(map.places.size(), PlacedLabel{});
    for (std::size_t k = 0; k < which.size(); ++k) v.place_labels[static_cast<std::size_t>(which[k])] = placed[k];

    // 3. The stories' figures: clear of all names and markers, and of their own story's lines.
    std::vector<Rect> taken = room.obstacles;
    taken.insert(taken.end(), markers.begin(), markers.end());
    for (std::size_t k = 0; k < places.size(); ++k)
        if (placed[k].placed) taken.push_back(grown(label_box(places[k], placed[k]), room.gap));
    v.route_labels.assign(map.stories.size(), {});
    for (std::size_t s = 0; s < map.stories.size(); ++s) {
        v.route_labels[s].assign(map.stories[s].routes.size(), PlacedLabel{});
        LabelRoom route_room = room;
        route_room.obstacles = taken;
        const std::vector<Rect> own = line_boxes(v, t, static_cast<int>(s));
        route_room.obstacles.insert(route_room.obstacles.end(), own.begin(), own.end());
        route_room.soft.clear();
        route_room.rings = 6;
        for (std::size_t r = 0; r < map.stories[s].routes.size(); ++r) {
            if (!map.stories[s].routes[r].has_label) continue;
            const LabelRequest req{to_screen(t, v.layout.stories[s].routes[r].middle), v.layout.type.marker_radius,
                                   v.layout.route_label_sizes[s][r], std::nullopt};
            v.route_labels[s][r] = place_labels({req}, route_room)[0];
            if (v.route_labels[s][r].placed)
                route_room.obstacles.push_back(grown(label_box(req, v.route_labels[s][r]), room.gap));
        }
    }
    v.labels_for = v.viewport;
    v.labels_valid = true;
}

Vec2 map_place_position(const MapView& view, const ViewContext& ctx, int place) {
    return to_screen(map_transform(view), to_map_units(ctx.content.map.places[static_cast<std::size_t>(place)].at));
}

Rect map_place_label(const MapView& view, const ViewContext& ctx, int place) {
    const std::size_t i = static_cast<std::size_t>(place);
    if (i >= view.place_labels.size() || !view.place_labels[i].placed) return Rect{};
    const Vec2 at = map_place_position(view, ctx, place);
    const Vec2 size = view.layout.place_label_sizes[i];
    return Rect{std::round(at.x + view.place_labels[i].offset.x), std::round(at.y + view.place_labels[i].offset.y),
                size.x, size.y};
}

Rect map_country_label(const MapView& view, const ViewContext& ctx, int country) {
    const std::size_t c = static_cast<std::size_t>(country);
    if (c >= view.country_labels.size() || !view.country_labels[c].placed) return Rect{};  // off screen, or no room
    Rect box = country_label_box(view.layout, ctx.content.map, country, map_transform(view));
    // Nudged from its centre to stay clear of places (the offset is from the centre point).
    box.x = std::round(box.x + box.w / 2 + view.country_labels[c].offset.x);
    box.y = std::round(box.y + box.h / 2 + view.country_labels[c].offset.y);
    return box;
}

}  // namespace app
