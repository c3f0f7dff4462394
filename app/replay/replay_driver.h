// Plays a script into an exhibit with time advanced in fixed steps, never by the wall clock, so the same
// script always reaches the same state and the same picture.
#pragma once
#include <cstddef>
#include <vector>

#include "../exhibit.h"
#include "replay_script.h"

namespace app {

constexpr double kReplayStepSeconds = 1.0 / 60;

struct ReplayPlayer {
    std::vector<ReplayEvent> events;
    std::size_t next = 0;
    std::int64_t elapsed_ms = 0;  // of script time
};

// Moves the replay on by one fixed step: delivers the events due, then advances the exhibit.
// Returns false once the script has ended.
bool step_replay(ReplayPlayer& player, Exhibit& exhibit);

// Plays the whole script at once (headless).
void play_replay(ReplayPlayer& player, Exhibit& exhibit);

bool replay_finished(const ReplayPlayer& player);

}  // namespace app
