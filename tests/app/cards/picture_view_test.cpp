// A picture in a card, and full screen: laid out on every supported screen, opened by a tap, zoomed by pinch, wheel
// and double-tap within 1x-4x, panned without ever leaving the screen, closed like a card, and gone for the next
// visitor. Time is stepped by the test.
#include <algorithm>
#include <cmath>

#include <gtest/gtest.h>

#include "exhibit.h"
#include "support/fake_measure.h"
#include "support/test_assets.h"
#include "support/picture_headers.h"
#include "support/visitor_taps.h"

namespace app {
namespace {

constexpr const char* kAnnotations = "annotations/annotations.json";

// The shipped content with a 1600 x 1000 picture on the manganese card (its header is all app/ reads).
std::shared_ptr<const Content> with_picture() {
    static const LoadResult loaded = [] {
        std::string text = testing::read_shipped(kAnnotations);
        text.insert(text.find("\"id\": \"manganese-ore\""), testing::picture_json("pictures/test.png"));
        return load_content(testing::shipped_assets_with(
            {{kAnnotations, text}, {"pictures/test.png", testing::png_header(1600, 1000)}}));
    }();
    EXPECT_TRUE(loaded.content) << testing::problems_text(loaded.problems, true);
    return loaded.content;
}

int manganese(const Exhibit& e) {
    for (std::size_t i = 0; i < e.content->annotations.size(); ++i)
        if (e.content->annotations[i].id == "manganese-ore") return static_cast<int>(i);
    return -1;
}

void settle_for(Exhibit& e, double seconds) {
    for (double t = 0; t < seconds; t += 1.0 / 60) advance(e, 1.0 / 60);
}

using testing::tap;

// The telegram with the manganese card open and at rest.
Exhibit with_card_open(int w, int h, ExhibitOptions options = starting_on(Scene::Telegram)) {
    Exhibit e = make_exhibit(with_picture(), Screen{w, h, 96.0f / 25.4f}, testing::fake_measure(), options);
    e.telegram.teleprinter.finished = true;
    const int i = manganese(e);
    const Rect r = e.telegram.phrases[static_cast<std::size_t>(i)].front();
    e.telegram.scroll_y = std::clamp(r.y - h * 0.3f, 0.0f, max_scroll(e.telegram));
    open_card(e.telegram, view_context(e), i, e.now);
    settle_for(e, 1);
    return e;
}

// Where the card's picture is on screen.
Rect picture_on_card(const Exhibit& e) {
    const OpenCard& card = *e.telegram.card;
    const Rect& p = card.layout.picture;
    return Rect{card.rect.x + p.x, card.rect.y - e.telegram.scroll_y + p.y, p.w, p.h};
}

Vec2 centre(const Rect& r) { return {r.x + r.w / 2, r.y + r.h / 2}; }

Exhibit with_picture_open(int w, int h) {
    Exhibit e = with_card_open(w, h);
    tap(e, centre(picture_on_card(e)));
    settle_for(e, 0.5);
    return e;
}

PictureViewerLayout viewer_layout(const Exhibit& e) {
    return layout_picture_viewer(e.picture->picture, screen_context(e));
}
Rect shown(const Exhibit& e) { return picture_on_screen(*e.picture, viewer_layout(e)); }

bool overlaps(const Rect& a, const Rect& b) {
    return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

bool inside(const Rect& inner, const Rect& outer, float slack = 0.5f) {
    return inner.x >= outer.x - slack && inner.y >= outer.y - slack && inner.right() <= outer.right() + slack &&
           inner.bottom() <= outer.bottom() + slack;
}

void pinch(Exhibit& e, Vec2 at, float from_gap, float to_gap) {
    handle_input(e, PointerEvent{PointerPhase::Down, 1, {at.x - from_gap / 2, at.y}});
    handle_input(e, PointerEvent{PointerPhase::Down, 2, {at.x + from_gap / 2, at.y}});
    for (int step = 1; step <= 10; ++step) {
        const float gap = from_gap + (to_gap - from_gap) * step / 10.0f;
        advance(e, 1.0 / 60);
        handle_input(e, PointerEvent{PointerPhase::Move, 1, {at.x - gap / 2, at.y}});
        handle_input(e, PointerEvent{PointerPhase::Move, 2, {at.x + gap / 2, at.y}});
    }
    handle_input(e, PointerEvent{PointerPhase::Up, 1, {at.x - to_gap / 2, at.y}});
    handle_input(e, PointerEvent{PointerPhase::Up, 2, {at.x + to_gap / 2, at.y}});
    advance(e, 1.0 / 60);
}

const std::vector<std::pair<int, int>> kScreens{{800, 480}, {1280, 720}, {1920, 1080}, {1080, 1920}};

TEST(PictureInCard, LaidOutUnderTheTitleOnEveryScreen) {
    for (const auto& [w, h] : kScreens) {
        SCOPED_TRACE(std::to_string(w) + "x" + std::to_string(h));
        Exhibit e = with_card_open(w, h);
        ASSERT_TRUE(e.telegram.card);
        const CardLayout& layout = e.telegram.card->layout;
        ASSERT_TRUE(layout.has_picture);
        // Inside the card, its aspect kept, no taller than about ten lines of the card's text.
        EXPECT_TRUE(inside(layout.picture, Rect{0, 0, layout.size.x, layout.size.y}));
        EXPECT_NEAR(layout.picture.w / layout.picture.h, 1.6f, 0.02f);
        EXPECT_LE(layout.picture.h,
                  std::max(std::min(layout.text_px * 10.0f, h * 0.2f), e.screen.mm(kMinTouchTargetMm)) + 1);
        EXPECT_GE(layout.picture_target.w, e.screen.mm(kMinTouchTargetMm) - 0.5f);
        EXPECT_GE(layout.picture_target.h, e.screen.mm(kMinTouchTargetMm) - 0.5f);
        // Above the body; its caption and credit between.
        EXPECT_LT(layout.picture.bottom(), layout.texts[layout.body_first].top_left.y);
        bool credit = false;
        for (const Text& t : layout.texts) credit |= t.text.find("Photo: Test Archive") != std::string::npos;
        EXPECT_TRUE(credit);
        // The card, picture and all, stays on the screen.
        const Rect r = e.telegram.card->rect;
        EXPECT_TRUE(inside(Rect{r.x, r.y - e.telegram.scroll_y, r.w, r.h}, full_screen(e.screen)))
            << r.y - e.telegram.scroll_y << " " << r.h;
    }
}

TEST(PictureInCard, DrawnAsAnImageOfItsFile) {
    Exhibit e = with_card_open(1280, 720);
    const DisplayList list = draw(e);
    int images = 0;
    for (const DrawCommand& c : list.commands)
        if (const auto* image = std::get_if<Image>(&c)) images += image->path == "pictures/test.png";
    EXPECT_EQ(images, 1);
}

TEST(PictureViewer, ATapOnThePictureOpensItFullScreenAndCloseClosesIt) {
    for (const auto& [w, h] : kScreens) {
        SCOPED_TRACE(std::to_string(w) + "x" + std::to_string(h));
        Exhibit e = with_picture_open(w, h);
        ASSERT_TRUE(e.picture);
        const PictureViewerLayout layout = viewer_layout(e);
        EXPECT_TRUE(inside(layout.fit, full_screen(e.screen)));
        EXPECT_TRUE(inside(shown(e), layout.fit));
        // Fitted: as large as the space allows in one direction.
        EXPECT_TRUE(std::abs(shown(e).w - layout.fit.w) < 1 || std::abs(shown(e).h - layout.fit.h) < 1);
        EXPECT_GE(layout.close_target.w, e.screen.mm(kMinTouchTargetMm) - 0.5f);
        EXPECT_GE(layout.close_target.h, e.screen.mm(kMinTouchTargetMm) - 0.5f);
        EXPECT_FALSE(overlaps(layout.close_visual, layout.fit));
        tap(e, centre(layout.close_visual));
        settle_for(e, 0.5);
        EXPECT_FALSE(e.picture);
        EXPECT_TRUE(e.telegram.card);  // back to the card it came from
    }
}

TEST(PictureViewer, EscapeAndATapOnTheGroundClose) {
    Exhibit e = with_picture_open(1920, 1080);
    handle_input(e, KeyEvent{"Escape"});
    settle_for(e, 0.5);
    EXPECT_FALSE(e.picture);
    EXPECT_TRUE(e.telegram.card);  // Escape closed the picture, not the card too
    e = with_picture_open(1920, 1080);
    const Rect p = shown(e);
    tap(e,
        {p.x + p.w / 2, (p.bottom() + viewer_layout(e).fit.bottom()) / 2 + 1});  // below a wide picture, in its frame
    settle_for(e, 0.5);
    EXPECT_FALSE(e.picture);
}

TEST(PictureViewer, PinchZoomsBetweenOneAndFourTimes) {
    Exhibit e = with_picture_open(1280, 720);
    const Rect fitted = shown(e);
    pinch(e, centre(fitted), 100, 250);
    EXPECT_NEAR(e.picture->viewport.zoom, 2.5f, 0.05f);
    EXPECT_NEAR(shown(e).w, fitted.w * 2.5f, 2);
    pinch(e, centre(fitted), 50, 600);  // far past the limit
    EXPECT_FLOAT_EQ(e.picture->viewport.zoom, kMaxPictureZoom);
    pinch(e, centre(fitted), 600, 20);  // far below it
    EXPECT_FLOAT_EQ(e.picture->viewport.zoom, 1.0f);
    EXPECT_TRUE(inside(shown(e), viewer_layout(e).fit));
}

TEST(PictureViewer, PanStopsWhereThePictureWouldLeaveItsFrame) {
    Exhibit e = with_picture_open(1920, 1080);
    const Rect fit = viewer_layout(e).fit;
    handle_input(e, WheelEvent{centre(fit), 6});  // 1.25^6 = 3.8x about the middle
    EXPECT_NEAR(e.picture->viewport.zoom, std::pow(1.25f, 6), 0.01f);
    // Dragged far to the right and down: its left and top edges stop at the frame's.
    handle_input(e, PointerEvent{PointerPhase::Down, 3, centre(fit)});
    for (int i = 1; i <= 40; ++i) {
        advance(e, 1.0 / 60);
        handle_input(e, PointerEvent{PointerPhase::Move, 3, {centre(fit).x + i * 80.0f, centre(fit).y + i * 80.0f}});
    }
    handle_input(e, PointerEvent{PointerPhase::Up, 3, {centre(fit).x + 3200, centre(fit).y + 3200}});
    settle_for(e, 1);
    const Rect p = shown(e);
    EXPECT_NEAR(p.x, fit.x, 0.5f);
    EXPECT_NEAR(p.y, fit.y, 0.5f);
    EXPECT_TRUE(inside(fit, p));  // zoomed in, it still covers its frame: never an empty corner
    // Zoomed back out with the wheel, it is centred again.
    handle_input(e, WheelEvent{{0, 0}, -20});
    EXPECT_FLOAT_EQ(e.picture->viewport.zoom, 1.0f);
    EXPECT_NEAR(centre(shown(e)).x, centre(fit).x, 0.5f);
    EXPECT_NEAR(centre(shown(e)).y, centre(fit).y, 0.5f);
}

TEST(PictureViewer, DoubleTapZoomsInThereAndBackOut) {
    Exhibit e = with_picture_open(1280, 720);
    const Vec2 at = centre(shown(e));
    tap(e, at);
    EXPECT_FLOAT_EQ(e.picture->viewport.zoom, 1.0f);  // one tap does nothing
    tap(e, at);
    EXPECT_FLOAT_EQ(e.picture->viewport.zoom, kDoubleTapZoom);
    settle_for(e, 1);
    tap(e, at);
    tap(e, at);
    EXPECT_FLOAT_EQ(e.picture->viewport.zoom, 1.0f);
    settle_for(e, 1);
    tap(e, at);
    settle_for(e, 1);  // two taps far apart in time are not a double tap
    tap(e, at);
    EXPECT_FLOAT_EQ(e.picture->viewport.zoom, 1.0f);
}

TEST(PictureViewer, TheNextVisitorStartsWithoutIt) {
    Exhibit e = with_picture_open(1280, 720);
    settle_for(e, e.options.idle.timeout_s + e.options.idle.countdown_s + 1);
    EXPECT_EQ(e.scene, Scene::Attract);
    EXPECT_FALSE(e.picture);
    EXPECT_FALSE(e.gestures.config.pinch);
}

TEST(PictureViewer, ALanguageChangeKeepsItOpenInTheNewLanguage) {
    Exhibit e = with_picture_open(1280, 720);
    set_language(e, Language::Portuguese);
    ASSERT_TRUE(e.picture);
    const DisplayList list = draw(e);
    bool caption = false, credit = false;
    for (const DrawCommand& c : list.commands)
        if (const auto* t = std::get_if<Text>(&c)) {
            caption |= t->text.find("Uma imagem de teste") != std::string::npos;
            credit |= t->text.find("Foto: Test Archive") != std::string::npos;
        }
    EXPECT_TRUE(caption);
    EXPECT_TRUE(credit);
}

TEST(PictureViewer, ReducedMotionOpensAndClosesAtOnce) {
    ExhibitOptions options = starting_on(Scene::Telegram);
    options.reduced_motion = true;
    Exhibit e = with_card_open(1280, 720, options);
    tap(e, centre(picture_on_card(e)));
    ASSERT_TRUE(e.picture);
    EXPECT_FALSE(picture_viewer_animating(*e.picture, e.now));
    handle_input(e, KeyEvent{"Escape"});
    EXPECT_FALSE(e.picture);
}

}  // namespace
}  // namespace app
