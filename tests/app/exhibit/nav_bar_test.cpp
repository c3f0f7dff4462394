#include "nav/nav_bar.h"
#include "text/text_size.h"

#include <gtest/gtest.h>

#include "support/fake_measure.h"
#include "support/test_assets.h"
#include "support/nonempty.h"

namespace app {
namespace {

bool overlaps(const Rect& a, const Rect& b) {
    return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

TEST(NavBar, FitsEveryScreenAndLanguageWithLargeTargets) {
    static const LoadResult loaded = load_content(testing::shipped_assets());
    const TextMeasure m = testing::fake_measure();
    struct Size {
        int w, h;
        float px_per_mm;
    };
    // Monitors at 96 dpi, and the 7-inch panel both ways up at its real 5.19 px/mm (upright: two rows).
    const Size sizes[] = {{800, 480, 3.78f},   {480, 800, 3.78f},         {1024, 600, 3.78f},
                          {1280, 720, 3.78f},  {1920, 1080, 3.78f},       {1080, 1920, 3.78f},
                          {3840, 2160, 3.78f}, {800, 480, 800 / 154.08f}, {480, 800, 800 / 154.08f}};
    for (auto [w, h, px_per_mm] : sizes) {
        const Screen s{w, h, px_per_mm};
        for (Language l : kLanguages) {
            const ViewContext ctx{*loaded.content, s, m, default_theme(), l, full_screen(s)};
            const NavBarLayout nav = layout_nav_bar(ctx, Scene::Map);
            const std::string where = std::to_string(w) + "x" + std::to_string(h) + " " + language_code(l);
            EXPECT_GE(nav.bar.y, h * 0.7f) << where << ": controls in the lower part of the screen";
            int views = 0, current = 0;
            for (const NavButton& b : NONEMPTY(nav.buttons)) {
                EXPECT_GE(b.rect.h, s.mm(15) - 0.5f) << where;
                EXPECT_GE(b.rect.w, s.mm(15) - 0.5f) << where;
                EXPECT_GE(b.rect.x, 0) << where;
                EXPECT_LE(b.rect.right(), w) << where << " " << b.label;
                const FontRole role = b.kind == NavButton::Kind::View ? FontRole::SansBold : FontRole::Sans;
                ASSERT_FALSE(b.lines.empty()) << where;
                for (const std::string& line : b.lines) EXPECT_LE(m.width(role, nav.text_px, line), b.rect.w) << where;
                EXPECT_LE(m.metrics(role, nav.text_px).line_height * static_cast<float>(b.lines.size()), b.rect.h)
                    << where;
                EXPECT_GE(nav.text_px, min_text_px(s)) << where << ": never below the exhibit's smallest text";
                views += b.kind == NavButton::Kind::View;
                current += b.current && b.kind == NavButton::Kind::View;
            }
            EXPECT_EQ(views, 3);
            EXPECT_EQ(current, 1);
            for (std::size_t i = 0; i < NONEMPTY(nav.buttons).size(); ++i)
                for (std::size_t j = i + 1; j < nav.buttons.size(); ++j)
                    EXPECT_FALSE(overlaps(nav.buttons[i].rect, nav.buttons[j].rect))
                        << where << ": " << nav.buttons[i].label << " / " << nav.buttons[j].label;
        }
    }
}

TEST(NavBar, EachLanguageIsNamedInItself) {
    static const LoadResult loaded = load_content(testing::shipped_assets());
    const Screen s{1920, 1080, 3.78f};
    const ViewContext ctx{*loaded.content, s, testing::fake_measure(), default_theme(), Language::Russian,
                          full_screen(s)};
    const NavBarLayout nav = layout_nav_bar(ctx, Scene::Telegram);
    ASSERT_FALSE(nav.compact_languages);
    std::vector<std::string> names;
    for (const NavButton& b : nav.buttons)
        if (b.kind == NavButton::Kind::Language) names.push_back(b.label);
    EXPECT_EQ(names, (std::vector<std::string>{"Português", "Русский", "English"}));
    const auto hit = nav_button_at(nav, Vec2{nav.buttons[1].rect.x + 2, nav.buttons[1].rect.y + 2});
    ASSERT_TRUE(hit);
    EXPECT_EQ(hit->kind, NavButton::Kind::View);
    EXPECT_EQ(hit->index, static_cast<int>(Scene::Map));
}

}  // namespace
}  // namespace app
