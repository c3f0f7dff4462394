#include "../cards/card_links.h"
#include "map_cards.h"

#include <algorithm>
#include <cmath>

#include "../cards/card_placement.h"
#include "../text/text_size.h"
#include "../ui_metrics.h"

namespace app {
namespace {

Vec2 centre_of(const Rect& r) { return {r.x + r.w / 2, r.y + r.h / 2}; }

int card_text_size(const MapView& v, const ViewContext& ctx) {
    (void)v;
    // The same size as the telegram's and the timeline's cards: one exhibit, one voice.
    return card_text_px(ctx.screen, ctx.measure);
}

float card_max_width(const MapView& v, int px) {
    return std::floor(std::min(v.layout.stage.w - 2 * v.layout.type.margin, px * 31.0f));
}

// On an upright screen, the free space under the globe (beside or below the legend), where cards can stand
// without covering the map; where the legend is the introduction, all of it (the card stands over the
// introduction, which gives way while it is open). Nothing on a landscape screen.
std::optional<Rect> caption_area(const MapView& v, float comfortable_width) {
    const Rect& stage = v.layout.stage;
    const float m = v.layout.type.margin, gap = v.layout.type.gap;
    const float top = v.layout.below_map + gap, bottom = stage.bottom() - m;
    if (v.layout.upright) return Rect{stage.x + m, top, stage.w - 2 * m, bottom - top};
    if (bottom - top < stage.h * 0.25f) return std::nullopt;
    const Rect& legend = v.layout.legend.panel;
    const Rect beside{legend.right() + gap * 2, top, stage.right() - m - legend.right() - gap * 2, bottom - top};
    const Rect below{stage.x + m, legend.bottom() + gap, stage.w - 2 * m, bottom - legend.bottom() - gap};
    if (legend.y > top + 1) return Rect{stage.x + m, top, stage.w - 2 * m, bottom - top};  // the legend is elsewhere
    return beside.w >= comfortable_width ? beside : below;  // beside the legend reads best, if a card fits there
}

}  // namespace

namespace {

// A card opening at `now` for `anchor`, not laid out or placed yet.
OpenCard card_for(const CardContent& content, const Rect& anchor, double now) {
    OpenCard card;
    card.content = content;
    card.opened_at = now;
    card.phrase_box = anchor;
    card.phrase_rects = {anchor};
    return card;
}

// Lays the card out at the view's card text size, then smaller step by step (never below the smallest text), with
// the width `width_for(px)`, until `fits` says it does; the last try stays when nothing fits.
template <class WidthFor, class Fits>
void shrink_until_it_fits(OpenCard& card, const MapView& v, const ViewContext& ctx, WidthFor width_for, Fits fits) {
    const int base = card_text_size(v, ctx);
    for (float shrink = 1.0f; shrink >= 0.55f; shrink -= 0.075f) {
        const int px = at_least_min_text(ctx.screen, base * shrink);
        card.layout = layout_card(card.content, ctx.content.interface, ctx.language, width_for(px), px, ctx.screen,
                                  ctx.measure, ctx.theme);
        if (fits(card)) return;
    }
}

// A story's card, which belongs to no one place: it grows a little from its own middle as it fades in, and its
// pointer stays hidden under it.
OpenCard pointing_nowhere(OpenCard card) {
    const Vec2 c = centre_of(card.rect);
    card.phrase_box =
        Rect{c.x - card.rect.w * 0.46f, c.y - card.rect.h * 0.46f, card.rect.w * 0.92f, card.rect.h * 0.92f};
    card.phrase_rects = {};
    card.below = true;
    card.caret_tip = c;
    return card;
}

}  // namespace

// A card beside `anchor` (screen), within the stage: above or below it, its text shrunk until it fits; on an
// upright screen, under the globe, pointing up at its place.
OpenCard place_map_card(const MapView& v, const ViewContext& ctx, const CardContent& content, const Rect& anchor,
                        double now) {
    OpenCard card = card_for(content, anchor, now);
    if (std::optional<Rect> area = caption_area(v, card_text_size(v, ctx) * 31.0f * 0.8f)) {
        shrink_until_it_fits(
            card, v, ctx, [&](int px) { return std::floor(std::min(area->w, px * 31.0f)); },
            [&](const OpenCard& c) { return c.layout.size.y <= area->h; });
        card.rect =
            Rect{std::round(area->x), std::round(area->y), card.layout.size.x, std::min(card.layout.size.y, area->h)};
        card.below = true;
        card.caret_tip = {centre_of(anchor).x, anchor.bottom()};
        return card;
    }
    const Rect& stage = v.layout.stage;
    const PlacementRoom room{stage.w, stage.h, v.layout.type.margin, std::max(8.0f, ctx.screen.mm(3.0f)), 0, 0};
    const Rect local{anchor.x - stage.x, anchor.y - stage.y, anchor.w, anchor.h};
    std::optional<CardPlacement> placed;
    shrink_until_it_fits(
        card, v, ctx, [&](int px) { return card_max_width(v, px); },
        [&](const OpenCard& c) {
            placed = place_card(local, c.layout.size, room);
            return placed.has_value();
        });
    if (placed) {
        card.rect = Rect{placed->card.x + stage.x, placed->card.y + stage.y, placed->card.w, placed->card.h};
        card.below = placed->below;
        card.caret_tip = {placed->caret_tip.x + stage.x, placed->caret_tip.y + stage.y};
        return card;
    }
    // Too tall to stand beside its place: cover the half of the stage away from it.
    card.below = centre_of(anchor).y < centre_of(stage).y;
    const float h = std::min(card.layout.size.y, stage.h - 2 * room.margin);
    const float y = card.below ? stage.bottom() - room.margin - h : stage.y + room.margin;
    card.rect = Rect{std::round(stage.x + (stage.w - card.layout.size.x) / 2), y, card.layout.size.x, h};
    card.caret_tip = {centre_of(anchor).x, card.below ? anchor.bottom() : anchor.y};
    return card;
}

// The corner of the stage where a story's card hides least of its lines and places, and not the legend.
OpenCard place_story_card(const MapView& v, const ViewContext& ctx, int story, double now) {
    const MapStory& s = ctx.content.map.stories[static_cast<std::size_t>(story)];
    CardContent content{s.title, s.caption, s.sources, std::nullopt, story_links(ctx.content, s.id)};
    if (s.chart) content.chart = *s.chart;
    content.picture = s.picture;
    if (v.layout.upright) {  // where every card opens on an upright screen, over the introduction
        const Rect area = *caption_area(v, 0);
        OpenCard card = card_for(content, Rect{}, now);  // its phrase box is set below, once the card stands
        shrink_until_it_fits(
            card, v, ctx, [&](int px) { return std::floor(std::min(area.w, px * 31.0f)); },
            [&](const OpenCard& c) { return c.layout.size.y <= area.h; });
        card.rect =
            Rect{std::round(area.x), std::round(area.y), card.layout.size.x, std::min(card.layout.size.y, area.h)};
        return pointing_nowhere(std::move(card));
    }
    const Rect& stage = v.layout.stage;
    const float m = v.layout.type.margin;
    OpenCard card = card_for(content, Rect{}, now);
    shrink_until_it_fits(
        card, v, ctx, [&](int px) { return card_max_width(v, px); },
        [&](const OpenCard& c) { return c.layout.size.y <= stage.h * 0.62f; });
    const Vec2 size{card.layout.size.x, std::min(card.layout.size.y, stage.h - 2 * m)};
    // Below the map and its legend when there is room there (an upright screen), else a corner.
    const float gap = v.layout.type.gap;
    const Rect corners[6] = {
        {stage.right() - m - size.x, v.layout.below_map + gap, size.x, size.y},
        {stage.x + m, std::max(v.layout.below_map, v.layout.legend.panel.bottom()) + gap, size.x, size.y},
        {stage.x + m, stage.bottom() - m - size.y, size.x, size.y},
        {stage.right() - m - size.x, stage.bottom() - m - size.y, size.x, size.y},
        {stage.x + m, stage.y + m, size.x, size.y},
        {stage.right() - m - size.x, stage.y + m, size.x, size.y}};
    const MapTransform home = v.layout.frame.home;
    float best = 1e30f;
    card.rect = corners[2];
    for (const Rect& c : corners) {
        if (c.bottom() > stage.bottom() - m + 0.5f || c.y < stage.y) continue;
        float score = 0;
        // Sample the story's lines; each point hidden counts.
        for (const StoryPath& path : v.layout.stories[static_cast<std::size_t>(story)].routes)
            for (const auto& piece : path.pieces)
                for (const PlanePoint& p : piece) score += c.contains(to_screen(home, p)) ? 1.0f : 0.0f;
        for (const MapPlace& p : ctx.content.map.places)
            score += c.contains(to_screen(home, to_map_units(p.at))) ? 5.0f : 0.0f;
        if (rects_overlap(c, v.layout.legend.panel)) score += 1000;
        if (score < best) {
            best = score;
            card.rect = Rect{std::round(c.x), std::round(c.y), c.w, c.h};
        }
    }
    return pointing_nowhere(std::move(card));
}

}  // namespace app
