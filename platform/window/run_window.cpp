#include "window/run_window.h"

#include <cmath>
#include <utility>

#include "window/window_loop.h"

namespace platform {

int run_window(const WindowSetup& setup, std::shared_ptr<const app::Content> content) {
    std::unique_ptr<WindowLoop> loop = open_window_loop(setup, std::move(content));
    if (!loop) return 1;
    while (loop->running) run_iteration(*loop);
    notify_stopping(loop->service);
    if (loop->record.is_open()) {  // the visitor's last pause is part of what happened
        app::ReplayEvent end;
        end.kind = app::ReplayEvent::Kind::End;
        end.ms = std::llround(loop->stage.exhibit.now * 1000);
        loop->record << app::format_replay_event(end) << '\n';
    }
    return 0;
}

}  // namespace platform
