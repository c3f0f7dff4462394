// The three views as one exhibit: the navigation bar, languages from any view, and every link between cards.
#include <gtest/gtest.h>

#include "cards/card_links.h"
#include "content/load_content.h"
#include "exhibit.h"
#include "support/fake_measure.h"
#include "support/test_assets.h"
#include "support/nonempty.h"

namespace app {
namespace {

PointerEvent pointer(PointerPhase phase, float x, float y) { return PointerEvent{phase, 1, {x, y}}; }

void tap(Exhibit& e, Vec2 p) {
    handle_input(e, pointer(PointerPhase::Down, p.x, p.y));
    advance(e, 0.05);
    handle_input(e, pointer(PointerPhase::Up, p.x, p.y));
    advance(e, 0.05);
}

Vec2 centre(const Rect& r) { return {r.x + r.w / 2, r.y + r.h / 2}; }

Exhibit visiting(int w, int h, Scene scene = Scene::Telegram) {
    static const std::shared_ptr<const Content> content = load_content(testing::shipped_assets()).content;
    return make_exhibit(content, Screen{w, h, 3.78f}, testing::fake_measure(), starting_on(scene));
}

const NavButton& nav_button(const Exhibit& e, NavButton::Kind kind, int index, NavBarLayout& layout) {
    const ViewContext whole = screen_context(e);
    layout = layout_nav_bar(whole, e.scene);
    for (const NavButton& b : layout.buttons)
        if (b.kind == kind && b.index == index) return b;
    ADD_FAILURE() << "no such button";
    return layout.buttons.front();
}

void tap_nav(Exhibit& e, NavButton::Kind kind, int index) {
    NavBarLayout layout;
    tap(e, centre(nav_button(e, kind, index, layout).rect));
}

std::vector<std::string> views_entered(Exhibit& e) {
    std::vector<std::string> out;
    for (const VisitEvent& v : take_visit_events(e.visits))
        if (v.kind == VisitEvent::Kind::ViewEntered) out.push_back(v.id);
    return out;
}

TEST(Navigation, TheBarSwitchesViewsWithOneTapAndTheViewsLeaveItRoom) {
    for (const Screen& s : {Screen{1920, 1080, 3.78f}, Screen{800, 480, 5.2f}, Screen{1080, 1920, 3.78f}}) {
        Exhibit e = visiting(s.width_px, s.height_px);
        e.screen = s;
        resize(e, s);
        take_visit_events(e.visits);
        tap_nav(e, NavButton::Kind::View, static_cast<int>(Scene::Map));
        EXPECT_EQ(e.scene, Scene::Map);
        tap_nav(e, NavButton::Kind::View, static_cast<int>(Scene::Timeline));
        EXPECT_EQ(e.scene, Scene::Timeline);
        tap_nav(e, NavButton::Kind::View, static_cast<int>(Scene::Telegram));
        EXPECT_EQ(e.scene, Scene::Telegram);
        EXPECT_EQ(views_entered(e), (std::vector<std::string>{"map", "timeline", "telegram"}));

        const Rect area = view_context(e).area;
        EXPECT_FLOAT_EQ(area.bottom(), s.height_px - nav_bar_height(s));
        EXPECT_GE(nav_bar_height(s), s.mm(15.0f)) << "the bar holds 15 mm targets";
        EXPECT_LE(e.telegram.viewport.bottom(), area.bottom() + 0.5f);
        EXPECT_LE(e.map.layout.stage.bottom(), area.bottom() + 0.5f);
    }
}

TEST(Navigation, EveryButtonIsAtLeastFifteenMillimetresAndLabelledInWords) {
    for (Language language : kLanguages) {
        for (const Screen& s : {Screen{800, 480, 5.2f}, Screen{1080, 1920, 3.78f}, Screen{1920, 1080, 3.78f}}) {
            Exhibit e = visiting(s.width_px, s.height_px);
            resize(e, s);
            set_language(e, language);
            const ViewContext whole = screen_context(e);
            const NavBarLayout bar = layout_nav_bar(whole, Scene::Telegram);
            for (const NavButton& b : NONEMPTY(bar.buttons)) {
                EXPECT_GE(b.rect.w, s.mm(15.0f) - 0.5f) << b.label;
                EXPECT_GE(b.rect.h, s.mm(15.0f) - 0.5f) << b.label;
                EXPECT_FALSE(b.label.empty());
                EXPECT_GE(b.rect.x, 0);
                EXPECT_LE(b.rect.right(), s.width_px);
            }
            for (std::size_t i = 0; i < NONEMPTY(bar.buttons).size(); ++i)
                for (std::size_t j = 0; j < i; ++j) {
                    const Rect& a = bar.buttons[i].rect;
                    const Rect& b = bar.buttons[j].rect;
                    EXPECT_FALSE(a.x < b.right() && b.x < a.right()) << "buttons overlap: " << bar.buttons[i].label;
                }
        }
    }
}

TEST(Navigation, TheLanguageChangesFromAnyViewAndTheViewStays) {
    Exhibit e = visiting(1280, 720, Scene::Map);
    tap_nav(e, NavButton::Kind::Language, static_cast<int>(Language::Russian));
    EXPECT_EQ(e.scene, Scene::Map);
    EXPECT_EQ(e.language, Language::Russian);
    tap_nav(e, NavButton::Kind::View, static_cast<int>(Scene::Timeline));
    tap_nav(e, NavButton::Kind::Language, static_cast<int>(Language::Portuguese));
    EXPECT_EQ(e.scene, Scene::Timeline);
    EXPECT_EQ(e.language, Language::Portuguese);
}

TEST(Navigation, LargerTextAndHighContrastAreOneTapAwayAndEndWithTheVisit) {
    Exhibit e = visiting(1280, 720);
    const int body = e.telegram.layout.scale.body_px;
    tap_nav(e, NavButton::Kind::Reading, 0);
    EXPECT_TRUE(e.easy_reading);
    EXPECT_FLOAT_EQ(e.screen.text_scale, kEasyReadingTextScale);
    EXPECT_EQ(e.theme.paper.r, high_contrast_theme().paper.r);
    EXPECT_NEAR(e.telegram.layout.scale.body_px, body * kEasyReadingTextScale, 1.0);
    tap_nav(e, NavButton::Kind::View, static_cast<int>(Scene::Map));
    EXPECT_TRUE(e.easy_reading) << "it holds on every view";
    resize(e, Screen{720, 1280, 3.78f});
    EXPECT_FLOAT_EQ(e.screen.text_scale, kEasyReadingTextScale) << "and through a rotation";
    start_over(e);
    EXPECT_FALSE(e.easy_reading);
    EXPECT_FLOAT_EQ(e.screen.text_scale, 1.0f);
    EXPECT_EQ(e.theme.paper.r, default_theme().paper.r);
}

TEST(Navigation, OnlyTheMapTakesPinches) {
    Exhibit e = visiting(1280, 720);
    EXPECT_FALSE(e.gestures.config.pinch);
    show_view(e, Scene::Map);
    EXPECT_TRUE(e.gestures.config.pinch);
    show_view(e, Scene::Timeline);
    EXPECT_FALSE(e.gestures.config.pinch);
}

TEST(Navigation, ANewViewFadesInAndThenRests) {
    Exhibit e = visiting(1280, 720);
    settle(e);
    show_view(e, Scene::Timeline);
    EXPECT_TRUE(exhibit_animating(e));
    settle(e);
    EXPECT_FALSE(exhibit_animating(e));
}

TEST(Navigation, ANewVisitorFindsEveryViewAsTheFirstDid) {
    Exhibit e = visiting(1280, 720);
    follow_link(e, CardLink{CardLink::To::MapStory, "manganese"});
    settle(e);
    ASSERT_TRUE(e.map.story_card);
    set_language(e, Language::Portuguese);
    start_over(e);
    EXPECT_EQ(e.scene, Scene::Attract);
    EXPECT_FALSE(e.map.card || e.map.story_card);
    EXPECT_EQ(e.map.story, -1);
    EXPECT_FALSE(e.timeline.card);
    EXPECT_EQ(e.language, e.options.default_language);
}

// Press the first link button of whatever card is open in the current view.
void press_link(Exhibit& e, std::size_t which) {
    const OpenCard* card = nullptr;
    Vec2 offset{0, 0};
    switch (e.scene) {
        case Scene::Telegram:
            card = e.telegram.card ? &*e.telegram.card : nullptr;
            offset = {0, e.telegram.viewport.y - e.telegram.scroll_y};
            break;
        case Scene::Timeline:
            card = e.timeline.card ? &*e.timeline.card : nullptr;
            offset = {e.timeline.layout.area.x - shown_scroll(e.timeline.scroll), 0};
            break;
        case Scene::Map: card = e.map.card ? &*e.map.card : e.map.story_card ? &*e.map.story_card : nullptr; break;
        case Scene::Attract: break;
    }
    ASSERT_TRUE(card);
    ASSERT_LT(which, card->layout.link_buttons.size());
    const Rect& b = card->layout.link_buttons[which].visual;
    tap(e, {card->rect.x + offset.x + b.x + b.w / 2, card->rect.y + offset.y + b.y + b.h / 2});
}

// The journey the issue asks for, by touch: telegram → annotation → its timeline event → the event's map story →
// back to the telegram, where the same card is open again.
TEST(Navigation, AVisitorTravelsTelegramTimelineMapAndBackByTouch) {
    Exhibit e = visiting(1280, 720);
    settle(e, 60);
    const auto& annotations = e.content->annotations;
    int manganese = -1;
    for (std::size_t i = 0; i < annotations.size(); ++i)
        if (annotations[i].id == "manganese-ore") manganese = static_cast<int>(i);
    ASSERT_GE(manganese, 0);
    open_card(e.telegram, view_context(e), manganese, e.now);
    settle(e);

    press_link(e, 0);  // On the timeline
    settle(e);
    EXPECT_EQ(e.scene, Scene::Timeline);
    ASSERT_TRUE(e.timeline.card);
    EXPECT_EQ(e.content->timeline.events[static_cast<std::size_t>(e.timeline.card->annotation)].id,
              annotations[manganese].event);

    press_link(e, 1);  // On the map: the annotation's story
    settle(e);
    EXPECT_EQ(e.scene, Scene::Map);
    ASSERT_GE(e.map.story, 0);
    EXPECT_EQ(e.content->map.stories[static_cast<std::size_t>(e.map.story)].id, "manganese");
    EXPECT_TRUE(map_story_finished(e.map, e.now));

    press_link(e, 0);  // In the telegram
    settle(e);
    EXPECT_EQ(e.scene, Scene::Telegram);
    ASSERT_TRUE(e.telegram.card);
    EXPECT_EQ(e.telegram.card->annotation, manganese);
}

// Every link written in the content, and every link computed back, leads somewhere and opens a card there.
TEST(Navigation, EveryLinkInTheShippedContentOpensItsCard) {
    Exhibit e = visiting(1280, 720);
    const Content& c = *e.content;
    std::vector<CardLink> links;
    for (const Annotation& a : c.annotations)
        for (const CardLink& l : annotation_links(a)) links.push_back(l);
    for (const TimelineEvent& ev : c.timeline.events)
        for (const CardLink& l : event_links(c, ev)) links.push_back(l);
    for (const MapPlace& p : c.map.places)
        for (const CardLink& l : place_links(c, p.id)) links.push_back(l);
    for (const MapStory& s : c.map.stories)
        for (const CardLink& l : story_links(c, s.id)) links.push_back(l);
    ASSERT_GT(links.size(), 30u);
    for (const CardLink& link : NONEMPTY(links)) {
        follow_link(e, link);
        settle(e);
        switch (link.to) {
            case CardLink::To::Telegram:
                EXPECT_EQ(e.scene, Scene::Telegram);
                EXPECT_TRUE(e.telegram.card) << link.id;
                break;
            case CardLink::To::TimelineEvent:
                EXPECT_EQ(e.scene, Scene::Timeline);
                EXPECT_TRUE(e.timeline.card) << link.id;
                break;
            case CardLink::To::MapPlace:
                EXPECT_EQ(e.scene, Scene::Map);
                EXPECT_TRUE(e.map.card) << link.id;
                break;
            case CardLink::To::MapStory:
                EXPECT_EQ(e.scene, Scene::Map);
                EXPECT_TRUE(e.map.story_card) << link.id;
                break;
        }
    }
}

TEST(Navigation, CardsOpenedInEveryViewAreCounted) {
    Exhibit e = visiting(1280, 720);
    take_visit_events(e.visits);
    follow_link(e, CardLink{CardLink::To::TimelineEvent, "1935-03-27-telegram-71"});
    settle(e);
    follow_link(e, CardLink{CardLink::To::MapPlace, "moscow"});
    settle(e);
    std::vector<std::string> opened;
    for (const VisitEvent& v : take_visit_events(e.visits))
        if (v.kind == VisitEvent::Kind::CardOpened) opened.push_back(v.id);
    EXPECT_EQ(opened, (std::vector<std::string>{"event:1935-03-27-telegram-71", "place:moscow"}));
}

}  // namespace
}  // namespace app

