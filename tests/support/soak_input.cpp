#include "support/soak_input.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "attract/attract_view.h"

namespace soak {
namespace {

constexpr double kFrame = 1.0 / 60;

double uniform(InputSource& s, double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(s.rng); }
int between(InputSource& s, int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(s.rng); }
bool chance(InputSource& s, double p) { return uniform(s, 0, 1) < p; }

app::PointerEvent pointer(app::PointerPhase phase, std::int64_t finger, app::Vec2 pos) {
    app::PointerEvent e;
    e.phase = phase;
    e.finger = finger;
    e.pos = pos;
    return e;
}

// A finger id: usually a new touch, sometimes the mouse (which only moves while pressed, as SDL reports it).
std::int64_t new_finger(InputSource& s) { return chance(s, 0.15) ? app::kMouseFinger : s.next_finger++; }

app::Vec2 anywhere(InputSource& s, const app::Screen& screen) {
    return {static_cast<float>(uniform(s, 0, screen.width_px)), static_cast<float>(uniform(s, 0, screen.height_px))};
}

// Half the time on a touchable phrase of the telegram as scrolled now, so cards open as often as visitors open them.
app::Vec2 tap_target(InputSource& s, const app::Exhibit& e) {
    const auto& phrases = e.telegram.phrases;
    if (e.scene == app::Scene::Telegram && !phrases.empty() && chance(s, 0.5)) {
        const auto& rects = phrases[static_cast<std::size_t>(between(s, 0, static_cast<int>(phrases.size()) - 1))];
        if (!rects.empty()) {
            const app::Rect& r = rects[static_cast<std::size_t>(between(s, 0, static_cast<int>(rects.size()) - 1))];
            return {r.x + r.w / 2, r.y + r.h / 2 - e.telegram.scroll_y + e.telegram.viewport.y};
        }
    }
    return anywhere(s, e.screen);
}

Frame frame_of(std::vector<app::InputEvent> events, double dt = kFrame) { return Frame{std::move(events), dt}; }

Action tap(InputSource& s, const app::Exhibit& e, app::Vec2 at) {
    Action a{ActionKind::Tap, {}};
    const std::int64_t f = new_finger(s);
    a.frames.push_back(frame_of({pointer(app::PointerPhase::Down, f, at)}));
    if (chance(s, 0.3)) a.frames.push_back(frame_of({pointer(app::PointerPhase::Move, f, {at.x + 1, at.y - 1})}));
    const double held = chance(s, 0.1) ? uniform(s, 0.5, 1.5) : uniform(s, 0.02, 0.2);  // some long presses
    a.frames.push_back(frame_of({pointer(app::PointerPhase::Up, f, at)}, held));
    (void)e;
    return a;
}

// A drag, slow (a reader) or fast and short (a fling).
Action drag(InputSource& s, const app::Exhibit& e, bool fling) {
    Action a{fling ? ActionKind::Fling : ActionKind::Drag, {}};
    const std::int64_t f = new_finger(s);
    app::Vec2 p = anywhere(s, e.screen);
    a.frames.push_back(frame_of({pointer(app::PointerPhase::Down, f, p)}));
    const int steps = fling ? between(s, 2, 8) : between(s, 5, 40);
    const float speed = static_cast<float>(fling ? uniform(s, 20, 200) : uniform(s, 0.5, 15));
    const float angle = static_cast<float>(uniform(s, 0, 6.2831853));
    for (int i = 0; i < steps; ++i) {
        p = {p.x + speed * 0.2f * std::cos(angle), p.y + speed * std::sin(angle)};
        a.frames.push_back(frame_of({pointer(app::PointerPhase::Move, f, p)}));
    }
    a.frames.push_back(frame_of({pointer(app::PointerPhase::Up, f, p)}, fling ? uniform(s, 0.5, 3) : kFrame));
    return a;
}

// Two to ten fingers: put down together or one by one, spread or squeezed, lifted in any order.
Action pinch(InputSource& s, const app::Exhibit& e) {
    Action a{ActionKind::Pinch, {}};
    const int count = between(s, 2, 10);
    std::vector<std::int64_t> ids;
    std::vector<app::Vec2> at;
    Frame down;
    for (int i = 0; i < count; ++i) {
        ids.push_back(s.next_finger++);
        at.push_back(anywhere(s, e.screen));
        down.events.push_back(pointer(app::PointerPhase::Down, ids.back(), at.back()));
        if (chance(s, 0.5)) {  // one by one
            a.frames.push_back(down);
            down.events.clear();
        }
    }
    if (!down.events.empty()) a.frames.push_back(down);
    const app::Vec2 centre{e.screen.width_px / 2.0f, e.screen.height_px / 2.0f};
    const float rate = static_cast<float>(uniform(s, -0.08, 0.08));
    for (int step = between(s, 3, 25); step > 0; --step) {
        Frame moves;
        for (int i = 0; i < count; ++i) {
            at[i] = {at[i].x + (at[i].x - centre.x) * rate, at[i].y + (at[i].y - centre.y) * rate};
            moves.events.push_back(pointer(app::PointerPhase::Move, ids[i], at[i]));
        }
        a.frames.push_back(moves);
    }
    std::vector<int> order(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) order[static_cast<std::size_t>(i)] = i;
    std::shuffle(order.begin(), order.end(), s.rng);
    for (int i : order) {
        if (chance(s, 0.03)) continue;  // a finger whose lift was never reported
        a.frames.push_back(frame_of({pointer(app::PointerPhase::Up, ids[i], at[i])}));
    }
    return a;
}

// Touches the display reports outside the window: a bezel, a second screen, a touch panel miscalibrated.
Action outside(InputSource& s, const app::Exhibit& e) {
    Action a{ActionKind::Outside, {}};
    const float w = static_cast<float>(e.screen.width_px);
    const float h = static_cast<float>(e.screen.height_px);
    const std::array<app::Vec2, 6> places = {app::Vec2{-5, h / 2},   app::Vec2{w + 3, h / 2},
                                             app::Vec2{w / 2, -40},  app::Vec2{w / 2, h + 1},
                                             app::Vec2{-1e7f, 1e7f}, app::Vec2{w * 3, -h * 2}};
    const std::int64_t f = new_finger(s);
    app::Vec2 p = places[static_cast<std::size_t>(between(s, 0, 5))];
    a.frames.push_back(frame_of({pointer(app::PointerPhase::Down, f, p)}));
    for (int i = between(s, 0, 6); i > 0; --i) {
        p = chance(s, 0.5) ? anywhere(s, e.screen) : places[static_cast<std::size_t>(between(s, 0, 5))];
        a.frames.push_back(frame_of({pointer(app::PointerPhase::Move, f, p)}));
    }
    a.frames.push_back(frame_of({pointer(app::PointerPhase::Up, f, p)}));
    return a;
}

// What a confused driver or a lost event sends: lifts and moves of fingers never put down, a finger put down twice.
Action strays(InputSource& s, const app::Exhibit& e) {
    Action a{ActionKind::Strays, {}};
    Frame f;
    for (int i = between(s, 1, 6); i > 0; --i) {
        const auto phase = static_cast<app::PointerPhase>(between(s, 0, 2));
        const std::int64_t id = chance(s, 0.3) ? app::kMouseFinger : s.next_finger - between(s, 0, 12);
        f.events.push_back(pointer(phase, id, anywhere(s, e.screen)));
    }
    a.frames.push_back(f);
    return a;
}

Action keys(InputSource& s) {
    static const std::array<const char*, 16> names = {"Tab",  "Escape", "Return",    "Space",     "Up",   "Down",
                                                      "Left", "Right",  "Page Up",   "Page Down", "Home", "End",
                                                      "F12",  "A",      "Backspace", ""};
    Action a{ActionKind::Keys, {}};
    for (int i = between(s, 1, 5); i > 0; --i) {
        app::KeyEvent key;
        key.key = names[static_cast<std::size_t>(between(s, 0, static_cast<int>(names.size()) - 1))];
        a.frames.push_back(frame_of({key}, uniform(s, 0.01, 0.5)));
    }
    return a;
}

Action wheel(InputSource& s, const app::Exhibit& e) {
    Action a{ActionKind::Wheel, {}};
    for (int i = between(s, 1, 10); i > 0; --i) {
        app::WheelEvent w;
        w.pos = anywhere(s, e.screen);
        w.lines = static_cast<float>(chance(s, 0.8) ? between(s, -3, 3) : uniform(s, -40, 40));
        a.frames.push_back(frame_of({w}));
    }
    return a;
}

// On the attract screen, a tap on one of the language buttons; elsewhere an ordinary tap.
Action language(InputSource& s, const app::Exhibit& e) {
    if (e.scene != app::Scene::Attract) return tap(s, e, tap_target(s, e));
    const app::ViewContext ctx{*e.content, e.screen, e.measure, e.theme, e.language, app::full_screen(e.screen)};
    const app::AttractLayout layout = app::layout_attract(ctx);
    const app::Rect& r =
        layout.buttons[static_cast<std::size_t>(between(s, 0, static_cast<int>(layout.buttons.size()) - 1))];
    Action a = tap(s, e, {r.x + r.w / 2, r.y + r.h / 2});
    a.kind = ActionKind::Language;
    return a;
}

}  // namespace

Action next_action(InputSource& s, const app::Exhibit& e) {
    const double r = uniform(s, 0, 1);
    if (r < 0.25) return tap(s, e, tap_target(s, e));
    if (r < 0.40) return drag(s, e, false);
    if (r < 0.52) return drag(s, e, true);
    if (r < 0.62) return pinch(s, e);
    if (r < 0.68) return outside(s, e);
    if (r < 0.74) return strays(s, e);
    if (r < 0.84) return keys(s);
    if (r < 0.90) return wheel(s, e);
    return language(s, e);
}

}  // namespace soak
