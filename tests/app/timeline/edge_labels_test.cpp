// Labels at the screen's edges: whole words or nothing. A label cut by an edge slides in whole where the
// placement's rules leave it room, never onto a neighbour or its leader; else it fades, and nothing jumps; the
// first view cuts as little as any view near the middle can.
#include <gtest/gtest.h>

#include "timeline/edge_labels.h"
#include "timeline/label_lanes.h"
#include "timeline/timeline_layout.h"
#include "timeline_test_context.h"
#include "support/nonempty.h"

namespace app {
namespace {

using testing::TimelineTestContext;

struct Case {
    int w, h;
    float px_per_mm;
    float text_scale;
};

const Case kCases[] = {
    {800, 480, 5.2f, 1.0f},    {800, 480, 5.2f, 1.4f},    {1024, 600, 5.9f, 1.0f},   {1280, 720, 3.78f, 1.0f},
    {1920, 1080, 3.78f, 1.0f}, {1920, 1080, 3.78f, 1.4f}, {1080, 1920, 3.78f, 1.0f}, {768, 1024, 5.2f, 1.4f},
};

TimelineLayout layout_for(const Case& c, Language language) {
    TimelineTestContext t(c.w, c.h, c.px_per_mm, language);
    t.screen.text_scale = c.text_scale;
    return layout_timeline(t.ctx());
}

std::string name(const Case& c, Language l) {
    return std::to_string(c.w) + "x" + std::to_string(c.h) + (c.text_scale > 1 ? " larger text " : " ") +
           language_code(l);
}

LaneSegment leader_of(const EventMark& m) { return {m.leader_from.x, m.leader_from.y, m.leader_to.x, m.leader_to.y}; }

LaneBox grown(const Rect& r, float by) { return {r.x - by, r.y - by, r.right() + by, r.bottom() + by}; }

// Everything the placement promised still holds with every label where it is drawn at `scroll`.
void expect_rules_kept(const TimelineLayout& L, const std::vector<LabelAtEdge>& at, const std::string& where) {
    ASSERT_EQ(at.size(), L.marks.size());
    const LaneRules& rules = L.lane_rules;
    for (std::size_t i = 0; i < L.marks.size(); ++i) {
        const EventMark& a = L.marks[i];
        if (a.lane.lane < 0) {
            EXPECT_EQ(at[i].slide, 0.0f);
            continue;
        }
        const Rect box = slid_label_box(a, at[i].slide);
        EXPECT_GE(a.leader_to.x, box.x + rules.inset - 0.01f) << where << ": " << a.label.text << " left its leader";
        EXPECT_LE(a.leader_to.x, box.right() - rules.inset + 0.01f)
            << where << ": " << a.label.text << " left its leader";
        for (std::size_t j = 0; j < L.marks.size(); ++j) {
            const EventMark& b = L.marks[j];
            if (j == i || b.lane.lane < 0) continue;
            const Rect theirs = slid_label_box(b, at[j].slide);
            const bool same_band = theirs.y < box.bottom() && box.y < theirs.bottom();
            if (same_band) {
                const float apart = std::max(theirs.x - box.right(), box.x - theirs.right());
                EXPECT_GE(apart, rules.gap - 0.01f) << where << ": " << a.label.text << " / " << b.label.text;
            }
            EXPECT_FALSE(segment_hits_box(leader_of(b), grown(box, rules.clearance - 0.01f)))
                << where << ": " << b.label.text << "'s leader under " << a.label.text;
        }
    }
}

bool on_screen(const Rect& box, const TimelineLayout& L, float scroll) {
    return box.right() > scroll && box.x < scroll + L.area.w;
}

// Labels that can be seen at `scroll` but not whole (drawn faded, or not at all beside their marker).
int not_whole(const TimelineLayout& L, float scroll) {
    const std::vector<LabelAtEdge> at = labels_at_edges(L, scroll);
    int n = 0;
    for (std::size_t i = 0; i < L.marks.size(); ++i) {
        if (L.marks[i].lane.lane < 0) continue;
        const Rect box = slid_label_box(L.marks[i], at[i].slide);
        if (!on_screen(box, L, scroll)) continue;
        n += at[i].opacity < 1 || box.x < scroll || box.right() > scroll + L.area.w;
    }
    return n;
}

class EdgeLabelsAt : public ::testing::TestWithParam<std::tuple<Case, Language>> {};

// Where some scroll within a sixth of the width of the middle shows every label whole, the first view does;
// where none does, it cuts no more than centring the telegram would.
TEST_P(EdgeLabelsAt, TheFirstViewShowsWholeLabelsWhereAnyViewNearTheMiddleCan) {
    const auto [c, language] = GetParam();
    const TimelineLayout L = layout_for(c, language);
    const EventMark* telegram = nullptr;
    for (const EventMark& m : L.marks)
        if (m.highlight) telegram = &m;
    ASSERT_TRUE(telegram);
    const float scroll = L.initial_scroll;
    EXPECT_LE(std::abs(telegram->x - (scroll + L.area.w / 2)), L.area.w / 6 + 1) << "the telegram near the middle";
    const float centred = scroll_centring(L, telegram->x);
    bool any_whole = false;
    for (float s = std::max(0.0f, centred - L.area.w / 6);
         s <= std::min(L.max_scroll, centred + L.area.w / 6) && !any_whole; ++s)
        any_whole = not_whole(L, s) == 0;
    if (any_whole) {
        EXPECT_EQ(not_whole(L, scroll), 0) << name(c, language);
    } else {
        EXPECT_LE(not_whole(L, scroll), not_whole(L, centred)) << name(c, language);
    }
    expect_rules_kept(L, labels_at_edges(L, scroll), name(c, language));
}

TEST_P(EdgeLabelsAt, NoFragmentAtFullStrengthAndNothingJumpsAsTheTrackScrolls) {
    const auto [c, language] = GetParam();
    const TimelineLayout L = layout_for(c, language);
    // At the track's ends nothing lies beyond the edge there, so nothing moves away from it.
    for (const LabelAtEdge& at : NONEMPTY(labels_at_edges(L, 0))) EXPECT_LE(at.slide, 0.0f);
    for (const LabelAtEdge& at : NONEMPTY(labels_at_edges(L, L.max_scroll))) EXPECT_GE(at.slide, 0.0f);
    int slid = 0, faded = 0;
    for (float scroll = 0; scroll <= L.max_scroll; scroll += 13) {
        const std::string where = name(c, language) + " at " + std::to_string(static_cast<int>(scroll));
        const std::vector<LabelAtEdge> now = labels_at_edges(L, scroll), next = labels_at_edges(L, scroll + 1);
        expect_rules_kept(L, now, where);
        for (std::size_t i = 0; i < now.size(); ++i) {
            const EventMark& m = L.marks[i];
            if (m.lane.lane < 0) continue;
            const Rect box = slid_label_box(m, now[i].slide);
            if (now[i].opacity >= 1) {
                EXPECT_TRUE(!on_screen(box, L, scroll) || (box.x >= scroll && box.right() <= scroll + L.area.w))
                    << where << ": " << m.label.text << " cut by an edge, at full strength";
            }
            const float cut = std::max(0.0f, scroll - box.x) + std::max(0.0f, box.right() - (scroll + L.area.w));
            if (cut >= label_fade_length(L, m)) {
                EXPECT_EQ(now[i].opacity, 0.0f) << where << ": " << m.label.text << " drawn with " << cut << " px cut";
            }
            EXPECT_LE(std::abs(next[i].slide - now[i].slide), 1.001f) << where << ": " << m.label.text << " jumped";
            EXPECT_LE(std::abs(next[i].opacity - now[i].opacity), 1.001f / label_fade_length(L, m))
                << where << ": " << m.label.text << " popped";
            slid += now[i].slide != 0;
            faded += on_screen(box, L, scroll) && now[i].opacity < 1;
        }
        if (::testing::Test::HasFailure()) return;
    }
    if (L.max_scroll > L.area.w) {
        EXPECT_GT(slid, 0) << "on a long track some label meets an edge";
        EXPECT_GT(faded, 0);
    }
}

INSTANTIATE_TEST_SUITE_P(Screens, EdgeLabelsAt,
                         ::testing::Combine(::testing::ValuesIn(kCases), ::testing::ValuesIn(kLanguages)),
                         [](const ::testing::TestParamInfo<std::tuple<Case, Language>>& info) {
                             const Case c = std::get<0>(info.param);
                             return std::to_string(c.w) + "x" + std::to_string(c.h) +
                                    (c.text_scale > 1 ? "_larger_" : "_") + language_code(std::get<1>(info.param));
                         });

// Where an edge cuts a third off a label, it slides in whole, unless its leader would leave it or a neighbour
// in its lane (or a neighbour's leader) stops it: then it stands right against that.
TEST(EdgeLabels, ALabelCutByAnEdgeSlidesInAsFarAsItsLeaderAndNeighboursAllow) {
    int whole = 0, held = 0;
    for (const auto& [c, language] :
         {std::pair{kCases[0], Language::English}, std::pair{kCases[4], Language::English},
          std::pair{kCases[4], Language::Russian}, std::pair{kCases[4], Language::Portuguese}}) {
        const TimelineLayout L = layout_for(c, language);
        const LaneRules& rules = L.lane_rules;
        const float fade = edge_fade_width(L);
        for (std::size_t i = 0; i < NONEMPTY(L.marks).size(); ++i) {
            const EventMark& m = L.marks[i];
            if (m.lane.lane < 0) continue;
            const float cut = std::round(m.label_box.w / 3);
            for (int direction : {+1, -1}) {
                // The inner edge of the fade a third into the label, from the left or from the right.
                const float scroll =
                    direction > 0 ? m.label_box.x + cut - fade : m.label_box.right() - cut + fade - L.area.w;
                if (scroll < fade || scroll > L.max_scroll - fade) continue;
                const std::vector<LabelAtEdge> at = labels_at_edges(L, scroll);
                const float slide = at[i].slide * static_cast<float>(direction);
                EXPECT_GE(slide, 0) << m.label.text;
                EXPECT_LE(slide, cut + 0.01f) << m.label.text;
                if (std::abs(slide - cut) < 0.01f) {
                    ++whole;
                    EXPECT_EQ(at[i].opacity, 1.0f) << m.label.text;
                    continue;
                }
                ++held;
                EXPECT_LT(at[i].opacity, 1.0f) << m.label.text;
                const Rect box = slid_label_box(m, at[i].slide);
                const float leader_end = direction > 0 ? box.x + rules.inset : box.right() - rules.inset;
                const bool leash = std::abs(m.leader_to.x - leader_end) < 0.01f;
                bool neighbour = false;
                for (std::size_t j = 0; j < L.marks.size(); ++j) {
                    const EventMark& b = L.marks[j];
                    if (j == i || b.lane.lane < 0) continue;
                    const Rect theirs = slid_label_box(b, at[j].slide);
                    const float apart = direction > 0 ? theirs.x - box.right() : box.x - theirs.right();
                    if (theirs.y < box.bottom() && box.y < theirs.bottom() && std::abs(apart - rules.gap) < 0.01f)
                        neighbour = true;
                    const Rect further{direction > 0 ? box.x : box.x - 1, box.y, box.w + 1, box.h};
                    if (segment_hits_box(leader_of(b), grown(further, rules.clearance))) neighbour = true;
                }
                EXPECT_TRUE(leash || neighbour) << name(c, language) << ": " << m.label.text << " stopped short by "
                                                << cut - slide << " px for no reason";
            }
        }
    }
    EXPECT_GT(whole, 20) << held << " held";
    EXPECT_GT(whole + held, 80) << "most labels were tried";
}

}  // namespace
}  // namespace app
