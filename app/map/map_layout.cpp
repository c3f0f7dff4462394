#include "map_layout.h"

#include <algorithm>
#include <cmath>

#include "../text/text_flow.h"
#include "../text/text_size.h"
#include "../ui_metrics.h"

namespace app {
namespace {

float text_width(const ViewContext& ctx, FontRole role, int px, const std::string& s) {
    return ctx.measure.width(role, px, s);
}
float line_height(const ViewContext& ctx, FontRole role, int px) { return ctx.measure.metrics(role, px).line_height; }

// The buttons along the bottom: one per story (with a play triangle) and the reset button at the right end.
// Text shrinks to fit one row; if even the smallest does not fit, the buttons wrap onto more rows.
std::vector<MapButton> layout_buttons(const ViewContext& ctx, MapTypeScale& type) {
    const Rect& a = ctx.area;
    const MapContent& map = ctx.content.map;
    std::vector<std::string> labels;
    for (const MapStory& s : map.stories) labels.push_back(s.button.in(ctx.language));
    labels.push_back(map.text.reset.in(ctx.language));
    const std::size_t reset = labels.size() - 1;
    const float available = a.w - 2 * type.margin;
    const float min_w = ctx.screen.mm(kMinTouchTargetMm);
    const float spacing = std::max(type.gap, ctx.screen.mm(3));

    std::vector<float> widths;
    int px = type.button_px;
    auto measure_all = [&](int size) {
        widths.clear();
        float total = 0;
        for (std::size_t i = 0; i < labels.size(); ++i) {
            const float icon = i == reset ? 0 : size * 1.25f;
            widths.push_back(
                std::ceil(std::max(min_w, text_width(ctx, FontRole::SansBold, size, labels[i]) + 1.8f * size + icon)));
            total += widths.back() + (i > 0 ? spacing : 0);
        }
        return total;
    };
    const int smallest = min_text_px(ctx.screen);  // buttons shrink to fit, never below the exhibit's smallest text
    while (measure_all(px) > available && px > smallest) --px;
    type.button_px = px;

    const float visual_h = std::round(std::max(ctx.screen.mm(11), px * 2.4f));
    const float target_h = std::max(visual_h, ctx.screen.mm(kMinTouchTargetMm));
    const float row_gap = target_h - visual_h + type.gap;
    // Rows, greedily; the reset button always ends the last row, pinned to the right.
    std::vector<std::vector<std::size_t>> rows(1);
    float used = 0;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const float need = widths[i] + (rows.back().empty() ? 0 : spacing);
        if (!rows.back().empty() && used + need > available) {
            rows.emplace_back();
            used = 0;
        }
        used += widths[i] + (rows.back().empty() ? 0 : spacing);
        rows.back().push_back(i);
    }
    std::vector<MapButton> buttons(labels.size());
    const float bottom = a.bottom() - std::max(type.margin, (target_h - visual_h) / 2 + ctx.screen.mm(1));
    const FontMetrics m = ctx.measure.metrics(FontRole::SansBold, px);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const float y = std::round(bottom - visual_h - static_cast<float>(rows.size() - 1 - r) * (visual_h + row_gap));
        float x = a.x + type.margin;
        for (std::size_t i : rows[r]) {
            MapButton& b = buttons[i];
            b.story = i == reset ? -1 : static_cast<int>(i);
            b.label = labels[i];
            b.icon = i != reset;
            const float bx = i == reset ? a.right() - type.margin - widths[i] : x;
            b.visual = Rect{std::round(bx), y, widths[i], visual_h};
            const float grow_w = std::max(0.0f, min_w - widths[i]) / 2, grow_h = (target_h - visual_h) / 2;
            b.target = Rect{b.visual.x - grow_w, b.visual.y - grow_h, b.visual.w + 2 * grow_w, b.visual.h + 2 * grow_h};
            const float text_x = b.visual.x + 0.9f * px + (b.icon ? 1.25f * px : 0);
            b.text_at = {std::round(text_x), std::round(y + (visual_h - m.line_height) / 2)};
            x += widths[i] + spacing;
        }
    }
    return buttons;
}

