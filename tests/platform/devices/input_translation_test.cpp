#include "window/input_translation.h"

#include <gtest/gtest.h>

namespace platform {
namespace {

PointerSpace space_800x600() { return PointerSpace{800, 600, 1, 1}; }

SDL_Event finger_event(Uint32 type, SDL_FingerID id, float x, float y) {
    SDL_Event e{};
    e.type = type;
    e.tfinger.fingerId = id;
    e.tfinger.x = x;
    e.tfinger.y = y;
    return e;
}

SDL_Event button_event(Uint32 type, Uint8 button, int x, int y, Uint32 which = 0) {
    SDL_Event e{};
    e.type = type;
    e.button.button = button;
    e.button.x = x;
    e.button.y = y;
    e.button.which = which;
    return e;
}

SDL_Event motion_event(int x, int y, Uint32 state, Uint32 which = 0) {
    SDL_Event e{};
    e.type = SDL_MOUSEMOTION;
    e.motion.x = x;
    e.motion.y = y;
    e.motion.state = state;
    e.motion.which = which;
    return e;
}

SDL_Event wheel_event(int y, Uint32 direction, Uint32 which = 0) {
    SDL_Event e{};
    e.type = SDL_MOUSEWHEEL;
    e.wheel.y = y;
    e.wheel.preciseY = static_cast<float>(y);
    e.wheel.direction = direction;
    e.wheel.mouseX = 10;
    e.wheel.mouseY = 20;
    e.wheel.which = which;
    return e;
}

SDL_Event key_event(SDL_Keycode key) {
    SDL_Event e{};
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = key;
    return e;
}

app::PointerEvent pointer(const std::optional<app::InputEvent>& e) {
    EXPECT_TRUE(e && std::holds_alternative<app::PointerEvent>(*e));
    return e && std::holds_alternative<app::PointerEvent>(*e) ? std::get<app::PointerEvent>(*e) : app::PointerEvent{};
}

TEST(InputTranslation, FingersScaleToWindowPixels) {
    auto down = pointer(translate_event(finger_event(SDL_FINGERDOWN, 7, 0.5f, 0.25f), space_800x600()));
    EXPECT_EQ(down.phase, app::PointerPhase::Down);
    EXPECT_EQ(down.finger, 7);
    EXPECT_FLOAT_EQ(down.pos.x, 400);
    EXPECT_FLOAT_EQ(down.pos.y, 150);

    auto move = pointer(translate_event(finger_event(SDL_FINGERMOTION, 7, 1.0f, 1.0f), space_800x600()));
    EXPECT_EQ(move.phase, app::PointerPhase::Move);
    EXPECT_FLOAT_EQ(move.pos.x, 800);
    EXPECT_FLOAT_EQ(move.pos.y, 600);

    auto up = pointer(translate_event(finger_event(SDL_FINGERUP, 7, 0, 0), space_800x600()));
    EXPECT_EQ(up.phase, app::PointerPhase::Up);
}

TEST(InputTranslation, LeftMouseButtonIsTheMouseFinger) {
    auto down = pointer(translate_event(button_event(SDL_MOUSEBUTTONDOWN, SDL_BUTTON_LEFT, 30, 40), space_800x600()));
    EXPECT_EQ(down.phase, app::PointerPhase::Down);
    EXPECT_EQ(down.finger, app::kMouseFinger);
    EXPECT_FLOAT_EQ(down.pos.x, 30);
    EXPECT_FLOAT_EQ(down.pos.y, 40);
    auto up = pointer(translate_event(button_event(SDL_MOUSEBUTTONUP, SDL_BUTTON_LEFT, 31, 41), space_800x600()));
    EXPECT_EQ(up.phase, app::PointerPhase::Up);

    EXPECT_FALSE(translate_event(button_event(SDL_MOUSEBUTTONDOWN, SDL_BUTTON_RIGHT, 1, 1), space_800x600()));
}

TEST(InputTranslation, MouseMovesOnlyWhileLeftButtonHeld) {
    EXPECT_FALSE(translate_event(motion_event(5, 5, 0), space_800x600()));
    EXPECT_FALSE(translate_event(motion_event(5, 5, SDL_BUTTON_RMASK), space_800x600()));
    auto move = pointer(translate_event(motion_event(5, 6, SDL_BUTTON_LMASK), space_800x600()));
    EXPECT_EQ(move.phase, app::PointerPhase::Move);
    EXPECT_EQ(move.finger, app::kMouseFinger);
    EXPECT_FLOAT_EQ(move.pos.y, 6);
}

TEST(InputTranslation, MouseEventsSynthesisedFromTouchAreDropped) {
    EXPECT_FALSE(
        translate_event(button_event(SDL_MOUSEBUTTONDOWN, SDL_BUTTON_LEFT, 1, 1, SDL_TOUCH_MOUSEID), space_800x600()));
    EXPECT_FALSE(
        translate_event(button_event(SDL_MOUSEBUTTONUP, SDL_BUTTON_LEFT, 1, 1, SDL_TOUCH_MOUSEID), space_800x600()));
    EXPECT_FALSE(translate_event(motion_event(1, 1, SDL_BUTTON_LMASK, SDL_TOUCH_MOUSEID), space_800x600()));
    EXPECT_FALSE(translate_event(wheel_event(1, SDL_MOUSEWHEEL_NORMAL, SDL_TOUCH_MOUSEID), space_800x600()));
}

TEST(InputTranslation, MousePositionsScaleOnHighDpiWindows) {
    PointerSpace retina{1600, 1200, 2, 2};
    auto down = pointer(translate_event(button_event(SDL_MOUSEBUTTONDOWN, SDL_BUTTON_LEFT, 30, 40), retina));
    EXPECT_FLOAT_EQ(down.pos.x, 60);
    EXPECT_FLOAT_EQ(down.pos.y, 80);
}

TEST(InputTranslation, WheelReportsLinesAndUndoesFlipping) {
    auto normal = translate_event(wheel_event(2, SDL_MOUSEWHEEL_NORMAL), space_800x600());
    ASSERT_TRUE(normal && std::holds_alternative<app::WheelEvent>(*normal));
    EXPECT_FLOAT_EQ(std::get<app::WheelEvent>(*normal).lines, 2);
    EXPECT_FLOAT_EQ(std::get<app::WheelEvent>(*normal).pos.x, 10);
    EXPECT_FLOAT_EQ(std::get<app::WheelEvent>(*normal).pos.y, 20);

    auto flipped = translate_event(wheel_event(2, SDL_MOUSEWHEEL_FLIPPED), space_800x600());
    ASSERT_TRUE(flipped);
    EXPECT_FLOAT_EQ(std::get<app::WheelEvent>(*flipped).lines, -2);

    EXPECT_FALSE(translate_event(wheel_event(0, SDL_MOUSEWHEEL_NORMAL), space_800x600()));  // sideways only
}

TEST(InputTranslation, KeysUseSdlNames) {
    // The names app/ matches on; SDL_GetKeyName needs no video subsystem for these.
    const std::pair<SDL_Keycode, const char*> keys[] = {
        {SDLK_ESCAPE, "Escape"}, {SDLK_UP, "Up"},     {SDLK_DOWN, "Down"},     {SDLK_PAGEDOWN, "PageDown"},
        {SDLK_PAGEUP, "PageUp"}, {SDLK_HOME, "Home"}, {SDLK_END, "End"},       {SDLK_SPACE, "Space"},
        {SDLK_F12, "F12"},       {SDLK_a, "A"},       {SDLK_RETURN, "Return"},
    };
    for (auto [code, name] : keys) {
        auto e = translate_event(key_event(code), space_800x600());
        ASSERT_TRUE(e && std::holds_alternative<app::KeyEvent>(*e)) << name;
        EXPECT_EQ(std::get<app::KeyEvent>(*e).key, name);
    }
    EXPECT_FALSE(translate_event(key_event(SDLK_UNKNOWN), space_800x600()));
}

TEST(InputTranslation, OtherEventsAreIgnored) {
    SDL_Event e{};
    e.type = SDL_KEYUP;
    EXPECT_FALSE(translate_event(e, space_800x600()));
    e.type = SDL_WINDOWEVENT;
    EXPECT_FALSE(translate_event(e, space_800x600()));
}

}  // namespace
}  // namespace platform
