#include "open_card.h"

#include <array>
#include <cmath>

#include "../animation/easing.h"
#include "../listen/listen_button.h"
#include "../text/text_size.h"
#include "bar_chart.h"

namespace app {
namespace {

// 0 → 1 while opening, 1 → 0 while closing.
float openness(const OpenCard& card, double now) {
    if (card.closing_at >= 0) return 1 - ease_out_cubic(progress(now, card.closing_at, kCardCloseSeconds));
    return ease_out_cubic(progress(now, card.opened_at, kCardOpenSeconds));
}

Rect moved(Rect r, float dy) {
    r.y += dy;
    return r;
}

}  // namespace

PlacementRoom card_room(const Screen& screen, float can_scroll_up, float can_scroll_down) {
    const float margin = std::max(screen.mm(3.0f), 0.025f * std::min(screen.width_px, screen.height_px));
    const float gap = std::max(8.0f, screen.mm(3.0f));
    return PlacementRoom{static_cast<float>(screen.width_px),
                         static_cast<float>(screen.height_px),
                         margin,
                         gap,
                         can_scroll_up,
                         can_scroll_down};
}

PlacedCard place_card_beside(const CardContent& content, const Rect& anchor, const PlacementRoom& room, int text_px,
                             const ViewContext& ctx) {
    PlacedCard placed;
    // Never below the exhibit's smallest text: past that, covering half the screen is kinder.
    const int smallest = min_text_px(ctx.screen);
    for (float shrink = 1.0f; shrink >= 0.55f; shrink -= 0.075f) {
        const int px = std::max(1, static_cast<int>(std::lround(text_px * shrink)));
        if (px < smallest && shrink < 1.0f) break;
        // At each size a wider card (about 80 characters a line, where the screen has the width) before smaller text:
        // on a short, wide screen it is width, not height, that is left over.
        const float comfortable = card_width(px, ctx.screen, room.margin);
        const float wide = std::min(room.viewport_w - 2 * room.margin, std::floor(px * 42.0f));
        for (int attempt = 0; attempt < (wide > comfortable ? 2 : 1); ++attempt) {
            const float width = attempt == 0 ? comfortable : wide;
            placed.layout = layout_card(content, ctx.content.interface, ctx.language, width, px, ctx.screen,
                                        ctx.measure, ctx.theme);
            if (std::optional<CardPlacement> p = place_card(anchor, placed.layout.size, room)) {
                placed.placement = *p;
                return placed;
            }
        }
    }
    // Nothing fits beside the anchor even at the smallest size: cover the half of the screen away from it.
    const bool below = anchor.y + anchor.h / 2 < room.viewport_h / 2;
    const float h = std::min(placed.layout.size.y, room.viewport_h - 2 * room.margin);
    const float y = below ? room.viewport_h - room.margin - h : room.margin;
    const Rect card{std::round((room.viewport_w - placed.layout.size.x) / 2), y, placed.layout.size.x, h};
    placed.placement = CardPlacement{card, 0, below, {anchor.x + anchor.w / 2, below ? anchor.bottom() : anchor.y}};
    return placed;
}

bool card_animating(const OpenCard& card, double now) {
    if (card.closing_at >= 0) return now < card.closing_at + kCardCloseSeconds;
    const double chart_end = card.layout.has_chart ? kCardOpenSeconds + kChartDrawSeconds : kCardOpenSeconds;
    return now < card.opened_at + chart_end;
}

bool card_gone(const OpenCard& card, double now) {
    return card.closing_at >= 0 && now >= card.closing_at + kCardCloseSeconds;
}

void start_closing(std::optional<OpenCard>& card, std::optional<OpenCard>& closing, double now) {
    if (!card) return;
    card->closing_at = now;
    closing = std::move(card);
    card.reset();
}

void finish_opening(std::optional<OpenCard>& card, double now) {
    if (card && card->closing_at < 0) card->opened_at = now - kLongAgo;
}

void draw_card_highlight(const OpenCard& card, float scroll_y, double now, const ViewContext& ctx, DisplayList& out) {
    const float open = openness(card, now);
    if (open <= 0) return;
    const float pad = std::max(2.0f, ctx.screen.mm(0.6f));
    for (const Rect& r : card.phrase_rects) {
        out.commands.push_back(FillRect{{r.x - pad, r.y - scroll_y - pad * 0.5f, r.w + 2 * pad, r.h + pad},
                                        faded(ctx.theme.phrase_highlight, open),
                                        pad});
    }
}

namespace {

// While the card is read aloud, the words being spoken are marked in its lines: a lighter ground and an amber
// rule beneath, so the eye can follow the voice (and a visitor who cannot hear, the pace) without a second
// text to read. The lines joined by single spaces are the body as narrated (narration.follows_text).
void mark_spoken_words(const CardLayout& layout, Vec2 origin, float opacity, const ViewContext& ctx, DisplayList& out) {
    std::size_t offset = 0;
    const float rule = std::max(2.0f, std::round(ctx.screen.mm(0.5f)));
    for (std::size_t i = layout.body_first; i < layout.body_first + layout.body_lines; ++i) {
        const Text& line = layout.texts[i];
        const std::size_t begin = std::max(offset, ctx.spoken_begin),
                          end = std::min(offset + line.text.size(), ctx.spoken_end);
        if (begin < end) {
            const float x0 =
                ctx.measure.width(line.role, line.size_px, std::string_view(line.text).substr(0, begin - offset));
            const float x1 =
                ctx.measure.width(line.role, line.size_px, std::string_view(line.text).substr(0, end - offset));
            const float pad = std::round(line.size_px * 0.15f);
            const Rect ground{origin.x + line.top_left.x + x0 - pad, origin.y + line.top_left.y - pad * 0.5f,
                              x1 - x0 + 2 * pad, layout.body_pitch};
            out.commands.push_back(FillRect{ground, faded(ctx.theme.button, opacity), pad});
            out.commands.push_back(FillRect{{ground.x + pad, ground.bottom() - rule, ground.w - 2 * pad, rule},
                                            faded(ctx.theme.card_title, opacity),
                                            0});
        }
        offset += line.text.size() + 1;
    }
}

// The picture on a quiet ground (what shows while it loads, or if its file went missing since), and in its corner a
// small "enlarge" mark: four corner ticks on a dark chip, so a visitor sees that it opens.
void draw_card_picture(const CardLayout& layout, const std::string& file, Vec2 origin, float opacity,
                       const ViewContext& ctx, DisplayList& out) {
    const Rect p{origin.x + layout.picture.x, origin.y + layout.picture.y, layout.picture.w, layout.picture.h};
    out.commands.push_back(FillRect{p, faded(ctx.theme.button, opacity), 0});
    out.commands.push_back(Image{file, p, opacity});
    const float chip = std::round(std::max(16.0f, ctx.screen.mm(5.0f)));
    if (p.w < chip * 3 || p.h < chip * 3) return;
    const float inset = std::round(chip * 0.25f);
    const Rect c{p.right() - chip - inset, p.bottom() - chip - inset, chip, chip};
    out.commands.push_back(FillRect{c, faded(Color{0, 0, 0, 150}, opacity), chip * 0.2f});
    const float m = std::round(chip * 0.22f), arm = std::round(chip * 0.2f), w = std::max(1.5f, chip * 0.08f);
    const Color ink = faded(Color{255, 255, 255, 255}, opacity);
    const float l = c.x + m, r = c.right() - m, top = c.y + m, bottom = c.bottom() - m;
    for (const auto& [x, y, dx, dy] :
         {std::array<float, 4>{l, top, 1, 1}, {r, top, -1, 1}, {l, bottom, 1, -1}, {r, bottom, -1, -1}}) {
        out.commands.push_back(Line{{x, y}, {x + dx * arm, y}, w, ink});
        out.commands.push_back(Line{{x, y}, {x, y + dy * arm}, w, ink});
    }
}

}  // namespace

void draw_card(const OpenCard& card, float scroll_y, double now, const ViewContext& ctx, DisplayList& out) {
    const float open = openness(card, now);
    if (open <= 0) return;
    const Theme& theme = ctx.theme;
    const Rect target = moved(card.rect, -scroll_y);
    const Rect from = moved(card.phrase_box, -scroll_y);
    const Rect r = lerp(from, target, open);

    // A pointer from the card's edge to its phrase, so the eye connects the two.
    const float half = std::max(6.0f, ctx.screen.mm(2.2f));
    const Vec2 tip{card.caret_tip.x, card.caret_tip.y - scroll_y};
    const float edge = card.below ? r.y + 1 : r.bottom() - 1;
    const float base_x = std::clamp(tip.x, r.x + half * 2, std::max(r.x + half * 2, r.right() - half * 2));
    const Color card_colour = faded(theme.card, open);
    auto caret = std::make_shared<std::vector<Vertex>>(
        std::vector<Vertex>{{{base_x - half, edge}, card_colour},
                            {{base_x + half, edge}, card_colour},
                            {{tip.x, tip.y + (card.below ? 2.0f : -2.0f)}, card_colour}});

    const float shadow = std::max(3.0f, ctx.screen.mm(1.2f));
    out.commands.push_back(FillRect{
        {r.x + shadow * 0.5f, r.y + shadow, r.w, r.h}, faded(theme.card_shadow, open), card.layout.corner_radius});
    out.commands.push_back(Triangles{std::move(caret), {0, 0}, 1, 1});
    out.commands.push_back(FillRect{r, card_colour, card.layout.corner_radius * open});

    // The contents fade in once the card has nearly reached its size, and are clipped to it meanwhile.
    const float content =
        card.closing_at >= 0 ? open : progress(now, card.opened_at + kCardOpenSeconds * 0.55, kCardOpenSeconds * 0.6);
    if (content <= 0) return;
    out.commands.push_back(PushClip{r});
    const FillRect button{{r.x + card.layout.close_visual.x, r.y + card.layout.close_visual.y,
                           card.layout.close_visual.w, card.layout.close_visual.h},
                          faded(theme.button, content),
                          card.layout.close_visual.h / 2};
    out.commands.push_back(button);
    for (const CardLayout::Button& link : card.layout.link_buttons)
        out.commands.push_back(FillRect{{r.x + link.visual.x, r.y + link.visual.y, link.visual.w, link.visual.h},
                                        faded(theme.button, content),
                                        link.visual.h / 2});
    const bool read_aloud = !card.content.narration.empty() && ctx.playing == card.content.narration;
    if (read_aloud && ctx.spoken_end > ctx.spoken_begin) mark_spoken_words(card.layout, {r.x, r.y}, content, ctx, out);
    if (card.layout.has_listen) {
        ListenButtonLook look;
        look.pill = Rect{r.x + card.layout.listen.visual.x, r.y + card.layout.listen.visual.y,
                         card.layout.listen.visual.w, card.layout.listen.visual.h};
        look.icon = Rect{r.x + card.layout.listen_icon.x, r.y + card.layout.listen_icon.y, card.layout.listen_icon.w,
                         card.layout.listen_icon.h};
        look.text_at = {r.x + card.layout.listen_text_at.x, r.y + card.layout.listen_text_at.y};
        look.text_px = card.layout.listen_text_px;
        look.playing = read_aloud;
        look.opacity = content;
        draw_listen_button(look, ctx, out);
    }
    if (card.layout.has_picture)
        draw_card_picture(card.layout, card.content.picture.file, {r.x, r.y}, content, ctx, out);
    for (const Text& t : card.layout.texts) {
        Text placed = t;
        placed.top_left = {r.x + t.top_left.x, r.y + t.top_left.y};
        placed.color = faded(t.color, content);
        out.commands.push_back(std::move(placed));
    }
    if (card.layout.has_chart && card.content.chart) {
        const Rect& chart = card.layout.chart;
        draw_bar_chart(*card.content.chart, ctx.content.interface, ctx.language,
                       Rect{r.x + chart.x, r.y + chart.y, chart.w, chart.h}, card.layout.text_px,
                       min_text_px(ctx.screen), now - (card.opened_at + kCardOpenSeconds), content, ctx.measure, theme,
                       out);
    }
    out.commands.push_back(PopClip{});
}

}  // namespace app