// Upright: the stories as full-width buttons, each with its summary beneath its label, under a heading that
// shares its row with the reset button, all along the bottom of the area (within reach). Sets the heading.
std::vector<MapButton> layout_upright_buttons(const ViewContext& ctx, const MapTheme& theme, MapTypeScale& type,
                                              std::optional<Text>& heading) {
    const Rect& a = ctx.area;
    const MapContent& map = ctx.content.map;
    const float m = type.margin, gap = type.gap;
    const float width = a.w - 2 * m;
    const float min_target = ctx.screen.mm(kMinTouchTargetMm);
    const int smallest = min_text_px(ctx.screen);  // buttons shrink to fit, never below the exhibit's smallest text
    int px = round_px(type.label_px * 1.4f);
    auto widest_needed = [&](int size) {
        float need = 0;
        for (const MapStory& s : map.stories)
            need = std::max(need, text_width(ctx, FontRole::SansBold, size, s.button.in(ctx.language)) + 3.2f * size);
        return need;
    };
    while (widest_needed(px) > width && px > smallest) --px;
    type.button_px = px;
    const int small_px = std::max(smallest, round_px(px * 0.8f));
    const float label_h = line_height(ctx, FontRole::SansBold, px),
                small_h = line_height(ctx, FontRole::Sans, small_px);
    const float pad_y = std::round(px * 0.5f);
    const float text_x = std::round(0.9f * px + 1.25f * px + 0.4f * px);  // after the play triangle

    // The heading's row: the heading at the left, the reset button at the right.
    const std::string reset = map.text.reset.in(ctx.language);
    const float reset_w = std::ceil(std::max(min_target, text_width(ctx, FontRole::SansBold, px, reset) + 1.8f * px));
    const float reset_h = std::round(std::max(ctx.screen.mm(11), px * 2.4f));
    const float row_h = std::max(reset_h, min_target);

    std::vector<std::vector<std::string>> details;
    std::vector<float> heights;
    float total = row_h;
    for (const MapStory& s : map.stories) {
        details.push_back(s.summary.in(ctx.language).empty()
                              ? std::vector<std::string>{}
                              : wrap_lines(s.summary.in(ctx.language), TextStyle{FontRole::Sans, small_px, 0, {}},
                                           width - text_x - px, ctx.measure));
        heights.push_back(
            std::ceil(std::max(min_target, 2 * pad_y + label_h + static_cast<float>(details.back().size()) * small_h)));
        total += gap + heights.back();
    }
    float y = std::round(a.bottom() - m - total);
    std::vector<MapButton> buttons(map.stories.size() + 1);
    const float heading_y = y;
    y += row_h + gap;
    const FontMetrics bold = ctx.measure.metrics(FontRole::SansBold, px);
    for (std::size_t i = 0; i < map.stories.size(); ++i) {
        MapButton& b = buttons[i];
        b.story = static_cast<int>(i);
        b.label = map.stories[i].button.in(ctx.language);
        b.icon = true;
        b.visual = Rect{a.x + m, y, width, heights[i]};
        b.target = b.visual;
        const float block = label_h + static_cast<float>(details[i].size()) * small_h;
        const float top = std::round(y + (heights[i] - block) / 2);
        b.text_at = {std::round(b.visual.x + text_x), top};
        for (std::size_t l = 0; l < details[i].size(); ++l)
            b.detail.push_back(Text{details[i][l],
                                    FontRole::Sans,
                                    small_px,
                                    {b.text_at.x, std::round(top + label_h + static_cast<float>(l) * small_h)},
                                    theme.button_text});
        y += heights[i] + gap;
    }
    MapButton& r = buttons.back();
    r.story = -1;
    r.label = reset;
    r.visual =
        Rect{std::round(a.right() - m - reset_w), std::round(heading_y + (row_h - reset_h) / 2), reset_w, reset_h};
    r.target = Rect{r.visual.x, heading_y, reset_w, row_h};
    r.text_at = {std::round(r.visual.x + 0.9f * px), std::round(r.visual.y + (reset_h - bold.line_height) / 2)};
    const std::string title = map.text.stories_heading.in(ctx.language);
    if (!title.empty() && text_width(ctx, FontRole::SansBold, px, title) <= r.visual.x - a.x - m - gap)
        heading = Text{title,
                       FontRole::SansBold,
                       px,
                       {a.x + m, std::round(heading_y + (row_h - bold.line_height) / 2)},
                       theme.panel_text};
    return buttons;
}

