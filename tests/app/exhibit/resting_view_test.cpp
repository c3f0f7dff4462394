// The resting screen: what a kiosk shows when no content can be shown. Calm, three languages, no error codes.
#include <gtest/gtest.h>

#include <cctype>

#include "support/fake_measure.h"
#include "resting/resting_view.h"
#include "support/nonempty.h"

namespace app {
namespace {

std::vector<Text> texts_of(const DisplayList& list) {
    std::vector<Text> out;
    for (const DrawCommand& c : list.commands)
        if (const auto* t = std::get_if<Text>(&c)) out.push_back(*t);
    return out;
}

TEST(RestingView, SaysItInThreeLanguagesWithoutErrorCodesOrDigits) {
    const DisplayList list = draw_resting(Screen{1920, 1080, 3.78f}, testing::fake_measure(), default_theme());
    const std::vector<Text> texts = texts_of(list);
    ASSERT_EQ(texts.size(), 6u);
    for (const Text& t : texts) {
        for (char c : t.text) EXPECT_FALSE(std::isdigit(static_cast<unsigned char>(c))) << t.text;
        EXPECT_EQ(t.text.find("error"), std::string::npos);
    }
    EXPECT_EQ(texts[0].text, "This exhibit is resting");
}

TEST(RestingView, StaysOnScreenAtEverySizeAndIsLit) {
    for (const Screen& s :
         {Screen{800, 480, 5.2f}, Screen{1080, 1920, 3.78f}, Screen{3840, 2160, 3.78f}, Screen{320, 240, 2.0f}}) {
        const DisplayList list = draw_resting(s, testing::fake_measure(), default_theme());
        bool has_paper = false;
        for (const DrawCommand& c : NONEMPTY(list.commands)) {
            if (const auto* r = std::get_if<FillRect>(&c))
                has_paper |= r->color.r == default_theme().paper.r && r->rect.w > 0;
            if (const auto* t = std::get_if<Text>(&c)) {
                EXPECT_GE(t->top_left.x, 0) << t->text << " at " << s.width_px << "x" << s.height_px;
                EXPECT_GE(t->top_left.y, 0) << t->text;
                EXPECT_LE(t->top_left.y, s.height_px) << t->text;
            }
        }
        EXPECT_TRUE(has_paper) << "not a dark screen";
    }
}

}  // namespace
}  // namespace app
