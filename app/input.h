// Plain input events, already converted from SDL by platform/. Positions are window pixels.
#pragma once
#include <cstdint>
#include <string>
#include <variant>

#include "geometry.h"

namespace app {

enum class PointerPhase { Down, Move, Up };

// A finger or the mouse. The mouse is finger kMouseFinger and only sends Move between Down and Up.
struct PointerEvent {
    PointerPhase phase = PointerPhase::Down;
    std::int64_t finger = 0;
    Vec2 pos;
};
constexpr std::int64_t kMouseFinger = -1;

// Mouse wheel at `pos`; `lines` > 0 scrolls the content up (towards its start), as SDL reports it.
struct WheelEvent {
    Vec2 pos;
    float lines = 0;
};

// A key press, named as SDL names keys ("Escape", "Up", "Page Down", "F12").
struct KeyEvent {
    std::string key;
};

using InputEvent = std::variant<PointerEvent, WheelEvent, KeyEvent>;

}  // namespace app