// Share of sample points of `r` that fall on a highlighted country or near a place: what a panel there would hide.
float coverage(const Rect& r, const ProjectedMap& projected, const MapContent& map, const MapTransform& home,
               float near_px) {
    int hidden = 0, samples = 0;
    for (int i = 0; i < 10; ++i) {
        for (int j = 0; j < 6; ++j) {
            const Vec2 s{r.x + r.w * (i + 0.5f) / 10, r.y + r.h * (j + 0.5f) / 6};
            ++samples;
            hidden += country_at(projected, to_map(home, s), 0) >= 0;
        }
    }
    float score = static_cast<float>(hidden) / samples;
    for (const MapPlace& p : map.places) {
        const Vec2 at = to_screen(home, to_map_units(p.at));
        if (at.x > r.x - near_px && at.x < r.right() + near_px && at.y > r.y - near_px && at.y < r.bottom() + near_px)
            score += 10;
    }
    return score;
}

MapLegend layout_legend(const ViewContext& ctx, const MapTheme& theme, const MapTypeScale& type,
                        const ProjectedMap& projected, const MapFrame& frame, const Rect& stage, float below_map) {
    const MapTransform& home = frame.home;
    const MapContent& map = ctx.content.map;
    const int px = type.label_px;
    const float lh = line_height(ctx, FontRole::Sans, px);
    const float pad = std::round(px * 0.8f), swatch = std::round(px * 1.1f);
    const float pitch = std::round(std::max(lh * 1.2f, swatch + px * 0.45f));
    MapLegend legend;
    std::vector<std::pair<std::string, Color>> items;
    for (std::size_t i = 0; i < map.countries.size(); ++i)
        items.push_back({map.countries[i].name.in(ctx.language), country_colour(theme, static_cast<int>(i))});
    items.push_back({map.text.other_land.in(ctx.language), theme.land});
    float text_w = text_width(ctx, FontRole::Sans, px, map.text.borders_note.in(ctx.language)) - swatch - px * 0.6f;
    for (const auto& item : items) text_w = std::max(text_w, text_width(ctx, FontRole::Sans, px, item.first));
    const float w = std::ceil(2 * pad + swatch + px * 0.6f + text_w);
    const float h = std::ceil(2 * pad + pitch * static_cast<float>(items.size()) + lh * 1.1f);

    // Just below the map if there is room (an upright screen), else the corner where the panel hides least of
    // the countries and none of the places.
    const float m = type.margin;
    const Rect corners[5] = {{stage.x + m, below_map + type.gap, w, h},
                             {stage.x + m, stage.bottom() - m - h, w, h},
                             {stage.x + m, stage.y + m, w, h},
                             {stage.right() - m - w, stage.bottom() - m - h, w, h},
                             {stage.right() - m - w, stage.y + m, w, h}};
    float best = 1e30f;
    for (const Rect& c : corners) {
        if (c.bottom() > stage.bottom() - m || c.y < stage.y) continue;
        const float score = coverage(c, projected, map, home, type.marker_radius + px * 4);
        if (score < best - 0.02f) {
            best = score;
            legend.panel = Rect{std::round(c.x), std::round(c.y), w, h};
        }
    }
    const Rect& p = legend.panel;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const float y = p.y + pad + pitch * static_cast<float>(i);
        LegendEntry e;
        e.swatch = Rect{p.x + pad, std::round(y + (pitch - swatch) / 2), swatch, swatch};
        e.colour = items[i].second;
        e.text = Text{items[i].first,
                      FontRole::Sans,
                      px,
                      {std::round(p.x + pad + swatch + px * 0.6f), std::round(y + (pitch - lh) / 2)},
                      theme.panel_text};
        legend.entries.push_back(e);
    }
    legend.note = Text{map.text.borders_note.in(ctx.language),
                       FontRole::Sans,
                       px,
                       {p.x + pad, std::round(p.y + pad + pitch * static_cast<float>(items.size()) + lh * 0.1f)},
                       theme.panel_muted};
    return legend;
}