namespace app {
namespace {

// Reduced motion: every change arrives at once; nothing is left moving by itself.
TEST(ReducedMotion, NothingGlidesTypesOrDrawsItself) {
    static const std::shared_ptr<const Content> content = load_content(testing::shipped_assets()).content;
    ExhibitOptions options = starting_on(Scene::Telegram);
    options.reduced_motion = true;
    Exhibit e = make_exhibit(content, Screen{1280, 720, 3.78f}, testing::fake_measure(), options);
    EXPECT_TRUE(e.telegram.teleprinter.finished) << "the telegram is there, not typed";
    EXPECT_FALSE(exhibit_animating(e));
    (void)draw(e);
    EXPECT_GT(seconds_until_next_frame(e), 0.5) << "no breathing: no frames while nobody touches";

    follow_link(e, CardLink{CardLink::To::MapStory, "manganese"});
    EXPECT_FALSE(exhibit_animating(e)) << "the story is drawn, its card open, no fade";
    EXPECT_TRUE(map_story_finished(e.map, e.now));
    follow_link(e, CardLink{CardLink::To::TimelineEvent, "1935-03-27-telegram-71"});
    advance(e, 1.0 / 60);
    advance(e, 1.0 / 60);
    EXPECT_FALSE(exhibit_animating(e));
    EXPECT_TRUE(e.timeline.card);
}

TEST(ReducedMotion, OffByDefaultTheTelegramTypesAndBreathes) {
    static const std::shared_ptr<const Content> content = load_content(testing::shipped_assets()).content;
    Exhibit e = make_exhibit(content, Screen{1280, 720, 3.78f}, testing::fake_measure(), starting_on(Scene::Telegram));
    EXPECT_FALSE(e.telegram.teleprinter.finished);
    EXPECT_TRUE(exhibit_animating(e));
}

}  // namespace
}  // namespace app
