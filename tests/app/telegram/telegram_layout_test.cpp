#include "telegram/telegram_layout.h"

#include <gtest/gtest.h>

#include "support/fake_measure.h"
#include "support/test_assets.h"
#include "support/nonempty.h"

namespace app {
namespace {

using testing::code_points;
using testing::fake_measure;

const Telegram& shipped_telegram() {
    static const LoadResult result = load_content(testing::shipped_assets());
    return result.content->telegram;
}

struct Box {
    Rect rect;
    std::string what;
};

std::vector<Box> text_boxes(const TelegramLayout& layout, const TextMeasure& m) {
    std::vector<Box> boxes;
    for (const Text& t : layout.texts) {
        boxes.push_back(
            {{t.top_left.x, t.top_left.y, m.width(t.role, t.size_px, t.text), m.metrics(t.role, t.size_px).line_height},
             t.text});
    }
    for (const BodyLine& line : layout.body) {
        float right = line.origin.x;
        std::string text;
        for (const PlacedRun& r : line.runs) {
            right = std::max(right, line.origin.x + r.x + r.width);
            text += r.text;
        }
        boxes.push_back({{line.origin.x, line.origin.y, right - line.origin.x, line.height}, text});
    }
    return boxes;
}

bool overlap(const Rect& a, const Rect& b) {
    const float e = 0.5f;  // touching edges are fine
    return a.x + e < b.right() && b.x + e < a.right() && a.y + e < b.bottom() && b.y + e < a.bottom();
}

class TelegramLayoutAtSize : public ::testing::TestWithParam<std::pair<int, int>> {};

TEST_P(TelegramLayoutAtSize, EverythingFitsNothingOverlapsLinesReadWell) {
    const auto [w, h] = GetParam();
    const Screen screen{w, h, 96.0f / 25.4f};
    const TextMeasure m = fake_measure();
    const TelegramLayout layout = layout_telegram(shipped_telegram(), "Touch an underlined phrase to learn more",
                                                  Language::English, screen, m, default_theme());

    EXPECT_GE(layout.page.x, 0);
    EXPECT_LE(layout.page.right(), w);
    EXPECT_GE(layout.scale.body_px, screen.mm(2.8f) - 0.5f) << "body text below legible size";
    EXPECT_GT(layout.column_height, layout.page.bottom());

    const float inner_left = layout.page.x + layout.scale.page_padding - 0.5f;
    const float inner_right = layout.page.right() - layout.scale.page_padding + 0.5f;
    std::size_t longest = 0;
    for (const BodyLine& line : NONEMPTY(layout.body)) {
        std::string text;
        for (const PlacedRun& r : NONEMPTY(line.runs)) {
            EXPECT_GE(line.origin.x + r.x, inner_left);
            EXPECT_LE(line.origin.x + r.x + r.width, inner_right) << r.text;
            text += r.text;
        }
        longest = std::max(longest, code_points(text));
        EXPECT_GE(line.origin.y, layout.page.y);
        EXPECT_LE(line.origin.y + line.height, layout.page.bottom());
    }
    EXPECT_LE(longest, 70u) << "lines too long to read comfortably";
    if (w >= 1000) { EXPECT_GE(longest, 55u) << "lines needlessly short"; }

    const std::vector<Box> boxes = text_boxes(layout, m);
    for (const Box& b : NONEMPTY(boxes)) {
        EXPECT_GE(b.rect.x, 0) << b.what;
        EXPECT_LE(b.rect.right(), w + 0.5f) << b.what;
    }
    for (std::size_t i = 0; i < NONEMPTY(boxes).size(); ++i)
        for (std::size_t j = i + 1; j < boxes.size(); ++j)
            EXPECT_FALSE(overlap(boxes[i].rect, boxes[j].rect))
                << "\"" << boxes[i].what << "\" overlaps \"" << boxes[j].what << "\"";
}

INSTANTIATE_TEST_SUITE_P(Screens, TelegramLayoutAtSize,
                         ::testing::Values(std::pair{800, 480}, std::pair{480, 800}, std::pair{1024, 600},
                                           std::pair{1280, 720}, std::pair{1280, 800}, std::pair{1366, 768},
                                           std::pair{1920, 1080}, std::pair{1080, 1920}, std::pair{2560, 1440},
                                           std::pair{3840, 2160}, std::pair{2160, 3840}, std::pair{640, 480},
                                           std::pair{1920, 600}, std::pair{600, 1920}),
                         [](const auto& info) {
                             return std::to_string(info.param.first) + "x" + std::to_string(info.param.second);
                         });

TEST(TelegramLayout, TypeGrowsWithTheScreen) {
    const TextMeasure m = fake_measure();
    auto body = [&](int w, int h) { return choose_type_scale(Screen{w, h, 96.0f / 25.4f}, m).body_px; };
    EXPECT_LT(body(800, 480), body(1920, 1080));
    EXPECT_LT(body(1920, 1080), body(3840, 2160));
}

TEST(TelegramLayout, SmallDenseScreenKeepsTextLegibleInMillimetres) {
    // A 7-inch 800x480 panel has about 5.3 pixels a millimetre.
    const Screen screen{800, 480, 5.3f};
    EXPECT_GE(choose_type_scale(screen, fake_measure()).body_px, screen.mm(2.8f) - 0.5f);
}

TEST(TelegramLayout, FootnoteMarkersAreRaisedAndSmallerThanTheText) {
    const TelegramLayout layout =
        layout_telegram(shipped_telegram(), "Touch an underlined phrase to learn more", Language::English,
                        Screen{1920, 1080, 3.78f}, fake_measure(), default_theme());
    int markers = 0;
    for (const BodyLine& line : NONEMPTY(layout.body))
        for (const PlacedRun& r : NONEMPTY(line.runs))
            if (r.text == "18" || r.text == "19") {
                ++markers;
                EXPECT_GT(r.style.rise, 0);
                EXPECT_LT(r.style.size_px, layout.scale.body_px);
            }
    EXPECT_EQ(markers, 2);
}

TEST(TelegramLayout, PageBreakIsShownAsALabelBetweenParagraphs) {
    const TelegramLayout layout =
        layout_telegram(shipped_telegram(), "Touch an underlined phrase to learn more", Language::English,
                        Screen{1280, 720, 3.78f}, fake_measure(), default_theme());
    const Text* label = nullptr;
    for (const Text& t : layout.texts)
        if (t.text == "[Page 193]") label = &t;
    ASSERT_NE(label, nullptr);
    float last_before = 0, first_after = 1e9f;
    for (const BodyLine& line : layout.body) {
        if (line.block < 2) last_before = std::max(last_before, line.origin.y);
        if (line.block > 2) first_after = std::min(first_after, line.origin.y);
    }
    EXPECT_GT(label->top_left.y, last_before);
    EXPECT_LT(label->top_left.y, first_after);
}

}  // namespace
}  // namespace app