// Upright: the legend grows into an introduction under the globe, full width: a few sentences on what the map
// shows, then each colour with its country's name and role, the other countries and the borders' date. Type
// shrinks until it fits between the globe and the stories; nothing if even the smallest does not.
std::optional<MapLegend> layout_intro(const ViewContext& ctx, const MapTheme& theme, const MapTypeScale& type,
                                      const Rect& stage, float below_map) {
    const MapContent& map = ctx.content.map;
    const float m = type.margin;
    const float top = below_map + type.gap, bottom = stage.bottom() - m;
    const float room = bottom - top;
    for (int px = round_px(type.label_px * 1.6f); px >= type.label_px; --px) {
        MapLegend legend;
        const int small_px = std::max(type.label_px, round_px(px * 0.85f));
        const float pad = std::round(px * 0.9f);
        const float lh = line_height(ctx, FontRole::Sans, px), small_h = line_height(ctx, FontRole::Sans, small_px);
        const float swatch = std::round(px * 1.1f), indent = std::round(swatch + px * 0.7f);
        const float inner = stage.w - 2 * m - 2 * pad;
        const float x = stage.x + m + pad;
        float y = pad;  // from the panel's top, placed below
        for (const std::string& line :
             wrap_lines(map.text.intro.in(ctx.language), TextStyle{FontRole::Sans, px, 0, {}}, inner, ctx.measure)) {
            legend.texts.push_back(Text{line, FontRole::Sans, px, {x, y}, theme.panel_text});
            y += lh;
        }
        if (!legend.texts.empty()) y += std::round(px * 0.8f);
        const float row_gap = std::round(px * 0.45f);
        for (std::size_t i = 0; i <= map.countries.size(); ++i) {
            const bool other = i == map.countries.size();
            LegendEntry e;
            e.colour = other ? theme.land : country_colour(theme, static_cast<int>(i));
            e.swatch = Rect{x, std::round(y + (lh - swatch) / 2), swatch, swatch};
            e.text = Text{other ? map.text.other_land.in(ctx.language) : map.countries[i].name.in(ctx.language),
                          other ? FontRole::Sans : FontRole::SansBold,
                          px,
                          {x + indent, y},
                          theme.panel_text};
            const float row_top = y;
            y += lh;
            if (!other)
                for (const std::string& line :
                     wrap_lines(map.countries[i].role.in(ctx.language), TextStyle{FontRole::Sans, small_px, 0, {}},
                                inner - indent, ctx.measure)) {
                    legend.texts.push_back(Text{line, FontRole::Sans, small_px, {x + indent, y}, theme.panel_muted});
                    y += small_h;
                }
            e.row = Rect{stage.x + m, row_top - row_gap / 2, stage.w - 2 * m, y - row_top + row_gap};
            legend.entries.push_back(e);
            y += row_gap;
        }
        legend.note = Text{map.text.borders_note.in(ctx.language), FontRole::Sans, small_px, {x, y}, theme.panel_muted};
        y += small_h + pad;
        const float h = std::ceil(y);
        if (h > room && px > type.label_px) continue;
        if (h > room) return std::nullopt;
        // A little above the middle of the room: it belongs to the map above it.
        const float panel_y = std::round(top + (room - h) * 0.3f);
        legend.panel = Rect{stage.x + m, panel_y, stage.w - 2 * m, h};
        auto shift = [&](Text& t) { t.top_left.y = std::round(t.top_left.y + panel_y); };
        for (Text& t : legend.texts) shift(t);
        shift(legend.note);
        for (LegendEntry& e : legend.entries) {
            shift(e.text);
            e.swatch.y = std::round(e.swatch.y + panel_y);
            e.row.y = std::round(e.row.y + panel_y);
        }
        return legend;
    }
    return std::nullopt;
}

}  // namespace

