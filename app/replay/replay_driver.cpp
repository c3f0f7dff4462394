#include "replay_driver.h"

#include <cmath>

namespace app {

bool replay_finished(const ReplayPlayer& player) {
    return player.next >= player.events.size() && player.elapsed_ms >= replay_length_ms(player.events);
}

bool step_replay(ReplayPlayer& player, Exhibit& exhibit) {
    if (replay_finished(player)) return false;
    // Events at or before the current script time are delivered before time moves on.
    while (player.next < player.events.size() && player.events[player.next].ms <= player.elapsed_ms) {
        InputEvent input;
        if (to_input_event(player.events[player.next], exhibit.screen, input)) handle_input(exhibit, input);
        ++player.next;
    }
    // Step by a fixed slice, shortened so that the next event lands exactly on its millisecond.
    const std::int64_t step_ms = static_cast<std::int64_t>(std::lround(kReplayStepSeconds * 1000));
    const std::int64_t end = replay_length_ms(player.events);
    std::int64_t target = player.elapsed_ms + step_ms;
    if (player.next < player.events.size()) target = std::min(target, player.events[player.next].ms);
    target = std::min(target, end);
    if (target > player.elapsed_ms) {
        advance(exhibit, static_cast<double>(target - player.elapsed_ms) / 1000.0);
        player.elapsed_ms = target;
    }
    return true;
}

void play_replay(ReplayPlayer& player, Exhibit& exhibit) {
    while (step_replay(player, exhibit)) {}
}

}  // namespace app
