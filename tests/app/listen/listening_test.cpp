// Listen: a card's or the telegram's narration plays with its captions, keeps time by the exhibit's clock,
// stops by itself at its end and whenever what it reads leaves the screen, keeps "Still there?" away while it
// speaks, and is not offered at all where there is no sound.
#include <gtest/gtest.h>

#include <cmath>

#include "exhibit.h"
#include "support/fake_measure.h"
#include "content/narration/load_narration.h"
#include "listen/caption_strip.h"
#include "telegram/telegram_tools.h"
#include "support/test_assets.h"
#include "support/nonempty.h"
#include "support/visitor_taps.h"

namespace app {
namespace {

std::shared_ptr<const Content> shipped() {
    static const LoadResult result = load_content(testing::shipped_assets());
    return result.content;
}

int annotation_index(const std::string& id) {
    for (std::size_t i = 0; i < shipped()->annotations.size(); ++i)
        if (shipped()->annotations[i].id == id) return static_cast<int>(i);
    return -1;
}

Exhibit visitor(Language language = Language::English, bool sound = true, int w = 1280, int h = 720) {
    ExhibitOptions options = starting_on(Scene::Telegram);
    options.default_language = language;
    options.sound = sound;
    Exhibit e = make_exhibit(shipped(), Screen{w, h, 3.78f}, testing::fake_measure(), options);
    advance(e, e.telegram.teleprinter.total / kTeleprinterCharsPerSecond + 0.1);
    return e;
}

using testing::tap;

Vec2 centre(const Rect& r) { return {r.x + r.w / 2, r.y + r.h / 2}; }

// The manganese card, open and settled.
void open_manganese(Exhibit& e) {
    open_card(e.telegram, view_context(e), annotation_index("manganese-ore"), e.now);
    settle(e);
}

// The card's Listen button on screen.
Vec2 card_listen(const Exhibit& e) {
    const OpenCard& card = *e.telegram.card;
    const Rect b = card.layout.listen.visual;
    return {card.rect.x + b.x + b.w / 2, card.rect.y + b.y + b.h / 2 - e.telegram.scroll_y + e.telegram.viewport.y};
}

bool draws_text(const DisplayList& list, const std::string& needle) {
    for (const DrawCommand& c : list.commands)
        if (const Text* t = std::get_if<Text>(&c); t && t->text.find(needle) != std::string::npos) return true;
    return false;
}

// Text drawn in the caption band's size: the card shows the same words in its own, smaller type.
bool draws_caption(const Exhibit& e, const DisplayList& list, const std::string& needle) {
    const int px = caption_text_px(view_context(e));
    for (const DrawCommand& c : list.commands)
        if (const Text* t = std::get_if<Text>(&c); t && t->size_px == px && t->text.find(needle) != std::string::npos)
            return true;
    return false;
}

// The first few words of a caption: enough to find its first line on screen.
std::string opening(const std::string& caption) { return caption.substr(0, caption.find(' ', 12)); }

// The amber rules under the words being spoken, in screen coordinates (the card's body lines are the only
// amber-filled shapes that thin).
std::vector<Rect> spoken_rules(const Exhibit& e, const DisplayList& list) {
    std::vector<Rect> out;
    const float rule = std::max(2.0f, std::round(e.screen.mm(0.5f)));
    for (const DrawCommand& c : list.commands)
        if (const FillRect* f = std::get_if<FillRect>(&c); f && f->color == e.theme.card_title && f->rect.h == rule)
            out.push_back(f->rect);
    return out;
}

TEST(Listening, ACardsListenButtonReadsItAloudMarkingTheWordsInTime) {
    Exhibit e = visitor();
    open_manganese(e);
    ASSERT_TRUE(e.telegram.card->layout.has_listen);
    EXPECT_TRUE(spoken_rules(e, draw(e)).empty());
    tap(e, card_listen(e));
    const Narration* n = listening_to(e.listening, *e.content);
    ASSERT_TRUE(n);
    EXPECT_EQ(n->subject, "annotation:manganese-ore");
    EXPECT_EQ(n->language, Language::English);
    ASSERT_TRUE(n->follows_text);
    ASSERT_GE(n->captions.size(), 3u);
    const std::string words = narrated_text(*e.content, n->subject, n->language);
    const ViewContext ctx = view_context(e);
    EXPECT_EQ(words.substr(ctx.spoken_begin, ctx.spoken_end - ctx.spoken_begin), n->captions[0].text);
    const DisplayList first = draw(e);
    EXPECT_TRUE(draws_text(first, "Stop")) << "the button says what a tap will do now";
    EXPECT_FALSE(draws_caption(e, first, opening(n->captions[0].text))) << "no second copy of the words over the card";
    const std::vector<Rect> first_rules = spoken_rules(e, first);
    ASSERT_FALSE(first_rules.empty());

    // Time passes by the exhibit's clock: the marked words follow the recording's cues, down the card.
    advance(e, n->captions[2].at - listening_position(e.listening, e.now) + 0.01);
    EXPECT_TRUE(needs_frame(e));
    const ViewContext later = view_context(e);
    EXPECT_EQ(words.substr(later.spoken_begin, later.spoken_end - later.spoken_begin), n->captions[2].text);
    const std::vector<Rect> third_rules = spoken_rules(e, draw(e));
    ASSERT_FALSE(third_rules.empty());
    EXPECT_GT(third_rules.front().y, first_rules.front().y);
    const Rect card = e.telegram.card->rect;
    for (const Rect& r : NONEMPTY(third_rules)) EXPECT_LE(r.right(), card.right()) << "inside the card";
}

// A card edited after its recording was made still plays, but its words can no longer be marked: the captions
// show on a band instead.
TEST(Listening, ACardEditedSinceItsRecordingIsCaptionedOnABand) {
    std::string annotations = testing::read_shipped("annotations/annotations.json");
    const std::string old_words = "Steelmakers cannot do without manganese.";
    const std::size_t at = annotations.find(old_words);
    ASSERT_NE(at, std::string::npos);
    annotations.replace(at, old_words.size(), "No steelmaker can do without manganese.");
    const LoadResult edited =
        load_content(testing::shipped_assets_with({{"annotations/annotations.json", annotations}}));
    ASSERT_TRUE(edited.content);
    ExhibitOptions options = starting_on(Scene::Telegram);
    Exhibit e = make_exhibit(edited.content, Screen{1280, 720, 3.78f}, testing::fake_measure(), options);
    settle(e);
    open_manganese(e);
    tap(e, card_listen(e));
    const Narration* n = listening_to(e.listening, *e.content);
    ASSERT_TRUE(n);
    EXPECT_FALSE(n->follows_text);
    const DisplayList list = draw(e);
    EXPECT_TRUE(draws_caption(e, list, opening(n->captions[0].text)));
    EXPECT_TRUE(spoken_rules(e, list).empty());
}

TEST(Listening, TheSameButtonStopsIt) {
    Exhibit e = visitor();
    open_manganese(e);
    tap(e, card_listen(e));
    ASSERT_TRUE(listening_to(e.listening, *e.content));
    const int serial = e.listening.serial;
    tap(e, card_listen(e));
    EXPECT_FALSE(listening_to(e.listening, *e.content));
    EXPECT_NE(e.listening.serial, serial) << "platform/ sees the change and silences the loudspeaker";
    EXPECT_TRUE(e.telegram.card) << "the card stays open";
}

TEST(Listening, ItStopsByItselfAtTheEnd) {
    Exhibit e = visitor();
    open_manganese(e);
    tap(e, card_listen(e));
    const double seconds = listening_to(e.listening, *e.content)->seconds;
    for (double t = 0; t < seconds + 1; t += 0.1) advance(e, 0.1);
    EXPECT_FALSE(listening_to(e.listening, *e.content));
    EXPECT_TRUE(e.telegram.card);
}

TEST(Listening, ItStopsWhenWhatItReadsLeavesTheScreen) {
    {
        Exhibit e = visitor();
        open_manganese(e);
        tap(e, card_listen(e));
        close_cards(e.telegram, e.now);
        advance(e, 0.05);
        EXPECT_FALSE(listening_to(e.listening, *e.content)) << "its card closed";
    }
    {
        Exhibit e = visitor();
        open_manganese(e);
        tap(e, card_listen(e));
        open_card(e.telegram, view_context(e), annotation_index("trade-agreements-program"), e.now);
        advance(e, 0.05);
        EXPECT_FALSE(listening_to(e.listening, *e.content)) << "another card took its place";
    }
    {
        Exhibit e = visitor();
        open_manganese(e);
        tap(e, card_listen(e));
        set_language(e, Language::Russian);
        EXPECT_FALSE(listening_to(e.listening, *e.content)) << "the visitor chose another language";
        ASSERT_TRUE(e.telegram.card);
        tap(e, card_listen(e));
        EXPECT_EQ(listening_to(e.listening, *e.content)->language, Language::Russian) << "and can listen in it";
    }
    {
        Exhibit e = visitor();
        open_manganese(e);
        tap(e, card_listen(e));
        show_view(e, Scene::Map);
        advance(e, 0.05);
        EXPECT_FALSE(listening_to(e.listening, *e.content)) << "the visitor went to the map";
    }
    {
        Exhibit e = visitor();
        tap(e, centre(telegram_tools(e.telegram, view_context(e)).listen.pill));
        ASSERT_TRUE(listening_to(e.listening, *e.content));
        open_manganese(e);
        EXPECT_FALSE(listening_to(e.listening, *e.content)) << "the telegram gives way to the card the visitor opened";
        EXPECT_FALSE(telegram_tools(e.telegram, view_context(e)).has_listen) << "one Listen at a time: the card's";
    }
    {
        Exhibit e = visitor();
        open_manganese(e);
        tap(e, card_listen(e));
        start_over(e);
        EXPECT_FALSE(listening_to(e.listening, *e.content)) << "a new visitor starts in silence";
    }
}

// The listening noted for statistics: what, in which language, for how long, whether to the end.
std::vector<VisitEvent> listen_events(Exhibit& e) {
    std::vector<VisitEvent> out;
    for (const VisitEvent& v : take_visit_events(e.visits))
        if (v.kind == VisitEvent::Kind::ListenStarted || v.kind == VisitEvent::Kind::ListenEnded ||
            v.kind == VisitEvent::Kind::SessionEnd)
            out.push_back(v);
    return out;
}

TEST(Listening, TheVisitLogNotesWhatWasHeardForHowLongAndWhetherToTheEnd) {
    using K = VisitEvent::Kind;
    Exhibit e = visitor(Language::Russian);
    open_manganese(e);
    take_visit_events(e.visits);
    tap(e, card_listen(e));
    const double started = e.now;
    for (int i = 0; i < 30; ++i) advance(e, 0.1);
    tap(e, card_listen(e));  // Stop, part-way
    std::vector<VisitEvent> events = listen_events(e);
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(events[0].kind, K::ListenStarted);
    EXPECT_EQ(events[0].id, "annotation:manganese-ore");
    EXPECT_EQ(events[0].language, Language::Russian);
    EXPECT_EQ(events[1].kind, K::ListenEnded);
    EXPECT_EQ(events[1].id, "annotation:manganese-ore");
    EXPECT_NEAR(events[1].seconds, e.now - started, 1e-9)
        << "from Listen to Stop (both taps took effect as the finger lifted)";
    EXPECT_FALSE(events[1].to_the_end);

    tap(e, card_listen(e));  // and again, this time to the end
    const double length = listening_to(e.listening, *e.content)->seconds;
    for (double t = 0; t < length + 1; t += 0.1) advance(e, 0.1);
    events = listen_events(e);
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(events[1].kind, K::ListenEnded);
    EXPECT_DOUBLE_EQ(events[1].seconds, length) << "never longer than the recording";
    EXPECT_TRUE(events[1].to_the_end);
}

TEST(Listening, ListeningEndsInTheLogBeforeTheVisitDoesAndWhenContentIsReplaced) {
    using K = VisitEvent::Kind;
    {
        Exhibit e = visitor(Language::Portuguese);
        tap(e, centre(telegram_tools(e.telegram, view_context(e)).listen.pill));
        advance(e, 5);
        start_over(e);
        const std::vector<VisitEvent> events = listen_events(e);
        ASSERT_EQ(events.size(), 3u);
        EXPECT_EQ(events[0].id, "telegram");
        EXPECT_EQ(events[0].language, Language::Portuguese);
        EXPECT_EQ(events[1].kind, K::ListenEnded) << "the narration stopped as the visit ended, and belongs to it";
        EXPECT_NEAR(events[1].seconds, 5.05, 1e-9);
        EXPECT_EQ(events[2].kind, K::SessionEnd);
    }
    {
        Exhibit e = visitor();
        tap(e, centre(telegram_tools(e.telegram, view_context(e)).listen.pill));
        advance(e, 2);
        replace_content(e, shipped());  // a curator saved a file
        const std::vector<VisitEvent> events = listen_events(e);
        ASSERT_EQ(events.size(), 2u);
        EXPECT_EQ(events[1].kind, K::ListenEnded);
        EXPECT_EQ(events[1].id, "telegram");
        advance(e, 1);
        EXPECT_TRUE(listen_events(e).empty()) << "noted once";
    }
}

TEST(Listening, StillThereWaitsWhileTheTelegramIsReadAloud) {
    Exhibit e = visitor(Language::Portuguese);
    const TelegramTools tools = telegram_tools(e.telegram, view_context(e));
    ASSERT_TRUE(tools.has_listen);
    tap(e, centre(tools.listen.pill));
    const Narration* n = listening_to(e.listening, *e.content);
    ASSERT_TRUE(n);
    EXPECT_EQ(n->subject, "telegram");
    ASSERT_GT(n->seconds, e.options.idle.timeout_s + e.options.idle.countdown_s) << "longer than the idle timeout";
    for (double t = 0; t < e.options.idle.timeout_s + 5; t += 0.1) advance(e, 0.1);
    EXPECT_LT(e.countdown_appeared_at, 0) << "no countdown over a visitor who is listening";
    EXPECT_EQ(e.scene, Scene::Telegram);
    for (double t = 0; t < n->seconds + e.options.idle.timeout_s + e.options.idle.countdown_s + 1; t += 0.1)
        advance(e, 0.1);
    EXPECT_EQ(e.scene, Scene::Attract) << "once it has ended and nobody touches, the next visitor is welcomed";
}

TEST(Listening, EveryCardAndTheTelegramCanBeHeardInEveryLanguage) {
    for (Language language : kLanguages) {
        Exhibit e = visitor(language);
        EXPECT_TRUE(telegram_tools(e.telegram, view_context(e)).has_listen);
        for (std::size_t i = 0; i < NONEMPTY(e.content->annotations).size(); ++i) {
            open_card(e.telegram, view_context(e), static_cast<int>(i), e.now);
            settle(e);
            ASSERT_TRUE(e.telegram.card);
            EXPECT_TRUE(e.telegram.card->layout.has_listen)
                << e.content->annotations[i].id << " " << language_code(language);
            tap(e, card_listen(e));
            const Narration* n = listening_to(e.listening, *e.content);
            ASSERT_TRUE(n) << e.content->annotations[i].id << " " << language_code(language);
            EXPECT_EQ(n->language, language);
            EXPECT_EQ(n->subject, annotation_narration(e.content->annotations[i].id));
        }
    }
}

TEST(Listening, WithoutSoundThereIsNoListenButtonAndNothingElseChanges) {
    Exhibit e = visitor(Language::English, false);
    EXPECT_FALSE(telegram_tools(e.telegram, view_context(e)).has_listen);
    open_manganese(e);
    ASSERT_TRUE(e.telegram.card);
    EXPECT_FALSE(e.telegram.card->layout.has_listen);
    EXPECT_EQ(e.telegram.card->layout.link_buttons.size(), e.telegram.card->content.links.size());
    toggle_listening(e, "annotation:manganese-ore");
    EXPECT_FALSE(listening_to(e.listening, *e.content));
}

TEST(Listening, CaptionsStandAboveTheTelegramsButtonsOnEverySize) {
    for (const auto& [w, h] : std::vector<std::pair<int, int>>{{800, 480}, {1280, 720}, {1920, 1080}, {1080, 1920}}) {
        for (bool larger : {false, true}) {
            Exhibit e = visitor(Language::Russian, true, w, h);
            if (larger) set_easy_reading(e, true);
            const TelegramTools tools = telegram_tools(e.telegram, view_context(e));
            tap(e, centre(tools.listen.pill));
            const Narration* n = listening_to(e.listening, *e.content);
            ASSERT_TRUE(n);
            // The longest caption, shown: its band stays on screen and above the buttons.
            std::size_t longest = 0;
            for (std::size_t i = 0; i < n->captions.size(); ++i)
                if (n->captions[i].text.size() > n->captions[longest].text.size()) longest = i;
            DisplayList list;
            const ViewContext ctx = view_context(e);
            draw_caption_strip(*n, n->captions[longest].at, tools.listen.pill.y, ctx, list);
            ASSERT_FALSE(list.commands.empty());
            float top = 1e9f, bottom = -1e9f, left = 1e9f, right = -1e9f;
            for (const DrawCommand& c : list.commands) {
                if (const FillRect* f = std::get_if<FillRect>(&c)) {
                    top = std::min(top, f->rect.y);
                    bottom = std::max(bottom, f->rect.y);
                    left = std::min(left, f->rect.x);
                    right = std::max(right, f->rect.right());
                }
            }
            SCOPED_TRACE(std::to_string(w) + "x" + std::to_string(h) + (larger ? " larger" : ""));
            EXPECT_GE(top, ctx.area.y + h * 0.25f) << "low on the screen, leaving the page above it";
            EXPECT_LT(bottom, tools.listen.pill.y);
            EXPECT_GE(left, 0);
            EXPECT_LE(right, w);
            EXPECT_GE(caption_text_px(ctx), e.screen.mm(4.2f) * (larger ? 1.39f : 1.0f) - 1);
        }
    }
}

}  // namespace
}  // namespace app

