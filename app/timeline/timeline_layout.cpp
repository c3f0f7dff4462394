#include "timeline_layout.h"

#include <algorithm>
#include <cmath>

#include "../content/timeline/timeline_order.h"
#include "../text/text_size.h"
#include "../ui_metrics.h"
#include "edge_labels.h"

namespace app {
namespace {

constexpr int kMaxLanes = 7;       // a taller stack reads as a wall, not a timeline...
constexpr int kMaxLanesTall = 10;  // ...except on a tall screen, where it spares the visitor some scrolling
constexpr float kMaxScreens = 12;  // the longest track, in screen widths: beyond, a crowd goes partly unlabelled
constexpr int kZoomSteps = 8;      // halvings of the zoom interval

float line_height(const TextMeasure& measure, FontRole role, int px) { return measure.metrics(role, px).line_height; }

double days_of_minutes(std::int64_t minutes) { return static_cast<double>(minutes) / (24.0 * 60.0); }

// The labels' measured boxes, before they have a place.
std::vector<LaneLabel> measure_labels(const TimelineContent& timeline, const TimelineTypeScale& type, Language language,
                                      const TextMeasure& measure) {
    std::vector<LaneLabel> labels;
    const float pad = std::round(type.label_px * 0.35f);
    for (const TimelineEvent& e : timeline.events) {
        const float w = e.highlight ? measure.width(FontRole::SansBold, type.highlight_px, e.title.in(language))
                                    : measure.width(FontRole::Sans, type.label_px, e.title.in(language));
        labels.push_back(
            LaneLabel{0, std::ceil(w + 2 * pad), e.highlight ? type.highlight_r : type.marker_r, e.highlight});
    }
    return labels;
}

// Places the labels for `ppd` px per day; nothing when they do not all fit (unless `allow_unlabelled`).
std::optional<std::vector<LanePlacement>> try_zoom(TimeAxis& axis, std::vector<LaneLabel>& labels,
                                                   const std::vector<double>& days, LaneRules& rules, float ppd,
                                                   bool allow_unlabelled, LaneEffort effort = LaneEffort::AnyComplete) {
    axis.px_per_day = ppd;
    for (std::size_t i = 0; i < labels.size(); ++i) labels[i].x = axis.x_of(days[i]);
    rules.max_x = axis.width() - rules.min_x;
    return assign_lanes(labels, rules, allow_unlabelled, effort);
}

// The shortest track, at least as wide as the area and at most kMaxScreens wide, on which every label has
// its place (found by halving the interval between a zoom that fails and one that works, then placed as
// calmly as the search can). When even the
// longest leaves a crowd without room, that one it is, with some labels left out: their markers stay, and
// open their cards as the others do.
std::vector<LanePlacement> choose_zoom(TimeAxis& axis, std::vector<LaneLabel>& labels, const std::vector<double>& days,
                                       LaneRules rules, float area_w) {
    const double range = std::max(1.0, axis.end_day - axis.start_day);
    const float fit = std::max(1e-3f, static_cast<float>((area_w - 2 * axis.pad) / range));
    const float longest = std::max(fit, static_cast<float>((area_w * kMaxScreens - 2 * axis.pad) / range));
    if (try_zoom(axis, labels, days, rules, fit, false))
        return *try_zoom(axis, labels, days, rules, fit, false, LaneEffort::Best);
    if (!try_zoom(axis, labels, days, rules, longest, false))
        return *try_zoom(axis, labels, days, rules, longest, true, LaneEffort::Best);
    float lo = fit, hi = longest;
    for (int step = 0; step < kZoomSteps && hi / lo > 1.03f; ++step) {
        const float mid = std::sqrt(lo * hi);
        (try_zoom(axis, labels, days, rules, mid, false) ? hi : lo) = mid;
    }
    // The calmest placement at the chosen zoom (this also leaves the axis and the labels' x at that zoom).
    return *try_zoom(axis, labels, days, rules, hi, false, LaneEffort::Best);
}

}  // namespace

TimelineTypeScale choose_timeline_type(const Screen& screen, const TextMeasure& measure) {
    TimelineTypeScale t;
    // The timeline's labels are read across a wide track, from a step back: 3 mm, above the exhibit's smallest.
    const float min_px = screen.mm(std::max(3.0f, kMinTextMm));
    t.card_px = card_text_px(screen, measure);
    // As large as the cards' text allows, and on a large screen large enough to read from a step back.
    const float short_side = static_cast<float>(std::min(screen.width_px, screen.height_px));
    // An upright screen is read from nearer and has height to spare: its labels follow the long side too.
    const float upright = screen.portrait() ? static_cast<float>(screen.height_px) / 66.0f : 0.0f;
    t.label_px = round_px(std::max({min_px, t.card_px * 0.8f, short_side / 45.0f, upright}));
    t.card_px = std::max(t.card_px, t.label_px);  // a card never reads smaller than the label it opened from
    t.highlight_px = round_px(t.label_px * 1.12f);
    t.axis_px = round_px(std::max(min_px, t.label_px * 0.85f));
    t.year_px = round_px(t.label_px * 1.05f);
    t.title_px = round_px(t.label_px * 1.2f);
    t.margin = std::round(std::max(screen.mm(3.0f), 0.025f * std::min(screen.width_px, screen.height_px)));
    // Upright, the lanes breathe a little more: the height is there, and the leaders read more easily.
    const float airy = screen.portrait() ? 1.3f : 1.0f;
    t.lane_pitch = std::round(airy * std::max(line_height(measure, FontRole::Sans, t.label_px) * 1.3f,
                                              line_height(measure, FontRole::SansBold, t.highlight_px) * 1.15f));
    t.marker_r = std::round(std::max(screen.mm(1.3f), t.label_px * 0.3f));
    t.highlight_r = std::round(t.marker_r * 1.6f);
    t.touch = screen.mm(kMinTouchTargetMm);
    return t;
}

namespace {

// The title, and the hint beside it when there is room (or beneath it on a tall screen). Returns where the rest
// of the view begins.
float place_title(const ViewContext& ctx, TimelineLayout& out) {
    const Rect area = ctx.area;
    const TimelineTypeScale& type = out.type;
    const TimelineContent& timeline = ctx.content.timeline;
    const TextMeasure& measure = ctx.measure;
    const Language language = ctx.language;
    const float m = type.margin;
    const float title_h = line_height(measure, FontRole::SansBold, type.title_px);
    out.title = Text{timeline.text.title.in(language),
                     FontRole::SansBold,
                     type.title_px,
                     {area.x + m, area.y + m},
                     out.colours.title};
    float top = area.y + m + title_h;
    const std::string hint = timeline.text.hint.in(language);
    const float hint_w = measure.width(FontRole::Sans, type.axis_px, hint);
    const float title_w = measure.width(FontRole::SansBold, type.title_px, out.title.text);
    const float hint_h = line_height(measure, FontRole::Sans, type.axis_px);
    if (title_w + 2 * type.label_px + hint_w <= area.w - 2 * m) {
        out.hint = Text{hint,
                        FontRole::Sans,
                        type.axis_px,
                        {std::round(area.right() - m - hint_w), std::round(area.y + m + (title_h - hint_h) * 0.7f)},
                        out.colours.muted_text};
    } else if (area.h > area.w && hint_w <= area.w - 2 * m) {
        out.hint = Text{hint, FontRole::Sans, type.axis_px, {area.x + m, top}, out.colours.muted_text};
        top += hint_h;
    }
    return top + m * 0.5f;
}

// The view's heights from the title down, before the lanes are known.
struct TimelineHeights {
    float top = 0;             // below the title
    float bottom = 0;          // above the bottom margin
    float axis_line = 0;       // a month name's line
    float year_line = 0;       // a year name's line
    float month_names_dy = 0;  // from the track to the row of names beneath it
    float axis_h = 0;          // the ticks and that row
    float gap_track = 0;       // between the lowest lane and the track
    float overview_gap = 0;
    float overview_h = 0;
    float plot_gap = 0;
    bool upright = false;
    PlotStyle plot_style;
    float plot_w = 0;
    float plot_min = 0;
    float extra = 0;      // height no lane, axis or plot needs yet
    float plot_grow = 0;  // height given to the plot beyond its least
};

// Heights of everything but the lanes, then as many lanes as fit (`out.lanes`), then what is left spread out.
TimelineHeights measure_heights(const ViewContext& ctx, float top, TimelineLayout& out) {
    const Rect area = ctx.area;
    const TimelineTypeScale& type = out.type;
    const TextMeasure& measure = ctx.measure;
    const float m = type.margin;
    TimelineHeights h;
    h.top = top;
    h.axis_line = line_height(measure, FontRole::Sans, type.axis_px);
    h.year_line = line_height(measure, FontRole::SansBold, type.year_px);
    out.tick_len = std::round(type.axis_px * 0.45f);
    out.year_tick_len = std::round(type.axis_px * 0.9f);
    // One row beneath the track names the months; a year's name stands in for its January.
    h.month_names_dy = out.tick_len + type.axis_px * 0.2f;
    h.axis_h = h.month_names_dy + std::max(h.axis_line, h.year_line);
    h.gap_track = std::round(std::max(type.highlight_r * 1.25f, ctx.screen.mm(2.0f)));
    h.overview_gap = std::round(type.axis_px * 0.6f);
    h.overview_h = std::round(std::max(ctx.screen.mm(1.6f), 5.0f));
    h.plot_gap = std::round(type.axis_px * 0.8f);
    // Upright, the plot is a panel of its own under the track: caption over the bars, and taller bars.
    h.upright = area.h > area.w;
    h.plot_style = PlotStyle{type.axis_px, type.label_px, h.upright, h.upright ? 16.0f : 9.0f};
    h.plot_w = area.w - 2 * m;
    h.plot_min = exports_plot_min_height(ctx.content.timeline.exports, ctx.content.interface, ctx.language, h.plot_w,
                                         h.plot_style, measure);
    h.bottom = area.bottom() - m;
    const float avail =
        h.bottom - top - h.gap_track - h.axis_h - h.overview_gap - h.overview_h - h.plot_gap - h.plot_min;
    out.lanes = std::clamp(static_cast<int>(std::floor(avail / type.lane_pitch)), 1,
                           area.h > area.w ? kMaxLanesTall : kMaxLanes);
    h.extra = std::max(0.0f, avail - out.lanes * type.lane_pitch);
    h.plot_grow = std::clamp(h.extra * 0.4f, 0.0f, std::max(0.0f, area.h * 0.3f - h.plot_min));
    h.extra -= h.plot_grow;
    return h;
}

// The labels with their places in the lanes, at the zoom chosen for them.
struct PlacedLabels {
    std::vector<double> days;  // per event
    std::vector<LaneLabel> labels;
    std::vector<LanePlacement> placed;
    LaneRules rules;
    float label_pad = 0;
};

// The time scale: the story's months, long enough for every label to have its place.
PlacedLabels place_labels(const ViewContext& ctx, const TimelineHeights& h, TimelineLayout& out) {
    const TimelineTypeScale& type = out.type;
    const TimelineContent& timeline = ctx.content.timeline;
    const TextMeasure& measure = ctx.measure;
    const float m = type.margin;
    PlacedLabels p;
    std::vector<TimelineDate> dates;
    for (const TimelineEvent& e : timeline.events) dates.push_back(e.date);
    p.days = event_days(dates);
    axis_range(p.days, out.axis.start_day, out.axis.end_day);
    out.axis.pad = std::round(m + type.highlight_r);
    p.labels = measure_labels(timeline, type, ctx.language, measure);
    p.label_pad = std::round(type.label_px * 0.35f);
    const float box_h = std::round(std::max(line_height(measure, FontRole::Sans, type.label_px),
                                            line_height(measure, FontRole::SansBold, type.highlight_px)) *
                                   1.05f);
    LaneRules& rules = p.rules;
    rules.lanes = out.lanes;
    rules.base = h.gap_track;
    rules.pitch = type.lane_pitch;
    rules.box_h = std::min(box_h, type.lane_pitch);
    rules.gap = std::round(type.label_px * 0.7f);
    rules.clearance = std::round(type.label_px * 0.25f);
    rules.min_x = std::round(m * 0.5f);
    rules.inset = std::round(p.label_pad * 0.5f);
    rules.max_shift = std::min(type.label_px * 10.0f, ctx.area.w * 0.3f);
    rules.lane_cost = type.lane_pitch * 0.4f;
    p.placed = choose_zoom(out.axis, p.labels, p.days, rules, ctx.area.w);
    out.lane_rules = rules;
    out.lane_rules.max_x = out.axis.width() - rules.min_x;
    return p;
}

// Lanes no label needed give their room back: half of what is left goes above the labels, half between the track
// and the plot. Places the lanes, the track, the overview strip and the plot.
void stack_track_and_plot(const ViewContext& ctx, TimelineHeights h, const PlacedLabels& p, TimelineLayout& out) {
    const Rect area = ctx.area;
    const TimelineTypeScale& type = out.type;
    const float m = type.margin;
    int used = 1;
    for (const LanePlacement& placement : p.placed) used = std::max(used, placement.lane + 1);
    h.extra += static_cast<float>(out.lanes - used) * type.lane_pitch;
    float above = h.extra * 0.5f;
    if (h.upright) {
        // Upright, most of the room no lane needs goes to the plot (up to its tallest bars), and the track stands
        // near the middle of what is left above the plot (below it by half its labels, which rise above it),
        // instead of floating between two empty bands.
        const float plot_tallest =
            h.plot_min + (h.plot_style.max_bars - 2.6f) * static_cast<float>(h.plot_style.text_px);
        const float more = std::clamp(h.extra * 0.75f, 0.0f, std::max(0.0f, plot_tallest - h.plot_min - h.plot_grow));
        h.plot_grow += more;
        h.extra -= more;
        const float band_bottom = h.bottom - h.plot_min - h.plot_grow - h.plot_gap;
        const float labels_h = static_cast<float>(used) * type.lane_pitch + h.gap_track;
        const float below_track = h.axis_h + h.overview_gap + h.overview_h;
        const float wanted_track = h.top + (band_bottom - h.top) * 0.5f + (labels_h - below_track) * 0.5f;
        above = std::clamp(wanted_track - labels_h - h.top, 0.0f,
                           std::max(0.0f, band_bottom - below_track - labels_h - h.top));
    }
    out.lanes_top = std::round(h.top + above);
    out.track_y = std::round(out.lanes_top + static_cast<float>(used) * type.lane_pitch + h.gap_track);
    const float overview_y = std::round(out.track_y + h.axis_h + h.overview_gap);
    out.overview = Rect{area.x + m, overview_y, area.w - 2 * m, h.overview_h};
    const float plot_y = std::round(h.bottom - h.plot_min - h.plot_grow);  // the plot rests on the bottom margin
    out.plot = layout_exports_plot(ctx.content.timeline.exports, ctx.content.interface, ctx.language,
                                   Rect{area.x + m, plot_y, h.plot_w, h.plot_min + h.plot_grow}, h.plot_style,
                                   ctx.measure, out.colours);
}

// Each event's marker on the track, and its label and leader where it has a lane.
void place_marks(const ViewContext& ctx, const PlacedLabels& p, TimelineLayout& out) {
    const TimelineTypeScale& type = out.type;
    const TimelineContent& timeline = ctx.content.timeline;
    for (std::size_t i = 0; i < timeline.events.size(); ++i) {
        const TimelineEvent& e = timeline.events[i];
        EventMark mark;
        mark.event = static_cast<int>(i);
        mark.day = p.days[i];
        mark.x = out.axis.x_of(p.days[i]);
        mark.highlight = e.highlight;
        mark.radius = e.highlight ? type.highlight_r : type.marker_r;
        mark.approximate = e.date.precision != DatePrecision::Day;
        const DateSpan span = date_span(e.date);
        mark.span_x0 = out.axis.x_of(days_of_minutes(span.first));
        mark.span_x1 = out.axis.x_of(days_of_minutes(span.last + 1));
        mark.lane = i < p.placed.size() ? p.placed[i] : LanePlacement{};
        if (mark.lane.lane >= 0) {
            const FontRole role = e.highlight ? FontRole::SansBold : FontRole::Sans;
            const int px = e.highlight ? type.highlight_px : type.label_px;
            const LaneBox box = lane_box(p.labels[i], mark.lane, p.rules);
            mark.label_box = Rect{box.x0, out.track_y - box.y1, box.x1 - box.x0, box.y1 - box.y0};
            const float text_top = mark.label_box.y + (mark.label_box.h - line_height(ctx.measure, role, px)) / 2;
            mark.label = Text{e.title.in(ctx.language),
                              role,
                              px,
                              {mark.lane.x0 + p.label_pad, std::round(text_top)},
                              e.highlight ? out.colours.accent : out.colours.label};
            const LaneSegment leader = lane_leader(p.labels[i], mark.lane, p.rules);
            mark.leader_from = {leader.x0, out.track_y - leader.y0};
            mark.leader_to = {leader.x1, out.track_y - leader.y1};
        }
        out.marks.push_back(mark);
    }
}

// Ticks at every month, names as often as they fit, years in bold.
void name_months(const ViewContext& ctx, const TimelineHeights& h, TimelineLayout& out) {
    const TimelineTypeScale& type = out.type;
    const TimelineContent& timeline = ctx.content.timeline;
    const TextMeasure& measure = ctx.measure;
    const Language language = ctx.language;
    out.ticks = month_ticks(out.axis);
    float widest = 0;
    for (const Localized& name : timeline.text.month_abbreviations)
        widest = std::max(widest, measure.width(FontRole::Sans, type.axis_px, name.in(language)));
    out.month_step = month_label_step(out.axis.px_per_day, widest, type.axis_px * 0.8f);
    const float row_h = std::max(h.axis_line, h.year_line);
    const float month_top = std::round(out.track_y + h.month_names_dy + (row_h - h.axis_line) / 2);
    const float year_top = std::round(out.track_y + h.month_names_dy + (row_h - h.year_line) / 2);
    for (std::size_t i = 0; i + 1 < out.ticks.size(); ++i) {
        const MonthTick& t = out.ticks[i];
        const float x0 = out.axis.x_of(t.day), x1 = out.axis.x_of(out.ticks[i + 1].day);
        if (out.month_step < 12 && (t.month - 1) % out.month_step == 0 && t.month != 1) {
            const std::string& name =
                timeline.text.month_abbreviations[static_cast<std::size_t>(t.month - 1)].in(language);
            const float w = measure.width(FontRole::Sans, type.axis_px, name);
            out.month_names.push_back(Text{name,
                                           FontRole::Sans,
                                           type.axis_px,
                                           {std::round((x0 + x1 - w) / 2), month_top},
                                           out.colours.muted_text});
        }
        if (t.month == 1) {
            const std::string year = std::to_string(t.year);
            const float w = measure.width(FontRole::SansBold, type.year_px, year);
            out.year_names.push_back(Text{
                year, FontRole::SansBold, type.year_px, {std::round((x0 + x1 - w) / 2), year_top}, out.colours.title});
            out.year_starts.push_back(x0);
        } else if (i == 0) {  // the year the track begins in, named where it begins (its first month gives way)
            out.year_names.push_back(Text{std::to_string(t.year),
                                          FontRole::SansBold,
                                          type.year_px,
                                          {std::round(x0 + type.axis_px * 0.3f), year_top},
                                          out.colours.title});
            out.year_starts.push_back(x0);
        }
    }
}

}  // namespace

TimelineLayout layout_timeline(const ViewContext& ctx) {
    TimelineLayout out;
    out.area = ctx.area;
    out.type = choose_timeline_type(ctx.screen, ctx.measure);
    out.colours = timeline_theme(ctx.theme);
    const float top = place_title(ctx, out);
    const TimelineHeights heights = measure_heights(ctx, top, out);
    const PlacedLabels labels = place_labels(ctx, heights, out);
    stack_track_and_plot(ctx, heights, labels, out);
    place_marks(ctx, labels, out);
    name_months(ctx, heights, out);

    // The first view: the telegram's event (the highlighted one) in sight.
    out.max_scroll = std::max(0.0f, out.axis.width() - ctx.area.w);
    for (const EventMark& mark : out.marks)
        if (mark.highlight) {
            out.initial_scroll = scroll_showing(out, mark.x);
            break;
        }
    return out;
}

float scroll_centring(const TimelineLayout& layout, float x) {
    return std::clamp(x - layout.area.w / 2, 0.0f, layout.max_scroll);
}

Rect mark_box_on_screen(const TimelineLayout& layout, const EventMark& mark, float scroll) {
    const float dx = layout.area.x - scroll;
    float x0 = mark.x - mark.radius, x1 = mark.x + mark.radius;
    float y0 = layout.track_y - mark.radius, y1 = layout.track_y + mark.radius;
    if (mark.lane.lane >= 0) {
        x0 = std::min(x0, mark.label_box.x);
        x1 = std::max(x1, mark.label_box.right());
        y0 = std::min(y0, mark.label_box.y);
    }
    return Rect{x0 + dx, y0, x1 - x0, y1 - y0};
}

}  // namespace app
