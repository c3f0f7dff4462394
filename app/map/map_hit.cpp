#include "map_hit.h"

#include <cmath>

namespace app {

int map_button_at(const MapView& v, Vec2 p) {
    for (std::size_t i = 0; i < v.layout.buttons.size(); ++i)
        if (v.layout.buttons[i].target.contains(p)) return static_cast<int>(i);
    return -1;
}

int map_place_at(const MapView& v, const ViewContext& ctx, Vec2 p) {
    const std::size_t n = ctx.content.map.places.size();
    for (std::size_t i = 0; i < n; ++i) {  // a name touched says exactly which place, even in a cluster
        const Rect label = map_place_label(v, ctx, static_cast<int>(i));
        if (label.w > 0 && label.contains(p)) return static_cast<int>(i);
    }
    const float reach = v.layout.type.marker_radius + ctx.screen.mm(kMapTouchToleranceMm);
    int best = -1;
    float best_d = reach;
    for (std::size_t i = 0; i < n; ++i) {
        const Vec2 at = map_place_position(v, ctx, static_cast<int>(i));
        const float d = std::hypot(at.x - p.x, at.y - p.y);
        if (d <= best_d) {
            best_d = d;
            best = static_cast<int>(i);
        }
    }
    return best;
}

int map_legend_country_at(const MapView& v, const ViewContext& ctx, Vec2 p) {
    if (!v.layout.legend.panel.contains(p)) return -1;
    if (v.layout.upright && (v.card || v.story_card)) return -1;  // the introduction has given way to a card
    for (std::size_t i = 0; i < v.layout.legend.entries.size() && i < ctx.content.map.countries.size(); ++i) {
        const LegendEntry& e = v.layout.legend.entries[i];
        if (e.row.w > 0) {
            if (e.row.contains(p)) return static_cast<int>(i);
            continue;
        }
        if (p.y >= e.swatch.y - e.swatch.h * 0.3f && p.y <= e.swatch.bottom() + e.swatch.h * 0.3f)
            return static_cast<int>(i);
    }
    return -1;
}

int map_country_touched(const MapView& v, const ViewContext& ctx, Vec2 p) {
    for (std::size_t i = 0; i < ctx.content.map.countries.size(); ++i)
        if (map_country_label(v, ctx, static_cast<int>(i)).contains(p)) return static_cast<int>(i);
    const MapTransform t = map_transform(v);
    return country_at(*v.layout.projected, to_map(t, p), ctx.screen.mm(kMapTouchToleranceMm * 0.5f) / t.scale);
}

}  // namespace app