MapTypeScale choose_map_type_scale(const Rect& area, const Screen& screen) {
    const float w = area.w, h = area.h;
    MapTypeScale t;
    t.unit = h > w ? std::min(w / 36, h / 64) : std::min(w / 64, h / 36);
    // Type grows with the visitor's larger text (Screen::text_scale); marks and margins do not.
    t.label_px = round_px(std::max(screen.mm(kMinTextMm), t.unit * 0.66f) * screen.text_scale);
    t.country_px = round_px(std::max(screen.mm(3.6f), t.unit * 0.9f) * screen.text_scale);
    t.button_px = round_px(std::max(screen.mm(kMinTextMm), t.unit * 0.72f) * screen.text_scale);
    t.marker_radius = std::max(screen.mm(1.1f), t.unit * 0.22f);
    t.margin = std::round(std::max(screen.mm(3.0f), 0.025f * std::min(w, h)));
    t.gap = std::round(std::max(screen.mm(1.5f), t.unit * 0.3f));
    return t;
}

Rect country_label_box(const MapLayout& layout, const MapContent& map, int index, const MapTransform& t) {
    const Vec2 c = to_screen(t, to_map_units(map.countries[static_cast<std::size_t>(index)].label_at));
    const Vec2 size = layout.country_label_sizes[static_cast<std::size_t>(index)];
    return Rect{std::round(c.x - size.x / 2), std::round(c.y - size.y / 2), size.x, size.y};
}

namespace {

// How many points the map's borders have: with the content's address, what tells a layout its projection can be
// kept.
int point_count(const MapContent& map) {
    int n = 0;
    for (const MapRegion& r : map.regions)
        for (const GeoPolygon& p : r.polygons) {
            n += static_cast<int>(p.outer.size());
            for (const GeoRing& h : p.holes) n += static_cast<int>(h.size());
        }
    return n;
}

// Framed on the countries; on the whole globe if (in some test or broken edit) there are none.
void frame_the_map(const ViewContext& ctx, MapLayout& layout) {
    const ProjectedMap& projected = *layout.projected;
    PlaneBox focus = projected.countries_box;
    if (focus.empty())
        for (const PlanePoint& p : world_outline(8)) focus.add(p);
    const float m = layout.type.margin;
    Rect fit{layout.stage.x + m, layout.stage.y + m, layout.stage.w - 2 * m, layout.stage.h - 2 * m};
    layout.below_map = layout.stage.bottom();
    if (ctx.area.h > ctx.area.w) {
        // Upright screen: the map is as wide as the screen and much less tall. The whole globe goes to the top,
        // and what explains it (legend, cards) reads below it, instead of the map floating in empty space.
        const PlaneBox& box = focus;
        const double scale = fit_transform(box, fit).scale;
        const double pole = to_map_units({90, 0}).y;  // map units: y grows southwards, the north pole is negative
        const float globe_h = static_cast<float>(-2 * pole * scale);
        if (globe_h < fit.h * 0.75f) {
            fit.y = static_cast<float>(std::round(layout.stage.y + m + (box.min_y - pole) * scale));
            fit.h = static_cast<float>(std::ceil((box.max_y - box.min_y) * scale));
            layout.below_map = std::round(layout.stage.y + m + globe_h);
        }
    }
    layout.frame = make_map_frame(focus, fit, kMapMaxZoom);
}

// Geometry is simplified to about a pixel at the scale it is shown: the base level at rest, the detailed one from
// detail_zoom on. Built again only when the scale changes.
void build_fills(const MapTheme& theme, const MapLayout* previous, bool same_map, MapLayout& layout) {
    const double px = 1.0 / layout.frame.home.scale;
    // The colours are in the fills' vertices: a new theme (high contrast) builds them again too.
    layout.fill_colours = {theme.sea, theme.land};
    layout.fill_colours.insert(layout.fill_colours.end(), theme.countries.begin(), theme.countries.end());
    if (same_map && previous->base && previous->frame.home.scale == layout.frame.home.scale &&
        previous->fill_colours == layout.fill_colours) {
        layout.base = previous->base;
        layout.detail = previous->detail;
    } else {
        layout.base = std::make_shared<MapFill>(build_map_fill(*layout.projected, px, 2.25 * px * px, theme));
        const double d = px / 4;
        layout.detail = std::make_shared<MapFill>(build_map_fill(*layout.projected, d, 2.25 * d * d, theme));
    }
    layout.detail_zoom = 2.5f;
}

// The sizes of the country, place and route names in the visitor's language, for placing them at rest.
void measure_label_sizes(const ViewContext& ctx, MapLayout& layout) {
    const MapContent& map = ctx.content.map;
    const int cpx = layout.type.country_px;
    for (const MapCountry& c : map.countries) {
        const float w = text_width(ctx, FontRole::SansBold, cpx, c.name.in(ctx.language));
        layout.country_label_sizes.push_back(
            {std::ceil(w + cpx * 0.9f), std::ceil(line_height(ctx, FontRole::SansBold, cpx) * 1.05f)});
    }
    const int lpx = layout.type.label_px;
    const float lh = std::ceil(line_height(ctx, FontRole::Sans, lpx) + lpx * 0.35f);
    for (const MapPlace& p : map.places)
        layout.place_label_sizes.push_back(
            {std::ceil(text_width(ctx, FontRole::Sans, lpx, p.name.in(ctx.language)) + lpx * 0.8f), lh});
    for (const MapStory& s : map.stories) {
        layout.route_label_sizes.emplace_back();
        for (const MapRoute& r : s.routes)
            layout.route_label_sizes.back().push_back(
                r.has_label
                    ? Vec2{std::ceil(text_width(ctx, FontRole::SansBold, lpx, r.label.in(ctx.language)) + lpx * 0.8f),
                           lh}
                    : Vec2{});
    }
}

}  // namespace

