// The map and the timeline are laid out when first needed (app/exhibit.cpp, WaitingLayout): a view laid out late
// must look exactly as it would have, had it been laid out at every change.
#include <gtest/gtest.h>

#include <cmath>
#include <sstream>

#include "content/load_content.h"
#include "exhibit.h"
#include "support/fake_measure.h"
#include "support/test_assets.h"

namespace app {
namespace {

Exhibit visiting(int w, int h) {
    static const std::shared_ptr<const Content> content = load_content(testing::shipped_assets()).content;
    return make_exhibit(content, Screen{w, h, 3.78f}, testing::fake_measure(), starting_on(Scene::Telegram));
}

// A frame as lines of text, numbers to a hundredth of a pixel: two equal frames give equal lines.
std::string number(float v) { return std::to_string(std::lround(v * 100)); }
std::vector<std::string> frame_lines(Exhibit& e) {
    e.dirty = true;
    const DisplayList list = draw(e);
    std::vector<std::string> lines;
    for (const DrawCommand& c : list.commands) {
        std::ostringstream o;
        if (const auto* r = std::get_if<FillRect>(&c))
            o << "rect " << number(r->rect.x) << ' ' << number(r->rect.y) << ' ' << number(r->rect.w) << ' '
              << number(r->rect.h) << ' ' << int(r->color.a);
        else if (const auto* t = std::get_if<Triangles>(&c))
            o << "triangles " << t->vertices->size() << ' ' << number(t->offset.x) << ' ' << number(t->offset.y) << ' '
              << number(t->scale) << ' ' << number(t->opacity);
        else if (const auto* l = std::get_if<Line>(&c))
            o << "line " << number(l->from.x) << ' ' << number(l->from.y) << ' ' << number(l->to.x) << ' '
              << number(l->to.y);
        else if (const auto* x = std::get_if<Text>(&c))
            o << "text " << x->text << ' ' << x->size_px << ' ' << number(x->top_left.x) << ' '
              << number(x->top_left.y);
        else if (const auto* i = std::get_if<Image>(&c))
            o << "image " << i->path << ' ' << number(i->dest.x) << ' ' << number(i->dest.y);
        else if (const auto* p = std::get_if<PushClip>(&c))
            o << "clip " << number(p->rect.x) << ' ' << number(p->rect.y) << ' ' << number(p->rect.w);
        else o << "pop";
        lines.push_back(o.str());
    }
    return lines;
}

// The same visit twice: `eager` has both waiting views laid out after every step, as before they could wait.
template <typename Step>
void both(Exhibit& lazy, Exhibit& eager, Step step) {
    step(lazy);
    step(eager);
    ensure_laid_out(eager, Scene::Map);
    ensure_laid_out(eager, Scene::Timeline);
}

TEST(WaitingLayout, AViewLaidOutLateLooksAsIfLaidOutAtEveryChange) {
    Exhibit lazy = visiting(1280, 720);
    Exhibit eager = visiting(1280, 720);
    both(lazy, eager, [](Exhibit& e) { follow_link(e, CardLink{CardLink::To::MapStory, "manganese"}); });
    both(lazy, eager, [](Exhibit& e) { settle(e); });
    both(lazy, eager, [](Exhibit& e) { show_view(e, Scene::Timeline); });
    both(lazy, eager, [](Exhibit& e) { settle(e); });
    both(lazy, eager, [](Exhibit& e) { show_view(e, Scene::Telegram); });
    both(lazy, eager, [](Exhibit& e) { set_language(e, Language::Portuguese); });
    EXPECT_TRUE(lazy.map_waiting.layout && lazy.timeline_waiting.layout);
    both(lazy, eager, [](Exhibit& e) { resize(e, Screen{1080, 1920, 3.78f}); });
    both(lazy, eager, [](Exhibit& e) { set_easy_reading(e, true); });
    both(lazy, eager, [](Exhibit& e) { start_over(e); });  // a new visitor: the story and the scroll start again
    both(lazy, eager, [](Exhibit& e) { show_view(e, Scene::Map); });
    EXPECT_FALSE(lazy.map_waiting.layout);
    EXPECT_EQ(lazy.map.viewport, eager.map.viewport);
    EXPECT_EQ(lazy.map.story, -1);
    both(lazy, eager, [](Exhibit& e) { settle(e); });
    EXPECT_EQ(frame_lines(lazy), frame_lines(eager));
    both(lazy, eager, [](Exhibit& e) { show_view(e, Scene::Timeline); });
    both(lazy, eager, [](Exhibit& e) { settle(e); });
    EXPECT_EQ(lazy.timeline.scroll.offset, eager.timeline.scroll.offset);
    EXPECT_EQ(frame_lines(lazy), frame_lines(eager));
}

TEST(WaitingLayout, TheViewShownNeverWaitsAndQuietMomentsLayOutTheRest) {
    Exhibit e = visiting(1280, 720);
    show_view(e, Scene::Map);
    EXPECT_FALSE(e.map_waiting.layout);
    EXPECT_TRUE(e.timeline_waiting.layout);
    set_language(e, Language::Russian);
    EXPECT_FALSE(e.map_waiting.layout);  // laid out again at once: it is on screen
    EXPECT_TRUE(e.timeline_waiting.layout);
    EXPECT_TRUE(lay_out_waiting_view(e));
    EXPECT_FALSE(e.timeline_waiting.layout);
    EXPECT_FALSE(lay_out_waiting_view(e));  // nothing left to do
    resize(e, Screen{800, 480, 5.2f});
    EXPECT_TRUE(e.timeline_waiting.layout);
    EXPECT_TRUE(lay_out_waiting_view(e));
    EXPECT_FALSE(lay_out_waiting_view(e));
}

}  // namespace
}  // namespace app
