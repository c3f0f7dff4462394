// exhibit --bench: a fixed scripted tour of the exhibit, headless (SDL's offscreen video driver, a hidden
// window, the renderer asked for), timed frame by frame, then what idle, ambient and attract time costs in CPU.
// Prints one JSON object on stdout; README "Benchmarks" explains every field and lists the results.
#pragma once
#include <chrono>
#include <memory>

#include "content/load_content.h"
#include "options.h"

namespace platform {

using BenchClock = std::chrono::steady_clock;

struct BenchSetup {
    Options options;  // --size, --renderer, --dpi
    app::ReadFile read_file;
    std::shared_ptr<const app::Content> content;
    BenchClock::time_point main_started;  // taken as main() began, before the content was read
};

// Seconds each cost measurement lasts: 10, or EXHIBIT_BENCH_SECONDS (a smoke test uses less).
double bench_cost_seconds();

// Returns the process exit status: 0, or 1 when no renderer could start.
int run_bench(const BenchSetup& setup);

}  // namespace platform
