// Drawing the timeline: the track and its calendar, the events, the overview strip, the plot and the cards.
#include <algorithm>
#include <cmath>

#include "../animation/easing.h"
#include "edge_labels.h"
#include "timeline_view.h"

namespace app {
namespace {

struct Frame {
    const TimelineLayout& layout;
    const TimelineTheme& colours;
    float dx;    // track x → screen x
    float left;  // the visible stretch, track x, with room for text reaching in from beyond
    float right;
    std::vector<LabelAtEdge> at_edges;  // where each label stands, and how strongly, at the screen's edges
};

bool visible(const Frame& f, float x0, float x1) { return x1 >= f.left && x0 <= f.right; }

void circle(DisplayList& out, Vec2 centre, float r, Color colour) {
    out.commands.push_back(FillRect{{centre.x - r, centre.y - r, 2 * r, 2 * r}, colour, r});
}

void outline(DisplayList& out, const Rect& r, float width, Color colour) {
    out.commands.push_back(Line{{r.x, r.y}, {r.right(), r.y}, width, colour});
    out.commands.push_back(Line{{r.right(), r.y}, {r.right(), r.bottom()}, width, colour});
    out.commands.push_back(Line{{r.right(), r.bottom()}, {r.x, r.bottom()}, width, colour});
    out.commands.push_back(Line{{r.x, r.bottom()}, {r.x, r.y}, width, colour});
}

// A horizontal fade from the surround to clear, over the track where more of it lies beyond the edge.
void edge_fade(DisplayList& out, float x_solid, float x_clear, float top, float bottom, Color colour) {
    const Color solid = faded(colour, 0.92f), clear = faded(colour, 0);
    out.commands.push_back(
        Triangles{std::make_shared<std::vector<Vertex>>(std::vector<Vertex>{{{x_solid, top}, solid},
                                                                            {{x_clear, top}, clear},
                                                                            {{x_clear, bottom}, clear},
                                                                            {{x_solid, top}, solid},
                                                                            {{x_clear, bottom}, clear},
                                                                            {{x_solid, bottom}, solid}}),
                  {0, 0},
                  1,
                  1});
}

void draw_calendar(const Frame& f, const ViewContext& ctx, DisplayList& out) {
    const TimelineLayout& L = f.layout;
    const float line_w = std::max(2.0f, std::round(ctx.screen.mm(0.5f)));
    const float tick_w = std::max(1.0f, std::round(ctx.screen.mm(0.3f)));
    // Where each year begins, a faint rule rises through the lanes: the eye reads the years in the stack too.
    for (const MonthTick& t : L.ticks) {
        const float x = L.axis.x_of(t.day);
        if (!visible(f, x, x)) continue;
        const bool year = t.month == 1;
        if (year)
            out.commands.push_back(Line{{x + f.dx, L.lanes_top}, {x + f.dx, L.track_y}, tick_w, f.colours.year_rule});
        out.commands.push_back(Line{{x + f.dx, L.track_y},
                                    {x + f.dx, L.track_y + (year ? L.year_tick_len : L.tick_len)},
                                    year ? line_w : tick_w,
                                    f.colours.track});
    }
    const float x0 = L.axis.x_of(L.axis.start_day), x1 = L.axis.x_of(L.axis.end_day);
    out.commands.push_back(Line{
        {std::max(x0, f.left) + f.dx, L.track_y}, {std::min(x1, f.right) + f.dx, L.track_y}, line_w, f.colours.track});
    // Years: each in place of its January; the one running at the left edge stays in sight until the next
    // pushes it away, and the month names it would cover give way.
    const float edge = L.area.x + L.type.margin * 0.5f;
    const float gap = L.type.axis_px * 0.8f;
    std::vector<std::pair<float, float>> taken;
    for (std::size_t i = 0; i < L.year_names.size(); ++i) {
        Text t = L.year_names[i];
        t.top_left.x += f.dx;
        const float w = ctx.measure.width(t.role, t.size_px, t.text);
        const bool last = i + 1 >= L.year_names.size();
        const float next_start = last ? 1e9f : L.year_starts[i + 1] + f.dx;
        const float next_x = last ? 1e9f : L.year_names[i + 1].top_left.x + f.dx;
        if (L.year_starts[i] + f.dx <= edge && next_start > edge && t.top_left.x < edge)
            t.top_left.x = std::min(edge, next_x - w - gap);
        if (t.top_left.x + w < L.area.x || t.top_left.x > L.area.right()) continue;
        taken.push_back({t.top_left.x - gap, t.top_left.x + w + gap});
        out.commands.push_back(std::move(t));
    }
    for (const Text& name : L.month_names) {
        if (!visible(f, name.top_left.x, name.top_left.x + name.size_px * 3.0f)) continue;
        Text t = name;
        t.top_left.x += f.dx;
        const float w = ctx.measure.width(t.role, t.size_px, t.text);
        const bool covered = std::any_of(taken.begin(), taken.end(), [&](const std::pair<float, float>& r) {
            return t.top_left.x < r.second && t.top_left.x + w > r.first;
        });
        if (covered) continue;
        // A name the screen's edge cuts fades as it goes, gone by the time half of it is, like the labels above.
        const float cut = overhang(t.top_left.x, t.top_left.x + w, L.area.x, L.area.right());
        t.color = faded(t.color, 1.0f - cut / std::max(1.0f, w * 0.5f));
        if (t.color.a > 0) out.commands.push_back(std::move(t));
    }
}

void draw_events(const Frame& f, const TimelineView& view, const ViewContext& ctx, DisplayList& out) {
    const TimelineLayout& L = f.layout;
    const float pole_w = std::max(1.0f, std::round(ctx.screen.mm(0.3f)));
    const int open = view.card ? view.card->annotation : -1;
    // Stretches of time first, then poles and labels, markers on top.
    for (const EventMark& m : L.marks) {
        if (!m.approximate || !visible(f, m.span_x0, m.span_x1)) continue;
        const float h = std::round(m.radius * 1.1f);
        out.commands.push_back(
            FillRect{{m.span_x0 + f.dx, L.track_y - h / 2, m.span_x1 - m.span_x0, h}, f.colours.span, h / 2});
    }
    // The telegram's event in the exhibit's amber; the event whose card is open in the focus colour.
    auto tint = [&](const EventMark& m, Color otherwise) {
        return m.highlight ? f.colours.accent : m.event == open ? f.colours.focus : otherwise;
    };
    for (std::size_t i = 0; i < L.marks.size(); ++i) {
        const EventMark& m = L.marks[i];
        const LabelAtEdge& at = f.at_edges[i];
        if (m.lane.lane < 0 || at.opacity <= 0 ||
            !visible(f, std::min(m.label_box.x, m.x), std::max(m.label_box.right(), m.x)))
            continue;
        out.commands.push_back(Line{{m.leader_from.x + f.dx, m.leader_from.y},
                                    {m.leader_to.x + f.dx, m.leader_to.y},
                                    m.highlight || m.event == open ? pole_w * 1.5f : pole_w,
                                    faded(tint(m, f.colours.leader), at.opacity)});
        Text t = m.label;
        t.top_left.x += f.dx + at.slide;
        t.color = faded(tint(m, t.color), at.opacity);
        out.commands.push_back(std::move(t));
    }
    for (const EventMark& m : L.marks) {
        if (!visible(f, m.x - m.radius * 3, m.x + m.radius * 3)) continue;
        const Vec2 c{m.x + f.dx, L.track_y};
        const Color colour = tint(m, f.colours.marker);
        if (m.highlight) circle(out, c, m.radius * 1.7f, faded(f.colours.accent, 0.22f));  // a quiet halo
        if (m.event == open) circle(out, c, m.radius * 2.0f, faded(f.colours.focus, 0.35f));
        circle(out, c, m.radius, colour);
        // Hollow: known only to the month (or year); the shaded stretch behind says which.
        if (m.approximate) circle(out, c, m.radius * 0.55f, f.colours.background);
    }
    // The keyboard's place: a ring around the event's label (or its marker when it has none).
    if (view.show_focus && view.focus >= 0 && view.focus < static_cast<int>(L.marks.size())) {
        const EventMark& m = L.marks[static_cast<std::size_t>(view.focus)];
        const float pad = std::max(3.0f, ctx.screen.mm(0.8f));
        Rect r = m.lane.lane >= 0 ? slid_label_box(m, f.at_edges[static_cast<std::size_t>(view.focus)].slide)
                                  : Rect{m.x - m.radius, L.track_y - m.radius, 2 * m.radius, 2 * m.radius};
        r = Rect{r.x + f.dx - pad, r.y - pad, r.w + 2 * pad, r.h + 2 * pad};
        outline(out, r, std::max(2.0f, ctx.screen.mm(0.5f)), f.colours.focus);
    }
}

// The whole stretch in miniature: every event a dot, the part on screen a brighter window.
void draw_overview(const TimelineView& view, DisplayList& out) {
    const TimelineLayout& L = view.layout;
    const Rect& r = L.overview;
    const float total = std::max(1.0f, L.axis.width());
    const float scale = r.w / total;
    out.commands.push_back(FillRect{r, L.colours.position_track, r.h / 2});
    if (L.max_scroll > 0) {
        const float x = r.x + shown_scroll(view.scroll) * scale;
        const float w = std::max(r.h * 2, L.area.w * scale);
        const float x0 = std::clamp(x, r.x, r.right() - w);
        out.commands.push_back(
            FillRect{{x0, r.y, std::min(w, r.w), r.h}, faded(L.colours.position_window, 0.75f), r.h / 2});
    }
    for (const EventMark& m : L.marks) {
        const float x = r.x + m.x * scale;
        const float d = m.highlight ? r.h * 0.5f : r.h * 0.3f;
        circle(out, {x, r.y + r.h / 2}, d, m.highlight ? L.colours.accent : L.colours.title);
    }
}

OpenCard shifted(const OpenCard& card, float dx) {
    OpenCard c = card;
    c.rect.x += dx;
    c.phrase_box.x += dx;
    c.caret_tip.x += dx;
    for (Rect& r : c.phrase_rects) r.x += dx;
    return c;
}

}  // namespace

void draw_timeline(const TimelineView& view, const ViewContext& ctx, double now, DisplayList& out) {
    const TimelineLayout& L = view.layout;
    const float scroll = shown_scroll(view.scroll);
    const float reach = L.type.label_px * 30.0f;  // a label starting off screen may still reach in
    const Frame f{
        L, L.colours, L.area.x - scroll, scroll - reach, scroll + L.area.w + reach, labels_at_edges(L, scroll)};

    out.commands.push_back(PushClip{L.area});
    out.commands.push_back(FillRect{L.area, L.colours.background, 0});
    draw_calendar(f, ctx, out);
    draw_events(f, view, ctx, out);

    // Soft edges where the track goes on beyond the screen.
    const float fade = edge_fade_width(L);
    const float band_top = L.lanes_top, band_bottom = L.track_y + L.year_tick_len;
    if (scroll > 1) edge_fade(out, L.area.x, L.area.x + fade, band_top, band_bottom, L.colours.background);
    if (scroll < L.max_scroll - 1)
        edge_fade(out, L.area.right(), L.area.right() - fade, band_top, band_bottom, L.colours.background);

    out.commands.push_back(L.title);
    if (L.hint) out.commands.push_back(*L.hint);
    draw_overview(view, out);
    draw_exports_plot(L.plot, now - view.visit_started, out);

    const float dx = L.area.x - scroll;
    if (view.closing_card) draw_card(shifted(*view.closing_card, dx), 0, now, ctx, out);
    if (view.card) draw_card(shifted(*view.card, dx), 0, now, ctx, out);
    out.commands.push_back(PopClip{});
}

}  // namespace app