MapLayout layout_map(const ViewContext& ctx, const MapTheme& theme, const MapLayout* previous) {
    const MapContent& map = ctx.content.map;
    MapLayout layout;
    layout.area = ctx.area;
    layout.type = choose_map_type_scale(ctx.area, ctx.screen);
    // Upright enough that the globe, as wide as the screen, leaves at least half the height free.
    layout.upright = ctx.area.h > ctx.area.w * 1.3f && !ctx.content.map.stories.empty();
    layout.buttons = layout.upright ? layout_upright_buttons(ctx, theme, layout.type, layout.stories_heading)
                                    : layout_buttons(ctx, layout.type);
    float controls_top = ctx.area.bottom();
    for (const MapButton& b : layout.buttons) controls_top = std::min(controls_top, b.target.y);
    layout.stage =
        Rect{ctx.area.x, ctx.area.y, ctx.area.w, std::max(1.0f, controls_top - layout.type.gap - ctx.area.y)};

    // Projected once per content: a new size or language keeps the projection.
    const bool same_map = previous && previous->projected && previous->projected->source == &map &&
                          previous->projected->point_count == point_count(map);
    if (same_map) {
        layout.projected = previous->projected;
    } else {
        layout.projected = std::make_shared<const ProjectedMap>(project_map(map));
    }
    frame_the_map(ctx, layout);
    build_fills(theme, previous, same_map, layout);

    std::optional<MapLegend> intro;
    if (layout.upright && layout.below_map < layout.stage.bottom())
        intro = layout_intro(ctx, theme, layout.type, layout.stage, layout.below_map);
    if (intro) layout.legend = std::move(*intro);
    else
        layout.legend =
            layout_legend(ctx, theme, layout.type, *layout.projected, layout.frame, layout.stage, layout.below_map);
    layout.upright = intro.has_value();

    for (const MapStory& s : map.stories) layout.stories.push_back(make_story_paths(s));
    measure_label_sizes(ctx, layout);
    return layout;
}

}  // namespace app
