// exhibit --bench: a fixed scripted tour of the exhibit through the window's own loop (window_loop.h: the same
// window, renderer, drawing of what changed, presenting and pacing a visitor gets), timed frame by frame, then
// what idle, ambient and attract time cost in CPU on that loop's own waiting. Prints one JSON object on stdout;
// README "Benchmarks" explains every field and lists the results.
#pragma once
#include <chrono>
#include <memory>

#include "window/run_window.h"

namespace platform {

using BenchClock = std::chrono::steady_clock;

struct BenchSetup {
    WindowSetup window;                           // as for run_window; --size defaults to 1920x1080
    std::shared_ptr<const app::Content> content;  // loaded and valid; a bench never reloads it
    BenchClock::time_point main_started;          // taken as main() began, before the content was read
};

// Seconds each cost measurement lasts: 10, or EXHIBIT_BENCH_SECONDS (a smoke test uses less).
double bench_cost_seconds();

// Returns the process exit status: 0, or 1 when no window could open.
int run_bench(const BenchSetup& setup);

}  // namespace platform
