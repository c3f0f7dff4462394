// A card with a picture, the picture full screen, and zoomed in: rendered through the real screenshot path with a
// picture drawn by the test (test_picture.h) given to the manganese annotation, and compared with tests/golden/.
// UPDATE_GOLDENS=1 ctest -R golden   rewrites them (look at them first).
#include <gtest/gtest.h>

#include "support/golden_compare.h"
#include "modes/render_all.h"
#include "modes/screenshot.h"
#include "support/shipped_content.h"
#include "support/test_picture.h"

namespace platform {
namespace {

const char* const kCard = "manganese-ore";

app::ReadFile picture_assets() {
    const app::ReadFile shipped = shipped_assets();
    return with_test_picture(shipped, {{"annotations/annotations.json", annotations_with_picture(shipped, kCard)}});
}

std::shared_ptr<const app::Content> picture_content() {
    app::LoadResult loaded = app::load_content(picture_assets());
    for (const app::Problem& p : loaded.problems)
        if (!p.warning) ADD_FAILURE() << app::format_problem(p);
    return loaded.content;
}

// The manganese card open, its phrase near the top third, as the proof sheets show cards.
void open_card(app::Exhibit& e) {
    for (std::size_t i = 0; i < e.content->annotations.size(); ++i) {
        if (e.content->annotations[i].id != kCard) continue;
        const app::Rect r = e.telegram.phrases[i].front();
        e.telegram.scroll_y = std::clamp(r.y - e.telegram.viewport.h * 0.3f, 0.0f, app::max_scroll(e.telegram));
        app::open_card(e.telegram, app::view_context(e), static_cast<int>(i), e.now);
    }
}

void open_picture(app::Exhibit& e) {
    open_card(e);
    app::settle(e);
    ASSERT_TRUE(e.telegram.card);
    app::show_picture(e, e.telegram.card->content.picture);
}

Pixels render(int w, int h, const std::function<void(app::Exhibit&)>& prepare) {
    ScreenshotSpec spec;
    spec.width = w;
    spec.height = h;
    spec.dpi = 96;
    spec.exhibit = app::starting_on(app::Scene::Telegram);
    spec.prepare = prepare;
    std::string error;
    std::optional<Pixels> pixels = render_screenshot(picture_content(), picture_assets(), spec, &error);
    EXPECT_TRUE(pixels) << error;
    return pixels.value_or(Pixels{});
}

TEST(PictureGolden, CardWithPicture) {
    for (const auto& [w, h] : {std::pair{800, 480}, {1920, 1080}, {1080, 1920}}) {
        const std::string name = "card_picture_" + std::to_string(w) + "x" + std::to_string(h);
        SCOPED_TRACE(name);
        compare_with_golden(render(w, h, open_card), name);
    }
}

TEST(PictureGolden, FullScreen) { compare_with_golden(render(1280, 720, open_picture), "picture_full_1280x720"); }

// Zoomed three times by the wheel over the grid in the picture's lower left corner: it stays in its frame.
TEST(PictureGolden, Zoomed) {
    compare_with_golden(render(1280, 720,
                               [](app::Exhibit& e) {
                                   open_picture(e);
                                   const app::PictureViewerLayout l =
                                       app::layout_picture_viewer(e.picture->picture, app::screen_context(e));
                                   const app::Rect p = app::picture_on_screen(*e.picture, l);
                                   app::handle_input(e, app::WheelEvent{{p.x + p.w * 0.1f, p.y + p.h * 0.85f}, 5});
                               }),
                        "picture_zoomed_1280x720");
}

// Proof sheets show the card with its picture, and the picture full screen after it.
TEST(PictureProofSheets, ShowTheCardAndItsPictureFullScreen) {
    std::shared_ptr<const app::Content> content = picture_content();
    ASSERT_TRUE(content);
    const std::vector<std::string> names = proof_sheet_states(*content, app::Language::English);
    const auto card = std::find(names.begin(), names.end(), std::string("card-") + kCard);
    ASSERT_NE(card, names.end());
    ASSERT_NE(card + 1, names.end());
    EXPECT_EQ(*(card + 1), std::string("card-") + kCard + "-picture");
    EXPECT_EQ(std::count_if(names.begin(), names.end(),
                            [](const std::string& n) { return n.find("-picture") != std::string::npos; }),
              1);
}

}  // namespace
}  // namespace platform
