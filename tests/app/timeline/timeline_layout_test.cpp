// The timeline laid out at many sizes and in every language: labels never overlap, nothing leaves the area,
// nothing is too small to read or to touch, and the plot shows the content's figures.
#include <gtest/gtest.h>

#include <cstdio>

#include "content/interface_text.h"
#include "content/timeline_date.h"
#include "timeline/label_lanes.h"
#include "timeline/timeline_layout.h"
#include "timeline_test_context.h"
#include "support/nonempty.h"

namespace app {
namespace {

using testing::TimelineTestContext;

struct Size {
    int w, h;
    float px_per_mm;
};

std::string name_of(const ::testing::TestParamInfo<std::tuple<Size, Language>>& info) {
    const Size s = std::get<0>(info.param);
    return std::to_string(s.w) + "x" + std::to_string(s.h) + "_" + language_code(std::get<1>(info.param));
}

class TimelineLayoutAt : public ::testing::TestWithParam<std::tuple<Size, Language>> {};

bool overlap(const Rect& a, const Rect& b) {
    return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

Rect text_box(const Text& t, const TextMeasure& measure) {
    return Rect{t.top_left.x, t.top_left.y, measure.width(t.role, t.size_px, t.text),
                measure.metrics(t.role, t.size_px).line_height};
}

TEST_P(TimelineLayoutAt, LabelsNeverOverlapAndStayInside) {
    const Size size = std::get<0>(GetParam());
    TimelineTestContext t(size.w, size.h, size.px_per_mm, std::get<1>(GetParam()));
    const ViewContext ctx = t.ctx();
    const TimelineLayout L = layout_timeline(ctx);
    const Rect area = ctx.area;
    const float track_w = L.axis.width();
    ASSERT_EQ(L.marks.size(), t.content->timeline.events.size());

    int labelled = 0;
    for (std::size_t i = 0; i < NONEMPTY(L.marks).size(); ++i) {
        const EventMark& a = L.marks[i];
        if (a.highlight) { EXPECT_GE(a.lane.lane, 0) << "the telegram is always labelled"; }
        EXPECT_GE(a.x - a.radius, 0);
        EXPECT_LE(a.x + a.radius, track_w);
        if (a.lane.lane < 0) continue;
        ++labelled;
        // Inside the track's ends (so inside the area at either end of the scroll) and the area's height.
        EXPECT_GE(a.label_box.x, 0) << a.label.text;
        EXPECT_LE(a.label_box.right(), track_w) << a.label.text;
        EXPECT_GE(a.label_box.y, area.y) << a.label.text;
        EXPECT_LE(a.label_box.bottom(), L.track_y - a.radius) << a.label.text;
        // The text fits its box.
        const Rect text = text_box(a.label, ctx.measure);
        EXPECT_GE(text.x, a.label_box.x - 0.5f);
        EXPECT_LE(text.right(), a.label_box.right() + 0.5f) << a.label.text;
        const LaneSegment leader{a.leader_from.x, a.leader_from.y, a.leader_to.x, a.leader_to.y};
        for (std::size_t j = 0; j < L.marks.size(); ++j) {
            const EventMark& b = L.marks[j];
            if (j == i || b.lane.lane < 0) continue;
            EXPECT_FALSE(overlap(a.label_box, b.label_box)) << a.label.text << " / " << b.label.text;
            const LaneBox other{b.label_box.x, b.label_box.y, b.label_box.right(), b.label_box.bottom()};
            EXPECT_FALSE(segment_hits_box(leader, other)) << a.label.text << "'s leader through " << b.label.text;
            if (j > i) {
                EXPECT_FALSE(segments_cross(leader, {b.leader_from.x, b.leader_from.y, b.leader_to.x, b.leader_to.y}))
                    << a.label.text << " / " << b.label.text;
            }
        }
    }
    // Every label finds room on any screen of a reasonable size; a tiny one may leave a few out.
    const bool roomy = area.w >= 1200 && area.h >= 600 && area.w > area.h;
    if (roomy) { EXPECT_EQ(labelled, static_cast<int>(L.marks.size())); }
    EXPECT_GE(labelled * 4, static_cast<int>(L.marks.size()) * 3);
    EXPECT_LE(L.max_scroll, area.w * 12) << "the track is at most twelve screens long";
    EXPECT_GE(L.axis.width(), area.w - 1);
}

TEST_P(TimelineLayoutAt, EverythingFixedFitsTheAreaAndNothingIsTooSmall) {
    const Size size = std::get<0>(GetParam());
    TimelineTestContext t(size.w, size.h, size.px_per_mm, std::get<1>(GetParam()));
    const ViewContext ctx = t.ctx();
    const TimelineLayout L = layout_timeline(ctx);
    const Rect area = ctx.area;
    const float min_px = ctx.screen.mm(3.0f) - 0.5f;
    EXPECT_GE(L.type.label_px, min_px);
    EXPECT_GE(L.type.axis_px, min_px);
    EXPECT_GE(L.type.card_px, min_px);
    for (const EventMark& m : NONEMPTY(L.marks))
        if (m.lane.lane >= 0) { EXPECT_GE(m.label.size_px, min_px); }

    std::vector<Text> fixed{L.title};
    if (L.hint) fixed.push_back(*L.hint);
    fixed.insert(fixed.end(), L.plot.texts.begin(), L.plot.texts.end());
    for (const PlotBar& bar : L.plot.bars) fixed.push_back(bar.value_text);
    for (std::size_t i = 0; i < fixed.size(); ++i) {
        const Rect a = text_box(fixed[i], ctx.measure);
        EXPECT_GE(fixed[i].size_px, min_px) << fixed[i].text;
        EXPECT_GE(a.x, area.x) << fixed[i].text;
        EXPECT_LE(a.right(), area.right() + 0.5f) << fixed[i].text;
        EXPECT_GE(a.y, area.y) << fixed[i].text;
        EXPECT_LE(a.bottom(), area.bottom()) << fixed[i].text;
        for (std::size_t j = i + 1; j < fixed.size(); ++j)
            EXPECT_FALSE(overlap(a, text_box(fixed[j], ctx.measure))) << fixed[i].text << " / " << fixed[j].text;
    }
    for (const PlotBar& bar : NONEMPTY(L.plot.bars)) {
        EXPECT_GE(bar.full.y, area.y);
        EXPECT_LE(bar.full.bottom(), area.bottom());
        for (const Text& text : NONEMPTY(fixed)) {
            EXPECT_FALSE(overlap(bar.full, text_box(text, ctx.measure))) << text.text;
        }
    }
    EXPECT_LE(L.overview.bottom(), L.plot.area.y);
    EXPECT_GE(L.overview.y, L.track_y);
    // The calendar beneath the track: month and year names in a row that nothing else takes.
    for (const Text& name : NONEMPTY(L.month_names)) {
        EXPECT_GT(name.top_left.y, L.track_y);
        EXPECT_LE(name.top_left.y + ctx.measure.metrics(name.role, name.size_px).line_height, L.overview.y);
    }
}

const Size kSizes[] = {
    {800, 480, 5.2f},   {1024, 600, 5.9f},  {1280, 720, 3.78f},  {1366, 768, 3.4f}, {1920, 1080, 3.78f},
    {2560, 1440, 4.4f}, {3840, 2160, 3.2f}, {1080, 1920, 3.78f}, {768, 1024, 5.2f}, {2160, 3840, 3.2f},
};

INSTANTIATE_TEST_SUITE_P(Screens, TimelineLayoutAt,
                         ::testing::Combine(::testing::ValuesIn(kSizes), ::testing::ValuesIn(kLanguages)), name_of);

TEST(TimelineLayout, ThePlotsBarsAreTheContentsFigures) {
    TimelineTestContext t(1280, 720, 3.78f);
    const ViewContext ctx = t.ctx();
    const TimelineLayout L = layout_timeline(ctx);
    const ExportsPlot& plot = t.content->timeline.exports;
    std::vector<double> values;
    for (const ExportSeries& s : plot.series)
        for (const ExportBar& b : s.bars) values.push_back(b.value);
    ASSERT_EQ(L.plot.bars.size(), values.size());
    double top = 0;
    for (double v : values) top = std::max(top, v);
    const float tallest = L.plot.bars[5].full.h;
    for (std::size_t i = 0; i < values.size(); ++i) {
        EXPECT_EQ(L.plot.bars[i].value, values[i]);
        char expected[16];
        std::snprintf(expected, sizeof expected, "%.1f", values[i] / 1e6);
        EXPECT_EQ(L.plot.bars[i].value_text.text, expected) << "millions, the unit said in the caption";
        EXPECT_NEAR(L.plot.bars[i].full.h, tallest * values[i] / top, 1.0) << "one scale for all";
    }
    EXPECT_EQ(L.plot.bars[5].value_text.text, "33.9");
    EXPECT_EQ(L.plot.bars[1].value_text.text, "9.0");
    bool note = false, calendar = false, sources = false, unit = false;
    for (const Text& text : L.plot.texts) {
        unit |= text.text.find("millions of US dollars") != std::string::npos;
        note |= text.text.find("11 months") != std::string::npos;
        calendar |= text.text.find("Calendar years") != std::string::npos;
        sources |= text.text.find("d324") != std::string::npos;
    }
    EXPECT_TRUE(note) << "the 11-month period is marked";
    EXPECT_TRUE(calendar) << "each group is named";
    EXPECT_TRUE(sources) << "the sources are cited";
    EXPECT_TRUE(unit) << "the unit is said";
    TimelineTestContext ru(1280, 720, 3.78f, Language::Russian);
    EXPECT_EQ(layout_timeline(ru.ctx()).plot.bars[5].value_text.text, "33,9");
}

TEST(TimelineLayout, TheTrackRunsFromBeforeTheFirstEventToAfterTheLast) {
    TimelineTestContext t(1280, 720, 3.78f);
    const TimelineLayout L = layout_timeline(t.ctx());
    EXPECT_EQ(L.axis.start_day, days_from_civil(1933, 10, 1)) << "first event: November 16, 1933";
    EXPECT_EQ(L.axis.end_day, days_from_civil(1937, 10, 1)) << "last event: August 4, 1937";
    ASSERT_FALSE(L.ticks.empty());
    EXPECT_EQ(L.ticks.front().month, 10);
    EXPECT_EQ(L.ticks.front().year, 1933);
    std::vector<std::string> years;
    for (const Text& y : L.year_names) years.push_back(y.text);
    EXPECT_EQ(years, (std::vector<std::string>{"1933", "1934", "1935", "1936", "1937"}))
        << "where the track begins, and at each January";
    for (std::size_t i = 1; i < NONEMPTY(L.marks).size(); ++i) {
        EXPECT_LE(L.marks[i - 1].x, L.marks[i].x) << "in the order of time";
    }
}

TEST(TimelineLayout, TheTelegramStandsOut) {
    TimelineTestContext t(1920, 1080, 3.78f);
    const TimelineLayout L = layout_timeline(t.ctx());
    for (const EventMark& m : NONEMPTY(L.marks)) {
        if (!m.highlight) {
            EXPECT_LT(m.radius, L.type.highlight_r);
            continue;
        }
        EXPECT_EQ(m.label.color, t.theme.card_title) << "the exhibit's amber";
        EXPECT_EQ(m.label.role, FontRole::SansBold);
        EXPECT_GT(m.label.size_px, L.type.label_px);
        EXPECT_LE(std::abs(L.initial_scroll + L.area.w / 2 - m.x), L.area.w / 6 + 1)
            << "a visit begins with the telegram near the middle";
    }
}

}  // namespace
}  // namespace app
