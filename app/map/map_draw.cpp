// Drawing the map screen: one display list per frame from the view's state. Nothing here builds geometry; the
// filled shapes are the layout's shared vertex arrays, placed by offset and scale.
#include <algorithm>
#include <cmath>

#include "../animation/easing.h"
#include "map_view.h"

namespace app {
namespace {

void circle(DisplayList& out, Vec2 c, float r, Color colour) {
    out.commands.push_back(FillRect{{c.x - r, c.y - r, 2 * r, 2 * r}, colour, r});
}

void triangle(DisplayList& out, Vec2 a, Vec2 b, Vec2 c, Color colour) {
    auto v = std::make_shared<std::vector<Vertex>>(std::vector<Vertex>{{a, colour}, {b, colour}, {c, colour}});
    out.commands.push_back(Triangles{std::move(v), {0, 0}, 1, 1});
}

void fill(DisplayList& out, const std::shared_ptr<const std::vector<Vertex>>& vertices, const MapTransform& t,
          float opacity = 1) {
    if (!vertices || vertices->empty()) return;
    out.commands.push_back(
        Triangles{vertices, {static_cast<float>(t.x), static_cast<float>(t.y)}, static_cast<float>(t.scale), opacity});
}

float openness(const OpenCard& card, double now) {
    if (card.closing_at >= 0) return 1 - ease_out_cubic(progress(now, card.closing_at, kCardCloseSeconds));
    return ease_out_cubic(progress(now, card.opened_at, kCardOpenSeconds));
}

// A name on a dark pill, so it reads over sea, land and every country colour alike.
void pill_text(DisplayList& out, const Rect& box, const std::string& text, FontRole role, int px, Color back, Color ink,
               const TextMeasure& measure, float opacity = 1) {
    out.commands.push_back(FillRect{box, faded(back, opacity), box.h / 2});
    const FontMetrics m = measure.metrics(role, px);
    const float w = measure.width(role, px, text);
    out.commands.push_back(Text{text,
                                role,
                                px,
                                {std::round(box.x + (box.w - w) / 2), std::round(box.y + (box.h - m.line_height) / 2)},
                                faded(ink, opacity)});
}

// The lines of story `index`, `seconds` into it, at `opacity` (a story that has ended fades out).
void draw_story(const MapView& view, const ViewContext& ctx, const MapTransform& t, int index, double seconds,
                float opacity, DisplayList& out) {
    if (index < 0 || opacity <= 0) return;
    const std::size_t s = static_cast<std::size_t>(index);
    const MapStory& story = ctx.content.map.stories[s];
    const StoryPaths& paths = view.layout.stories[s];
    const Color arc = faded(view.theme.arc, opacity), casing_colour = faded(view.theme.arc_casing, opacity);
    const float base_width = std::max(3.0f, ctx.screen.mm(0.9f));
    const float casing = std::max(1.0f, ctx.screen.mm(0.35f));
    for (std::size_t r = 0; r < paths.routes.size(); ++r) {
        const StoryPath& path = paths.routes[r];
        const DrawnPath drawn = drawn_part(path, seconds);
        if (drawn.pieces.empty()) continue;
        const float w = std::round(base_width * story.routes[r].weight);
        // The dark casing first, then the light line over it.
        for (int pass = 0; pass < 2; ++pass) {
            const float width = pass == 0 ? w + 2 * casing : w;
            const Color colour = pass == 0 ? casing_colour : arc;
            for (const auto& piece : drawn.pieces)
                for (std::size_t k = 1; k < piece.size(); ++k)
                    out.commands.push_back(Line{to_screen(t, piece[k - 1]), to_screen(t, piece[k]), width, colour});
        }
        const Vec2 tip = to_screen(t, drawn.tip);
        if (!drawn.complete) {
            circle(out, tip, w * 1.6f + casing, casing_colour);
            circle(out, tip, w * 1.6f, arc);
            continue;
        }
        // An arrowhead says which way it went.
        const float len = w * 3.2f + 6, half = w * 1.9f + 4;
        const Vec2 d{static_cast<float>(path.end_direction.x), static_cast<float>(path.end_direction.y)};
        const Vec2 n{-d.y, d.x};
        const Vec2 back{tip.x - d.x * len, tip.y - d.y * len};
        triangle(out, {tip.x + d.x * casing * 2, tip.y + d.y * casing * 2},
                 {back.x + n.x * (half + casing), back.y + n.y * (half + casing)},
                 {back.x - n.x * (half + casing), back.y - n.y * (half + casing)}, casing_colour);
        triangle(out, tip, {back.x + n.x * half, back.y + n.y * half}, {back.x - n.x * half, back.y - n.y * half}, arc);
        // Its figure fades in once the line has arrived.
        if (r < view.route_labels[s].size() && view.route_labels[s][r].placed && story.routes[r].has_label) {
            const float shown = opacity * progress(seconds, path.start + path.duration, kFigureFadeSeconds);
            const Vec2 at = to_screen(t, path.middle);
            const Vec2 size = view.layout.route_label_sizes[s][r];
            const Rect box{std::round(at.x + view.route_labels[s][r].offset.x),
                           std::round(at.y + view.route_labels[s][r].offset.y), size.x, size.y};
            if (view.route_labels[s][r].leader) {
                Vec2 from, to;
                leader_ends(at, 2, box, from, to);
                out.commands.push_back(
                    Line{from, to, std::max(1.0f, ctx.screen.mm(0.3f)), faded(view.theme.leader, shown)});
            }
            pill_text(out, box, story.routes[r].label.in(ctx.language), FontRole::SansBold, view.layout.type.label_px,
                      view.theme.arc, view.theme.country_text, ctx.measure, shown);
        }
    }
}

void draw_places(const MapView& view, const ViewContext& ctx, DisplayList& out) {
    const MapContent& map = ctx.content.map;
    const float r = view.layout.type.marker_radius;
    const float ring = std::max(1.5f, r * 0.35f);
    const float leader_w = std::max(1.0f, ctx.screen.mm(0.3f));
    // Leaders under everything, so a name is never cut by another's line.
    for (std::size_t i = 0; i < map.places.size(); ++i) {
        if (i >= view.place_labels.size() || !view.place_labels[i].placed || !view.place_labels[i].leader) continue;
        Vec2 from, to;
        leader_ends(map_place_position(view, ctx, static_cast<int>(i)), r,
                    map_place_label(view, ctx, static_cast<int>(i)), from, to);
        out.commands.push_back(Line{from, to, leader_w, view.theme.leader});
    }
    for (std::size_t i = 0; i < map.places.size(); ++i) {
        const Vec2 at = map_place_position(view, ctx, static_cast<int>(i));
        const bool selected = view.card && view.card_subject.place == static_cast<int>(i);
        const float rr = selected ? r * 1.35f : r;
        circle(out, at, rr + ring, view.theme.marker_ring);
        circle(out, at, rr, selected ? view.theme.marker_selected : view.theme.marker);
    }
    for (std::size_t i = 0; i < map.places.size(); ++i) {
        const Rect box = map_place_label(view, ctx, static_cast<int>(i));
        if (box.w <= 0) continue;
        pill_text(out, box, map.places[i].name.in(ctx.language), FontRole::Sans, view.layout.type.label_px,
                  view.theme.label_back, view.theme.label_text, ctx.measure);
    }
}

void draw_country_names(const MapView& view, const ViewContext& ctx, DisplayList& out) {
    const MapContent& map = ctx.content.map;
    for (std::size_t i = 0; i < map.countries.size(); ++i) {
        const Rect box = map_country_label(view, ctx, static_cast<int>(i));
        if (box.w <= 0) continue;
        pill_text(out, box, map.countries[i].name.in(ctx.language), FontRole::SansBold, view.layout.type.country_px,
                  country_colour(view.theme, static_cast<int>(i)), view.theme.country_text, ctx.measure);
    }
}

// `shown` below 1 while a card opens over the introduction of an upright screen.
void draw_legend(const MapView& view, DisplayList& out, float shown = 1) {
    if (shown <= 0) return;
    const MapLegend& legend = view.layout.legend;
    auto text = [&](Text t) {
        t.color = faded(t.color, shown);
        out.commands.push_back(std::move(t));
    };
    out.commands.push_back(
        FillRect{legend.panel, faded(view.theme.panel, shown), std::round(view.layout.type.label_px * 0.5f)});
    for (const LegendEntry& e : legend.entries) {
        // A faint edge so the muted land's swatch shows on the dark panel too.
        out.commands.push_back(FillRect{
            {e.swatch.x - 1, e.swatch.y - 1, e.swatch.w + 2, e.swatch.h + 2}, faded(view.theme.panel_muted, shown), 4});
        out.commands.push_back(FillRect{e.swatch, faded(e.colour, shown), 3});
        text(e.text);
    }
    for (const Text& t : legend.texts) text(t);
    text(legend.note);
}

// How far the cards standing over the introduction of an upright screen have opened (0: none).
float introduction_covered(const MapView& view, double now) {
    if (!view.layout.upright) return 0;
    float covered = 0;
    for (const std::optional<OpenCard>* c :
         {&view.card, &view.closing_card, &view.story_card, &view.closing_story_card})
        if (*c) covered = std::max(covered, openness(**c, now));
    return covered;
}

void draw_buttons(const MapView& view, DisplayList& out) {
    const int px = view.layout.type.button_px;
    for (const MapButton& b : view.layout.buttons) {
        const bool active = b.story >= 0 && b.story == view.story;
        const float radius = b.detail.empty() ? b.visual.h / 2 : std::min(b.visual.h / 2, std::round(px * 0.7f));
        out.commands.push_back(FillRect{b.visual, active ? view.theme.button_active : view.theme.button, radius});
        const Color ink = active ? view.theme.button_active_text : view.theme.button_text;
        if (b.icon) {  // a play triangle: this button tells a story
            const float h = px * 0.8f, x = b.visual.x + px * 0.9f, cy = b.visual.y + b.visual.h / 2;
            triangle(out, {x, cy - h / 2}, {x + h * 0.87f, cy}, {x, cy + h / 2}, ink);
        }
        out.commands.push_back(Text{b.label, FontRole::SansBold, px, b.text_at, ink});
        for (Text line : b.detail) {
            line.color = ink;
            out.commands.push_back(std::move(line));
        }
    }
    if (view.layout.stories_heading) out.commands.push_back(*view.layout.stories_heading);
}

}  // namespace

void draw_map(const MapView& view, const ViewContext& ctx, double now, DisplayList& out) {
    if (!view.layout.projected) return;
    const MapTransform t = map_transform(view);
    const MapFill& geometry = view.viewport.zoom >= view.layout.detail_zoom ? *view.layout.detail : *view.layout.base;
    out.commands.push_back(PushClip{ctx.area});
    out.commands.push_back(FillRect{ctx.area, ctx.theme.surround, 0});
    fill(out, geometry.world, t);
    fill(out, geometry.land, t);
    for (const auto& c : geometry.countries) fill(out, c, t);
    if (view.card && view.card_subject.country >= 0)
        fill(out, geometry.selections[static_cast<std::size_t>(view.card_subject.country)], t,
             openness(*view.card, now));
    if (view.closing_card && view.closing_card->annotation >= 0)
        fill(out, geometry.selections[static_cast<std::size_t>(view.closing_card->annotation)], t,
             openness(*view.closing_card, now));
    draw_country_names(view, ctx, out);
    if (view.fading_story >= 0)
        draw_story(view, ctx, t, view.fading_story, now - view.fading_story_started,
                   1 - ease_out_cubic(progress(now, view.fading_story_since, kCardCloseSeconds)), out);
    draw_story(view, ctx, t, view.story, now - view.story_started, 1, out);
    draw_places(view, ctx, out);
    draw_legend(view, out, 1 - introduction_covered(view, now));
    draw_buttons(view, out);
    if (view.closing_story_card) draw_card(*view.closing_story_card, 0, now, ctx, out);
    if (view.story_card) draw_card(*view.story_card, 0, now, ctx, out);
    if (view.closing_card) draw_card(*view.closing_card, 0, now, ctx, out);
    if (view.card) draw_card(*view.card, 0, now, ctx, out);
    out.commands.push_back(PopClip{});
}

}  // namespace app