namespace app {
namespace {

// The Pi sleeps between frames while someone listens: a card's narration asks for a frame only when the marked
// words move on; the telegram's, whose band has a progress line, four times a second. (Reduced motion stills the
// breathing underlines, which ask for frames of their own.)
TEST(Listening, FramesAreAskedForOnlyWhenSomethingOnScreenChanges) {
    ExhibitOptions options = starting_on(Scene::Telegram);
    options.reduced_motion = true;
    Exhibit e = make_exhibit(shipped(), Screen{1280, 720, 3.78f}, testing::fake_measure(), options);
    settle(e);
    open_manganese(e);
    tap(e, card_listen(e));
    const Narration* n = listening_to(e.listening, *e.content);
    ASSERT_TRUE(n);
    draw(e);
    const double to_next_caption = n->captions[1].at - listening_position(e.listening, e.now);
    EXPECT_NEAR(seconds_until_next_frame(e), to_next_caption, 0.01) << "nothing moves until the next sentence";

    Exhibit t = visitor();
    tap(t, centre(telegram_tools(t.telegram, view_context(t)).listen.pill));
    ASSERT_TRUE(listening_to(t.listening, *t.content));
    draw(t);
    EXPECT_LE(seconds_until_next_frame(t), 1.0 / kListeningProgressStepsPerSecond + 1e-9);
    EXPECT_GT(seconds_until_next_frame(t), 0);
}

}  // namespace
}  // namespace app
