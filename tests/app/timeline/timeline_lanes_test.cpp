// The label lanes on their own: pure geometry, checked on made-up crowds.
#include <gtest/gtest.h>

#include <cstdint>

#include "timeline/label_lanes.h"
#include "support/nonempty.h"

namespace app {
namespace {

LaneRules rules(int lanes) {
    LaneRules r;
    r.lanes = lanes;
    r.base = 20;
    r.pitch = 30;
    r.box_h = 26;
    r.gap = 10;
    r.clearance = 4;
    r.min_x = 0;
    r.max_x = 5000;
    r.inset = 3;
    r.max_shift = 300;
    r.lane_cost = 12;
    return r;
}

LaneBox grown(LaneBox b, float by) { return {b.x0 - by, b.y0 - by, b.x1 + by, b.y1 + by}; }

bool overlap(const LaneBox& a, const LaneBox& b) { return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1; }

// Everything the layout promises, for a finished placement.
void expect_clean(const std::vector<LaneLabel>& labels, const std::vector<LanePlacement>& placed, const LaneRules& r) {
    ASSERT_EQ(placed.size(), labels.size());
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (placed[i].lane < 0) continue;
        const LaneBox a = lane_box(labels[i], placed[i], r);
        const LaneSegment la = lane_leader(labels[i], placed[i], r);
        EXPECT_GE(a.x0, r.min_x);
        EXPECT_LE(a.x1, r.max_x);
        EXPECT_LT(placed[i].lane, r.lanes);
        EXPECT_GE(la.x1, a.x0) << "the leader meets its own label";
        EXPECT_LE(la.x1, a.x1);
        EXPECT_LE(std::abs(la.x1 - labels[i].x), r.max_shift + 0.01f);
        for (std::size_t j = 0; j < labels.size(); ++j) {
            if (j == i) continue;
            const LaneBox marker{labels[j].x - labels[j].marker_r, -labels[j].marker_r,
                                 labels[j].x + labels[j].marker_r, labels[j].marker_r};
            EXPECT_FALSE(segment_hits_box(la, marker)) << i << "'s leader runs through marker " << j;
            if (placed[j].lane < 0) continue;
            const LaneBox b = lane_box(labels[j], placed[j], r);
            EXPECT_FALSE(overlap(a, b)) << "labels " << i << " and " << j << " overlap";
            EXPECT_FALSE(segment_hits_box(la, grown(b, r.clearance - 0.5f)))
                << i << "'s leader runs through label " << j;
            if (j > i) {
                EXPECT_FALSE(segments_cross(la, lane_leader(labels[j], placed[j], r))) << "leaders " << i << ", " << j;
            }
        }
    }
}

TEST(LabelLanes, SegmentGeometry) {
    EXPECT_TRUE(segments_cross({0, 0, 10, 10}, {0, 10, 10, 0}));
    EXPECT_FALSE(segments_cross({0, 0, 10, 10}, {20, 0, 30, 10}));
    EXPECT_FALSE(segments_cross({0, 0, 0, 10}, {5, 0, 5, 10})) << "parallel";
    EXPECT_TRUE(segments_cross({0, 0, 0, 10}, {0, 5, 0, 20})) << "on one line, overlapping";
    EXPECT_TRUE(segment_hits_box({5, -5, 5, 5}, {0, 0, 10, 10}));
    EXPECT_FALSE(segment_hits_box({15, -5, 15, 5}, {0, 0, 10, 10}));
    EXPECT_TRUE(segment_hits_box({-5, 5, 15, 5}, {0, 0, 10, 10}));
    EXPECT_FALSE(segment_hits_box({-5, -5, 20, 1}, {0, 2, 10, 10}));
}

TEST(LabelLanes, LonelyLabelsStandOverTheirMarkersReadingRight) {
    const std::vector<LaneLabel> labels{{100, 80, 5, false}, {400, 80, 5, false}, {700, 80, 5, true}};
    const auto placed = assign_lanes(labels, rules(3));
    ASSERT_TRUE(placed);
    for (std::size_t i = 0; i < NONEMPTY(labels).size(); ++i) {
        EXPECT_EQ((*placed)[i].lane, 0);
        EXPECT_FLOAT_EQ((*placed)[i].anchor_x, labels[i].x) << "an upright leader";
        EXPECT_FLOAT_EQ((*placed)[i].x0, labels[i].x - 3) << "reading away from the marker";
    }
}

TEST(LabelLanes, ACloseCrowdClimbsAStaircase) {
    std::vector<LaneLabel> labels;
    for (int i = 0; i < 5; ++i) labels.push_back({1000.0f + 40 * i, 200, 5, false});
    const LaneRules r = rules(6);
    const auto placed = assign_lanes(labels, r);
    ASSERT_TRUE(placed);
    expect_clean(labels, *placed, r);
}

TEST(LabelLanes, TooFewLanesIsNoPlacementUnlessSomeMayGoUnlabelled) {
    std::vector<LaneLabel> labels;
    for (int i = 0; i < 12; ++i) labels.push_back({1000.0f + 14 * i, 300, 2, i == 7});
    LaneRules r = rules(2);
    r.max_shift = 40;
    EXPECT_FALSE(assign_lanes(labels, r));
    const auto some = assign_lanes(labels, r, true);
    ASSERT_TRUE(some);
    EXPECT_GE((*some)[7].lane, 0) << "the one that must be labelled is";
    expect_clean(labels, *some, r);
}

TEST(LabelLanes, LabelsStayWithinTheTrack) {
    const std::vector<LaneLabel> labels{{5, 120, 4, false}, {4990, 120, 4, true}};
    const LaneRules r = rules(2);
    const auto placed = assign_lanes(labels, r);
    ASSERT_TRUE(placed);
    expect_clean(labels, *placed, r);
}

// Made-up crowds of every density: whatever is placed keeps every promise.
TEST(LabelLanes, RandomCrowdsNeverOverlap) {
    std::uint32_t seed = 12345;
    auto next = [&](float lo, float hi) {
        seed = seed * 1664525u + 1013904223u;
        return lo + (hi - lo) * static_cast<float>(seed >> 8) / static_cast<float>(1u << 24);
    };
    for (int round = 0; round < 40; ++round) {
        std::vector<LaneLabel> labels;
        const int n = static_cast<int>(next(3, 24));
        const float spread = next(200, 3000);
        for (int i = 0; i < n; ++i) labels.push_back({next(20, 20 + spread), next(40, 260), next(3, 9), i == 0});
        const LaneRules r = rules(static_cast<int>(next(1, 7)));
        const auto placed = assign_lanes(labels, r, true);
        ASSERT_TRUE(placed);
        expect_clean(labels, *placed, r);
    }
}

}  // namespace
}  // namespace app
