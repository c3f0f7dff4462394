// Recorded input as text, one event a line, so any state of the exhibit can be reached again exactly:
//
//   # a comment
//   0 down 1 0.52 0.61      <ms> down|move|up <finger> <x> <y>   x, y are fractions 0..1 of the window
//   120 up 1 0.52 0.61
//   300 key Escape          <ms> key <SDL key name>               (names may contain spaces: "Page Down")
//   400 wheel -1 0.5 0.5    <ms> wheel <lines> <x> <y>
//   80000 end               time passes with no input until then
//
// The mouse is finger -1. Times are milliseconds from the start and never go backwards.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "../content/problem.h"
#include "../input.h"
#include "../screen.h"

namespace app {

struct ReplayEvent {
    enum class Kind { Down, Move, Up, Key, Wheel, End };
    Kind kind = Kind::End;
    std::int64_t ms = 0;
    std::int64_t finger = 0;
    Vec2 at;  // fractions of the window
    float lines = 0;
    std::string key;
};

// Parses a whole script; every malformed line is reported with its number.
std::vector<ReplayEvent> parse_replay(std::string_view text, const std::string& file, std::vector<Problem>& problems);

// One line of a script (no newline), as --record writes it.
std::string format_replay_event(const ReplayEvent& event);

// The replay event for an input event at `ms` on `screen` (positions become fractions).
ReplayEvent to_replay_event(const InputEvent& event, std::int64_t ms, const Screen& screen);

// The input event a replay event stands for on `screen`; End has none.
bool to_input_event(const ReplayEvent& event, const Screen& screen, InputEvent& out);

// The time the script ends: its last event (an explicit `end` or the last input).
std::int64_t replay_length_ms(const std::vector<ReplayEvent>& events);

}  // namespace app
