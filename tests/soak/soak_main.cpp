// The soak test: months of visitors in minutes. Drives the app core (no SDL) with random input in frames, as
// platform/ would, across simulated days of idle and attract time, with content reloads (good and broken) and
// screen changes, checking invariants after every frame and that the heap stays flat after warm-up.
//
//   soak [--events N] [--seed S] [--max-growth-kib K]
//
// Built plain by the normal build (a short run in CTest) and under AddressSanitizer, UndefinedBehaviorSanitizer
// and LeakSanitizer by tests/sanitized/ (README, "Soak and fuzz"). Exit 0 only when every check held.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>

#include "content/load_content.h"
#include "exhibit.h"
#include "support/fake_measure.h"
#include "heap_bytes.h"
#include "soak_checks.h"
#include "support/soak_input.h"

namespace {

constexpr double kMaxStepS = 0.1;        // as platform/window/run_window: no single advance longer than this
constexpr double kSteppedIdleS = 150;    // idle time simulated frame by frame (covers "Still there?" and its reset)
constexpr double kMaxChunkS = 3600;      // beyond that, time jumps in chunks of up to an hour
constexpr double kWarmUpFraction = 0.1;  // the heap is measured from here on

struct Config {
    long events = 1'000'000;
    unsigned long long seed = 1;
    double max_growth_kib = 1024;
};

struct Counts {
    long events = 0;
    long frames = 0;
    long drawn = 0;
    long actions = 0;
    long reloads = 0;
    long broken_reloads = 0;
    long resizes = 0;
    long idle_periods = 0;
    long cards_opened = 0;
    long language_taps = 0;
    long sessions = 0;
};

std::string read_whole(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

app::ReadFile disk_assets(const std::string& root) {
    return [root](const std::string& path) -> std::optional<std::string> {
        std::error_code ec;
        const std::filesystem::path full = std::filesystem::path(root) / path;
        if (!std::filesystem::is_regular_file(full, ec)) return std::nullopt;
        return read_whole(full);
    };
}

struct Soak {
    Config config;
    app::ReadFile assets;
    app::Exhibit exhibit;
    soak::InputSource input;
    Counts counts;
    std::string failure;
    double card_seen_opened_at = -1;
    bool touched_since_card_opened = false;

    void fail(const std::string& what) {
        if (failure.empty()) {
            std::ostringstream where;
            where << what << " (event " << counts.events << ", frame " << counts.frames << ", t=" << exhibit.now
                  << " s)";
            failure = where.str();
        }
    }

    double uniform(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(input.rng); }

    void check() {
        if (!failure.empty()) return;
        if (std::string why = soak::check_exhibit(exhibit); !why.empty()) fail(why);
        const app::TelegramView& t = exhibit.telegram;
        if (t.card && t.card->opened_at != card_seen_opened_at) {
            card_seen_opened_at = t.card->opened_at;
            touched_since_card_opened = false;
            ++counts.cards_opened;
        }
        if (!touched_since_card_opened && !app::exhibit_animating(exhibit)) {
            if (std::string why = soak::check_settled_card(exhibit); !why.empty()) fail(why);
        }
    }

    // What platform/ does once per frame after the events: advance in bounded steps, draw when needed.
    void advance_and_draw(double dt) {
        while (dt > 0) {
            const double step = std::min(dt, kMaxStepS);
            app::advance(exhibit, step);
            dt -= step;
        }
        ++counts.frames;
        check();
        if (app::needs_frame(exhibit)) {
            const app::DisplayList frame = app::draw(exhibit);
            ++counts.drawn;
            if (std::string why = soak::check_frame(frame); !why.empty()) fail("frame: " + why);
        }
        // platform/ drains the statistics each frame; sometimes nobody does (the store is busy) and the log's bound holds.
        if (uniform(0, 1) < 0.9) app::take_visit_events(exhibit.visits);
    }

    void play(const soak::Action& action) {
        ++counts.actions;
        if (action.kind == soak::ActionKind::Language && exhibit.scene == app::Scene::Attract) ++counts.language_taps;
        for (const soak::Frame& frame : action.frames) {
            const bool was_attract = exhibit.scene == app::Scene::Attract;
            for (const app::InputEvent& event : frame.events) {
                app::handle_input(exhibit, event);
                ++counts.events;
            }
            if (!frame.events.empty()) touched_since_card_opened = true;
            check();
            if (was_attract && exhibit.scene != app::Scene::Attract) ++counts.sessions;
            advance_and_draw(frame.dt_s);
        }
    }

    // Nobody there: the kiosk sleeps between frames the exhibit asks for; hours pass in bigger jumps.
    void idle(double seconds) {
        ++counts.idle_periods;
        double stepped = std::min(seconds, kSteppedIdleS);
        seconds -= stepped;
        while (stepped > 0) {
            double wait = std::clamp(app::seconds_until_next_frame(exhibit), 1.0 / 60, 1.0);
            wait = std::min(wait, stepped);
            advance_and_draw(wait);
            stepped -= wait;
        }
        while (seconds > 0) {
            const double chunk = std::min(seconds, uniform(1, kMaxChunkS));
            app::advance(exhibit, chunk);
            seconds -= chunk;
            check();
        }
        advance_and_draw(1.0 / 60);
    }

    // A curator's save: usually the shipped content again; sometimes a folder that vanished, a file missing or
    // cut short, which must fail to load and leave the old content showing (platform/window/run_window's reload_content).
    void reload() {
        ++counts.reloads;
        app::ReadFile read = assets;
        const int kind = static_cast<int>(uniform(0, 8));
        if (kind == 0) {
            read = [](const std::string&) { return std::optional<std::string>(); };
        } else if (kind == 1 || kind == 2) {
            static const char* files[] = {"exhibit.json",           "telegram/telegram.json",
                                          "telegram/body.txt",      "annotations/annotations.json",
                                          "interface/strings.json", "attract/attract.json"};
            const std::string victim = files[static_cast<int>(uniform(0, 6)) % 6];
            read = [base = assets, victim, cut = kind == 2](const std::string& path) -> std::optional<std::string> {
                if (path != victim) return base(path).bytes;
                if (!cut) return std::nullopt;
                std::optional<std::string> bytes = base(path).bytes;
                if (bytes) bytes->resize(bytes->size() / 2);
                return bytes;
            };
        }
        app::LoadResult loaded = app::load_content(read);
        if (kind <= 2) {
            ++counts.broken_reloads;
            // Half a body.txt can still be a valid telegram whose annotations then fail to anchor; either way
            // nothing with errors may come back.
            if (loaded.content && app::has_errors(loaded.problems)) fail("content with errors was returned");
            if (!loaded.content) return;  // the old content stays
        }
        if (!loaded.content) {
            fail("the shipped content failed to load");
            return;
        }
        app::replace_content(exhibit, loaded.content);
        check();
    }

    void resize() {
        static const int sizes[][2] = {{1920, 1080}, {1080, 1920}, {800, 480},  {480, 800},  {1280, 720},
                                       {3840, 2160}, {320, 240},   {1024, 600}, {2560, 1080}};
        const auto& s = sizes[static_cast<int>(uniform(0, 9)) % 9];
        const float dpi = static_cast<float>(uniform(60, 300));
        ++counts.resizes;
        app::resize(exhibit, app::Screen{s[0], s[1], dpi / 25.4f});
        check();
        advance_and_draw(1.0 / 60);
    }

    // The heap in a state that does not depend on where the visitors left off.
    std::size_t settled_heap() {
        app::start_over(exhibit);
        app::take_visit_events(exhibit.visits);
        app::draw(exhibit);
        return soak::heap_bytes();
    }
};

bool parse(int argc, char** argv, Config& config) {
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc) return false;
        const std::string value = argv[++i];
        if (arg == "--events") config.events = std::stol(value);
        else if (arg == "--seed") config.seed = std::stoull(value);
        else if (arg == "--max-growth-kib") config.max_growth_kib = std::stod(value);
        else return false;
    }
    return config.events > 0;
}

}  // namespace

int main(int argc, char** argv) {
    Config config;
    if (!parse(argc, argv, config)) {
        std::cerr << "usage: soak [--events N] [--seed S] [--max-growth-kib K]\n";
        return 2;
    }
    const auto started = std::chrono::steady_clock::now();
    const char* env = std::getenv("EXHIBIT_ASSETS");
    app::ReadFile assets = disk_assets(env && *env ? env : EXHIBIT_SOURCE_ASSETS_DIR);
    app::LoadResult loaded = app::load_content(assets);
    if (!loaded.content) {
        std::cerr << "soak: the shipped content does not load\n";
        return 1;
    }

    Soak soak;
    soak.config = config;
    soak.assets = assets;
    soak.exhibit =
        app::make_exhibit(loaded.content, app::Screen{1920, 1080, 96.0f / 25.4f}, app::testing::fake_measure());
    soak.input.rng.seed(config.seed);
    loaded = {};

    const long warm_up = static_cast<long>(static_cast<double>(config.events) * kWarmUpFraction);
    std::size_t heap_at_warm_up = 0;
    std::size_t heap_peak = 0;
    while (soak.counts.events < config.events && soak.failure.empty()) {
        if (heap_at_warm_up == 0 && soak.counts.events >= warm_up) heap_at_warm_up = soak.settled_heap();
        const double r = soak.uniform(0, 1);
        if (r < 0.002) {
            soak.reload();
        } else if (r < 0.005) {
            soak.resize();
        } else if (r < 0.025) {  // a visit ends: seconds, a countdown and reset, or hours of attract loop
            const double kind = soak.uniform(0, 1);
            soak.idle(kind < 0.6    ? soak.uniform(0.5, 20)
                      : kind < 0.85 ? soak.uniform(55, 200)
                                    : soak.uniform(1800, 43200));
        } else {
            soak.play(soak::next_action(soak.input, soak.exhibit));
        }
        if (soak.counts.actions % 997 == 0) heap_peak = std::max(heap_peak, soak::heap_bytes());
    }
    const std::size_t heap_at_end = soak.settled_heap();
    heap_peak = std::max(heap_peak, heap_at_end);
    const double growth_kib = (static_cast<double>(heap_at_end) - static_cast<double>(heap_at_warm_up)) / 1024.0;
    if (soak.failure.empty() && growth_kib >= config.max_growth_kib) {
        soak.fail("the heap grew by " + std::to_string(growth_kib) + " KiB after warm-up");
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    const Counts& c = soak.counts;
    std::printf(
        "{\"events\": %ld, \"seed\": %llu, \"simulated_days\": %.2f, \"frames\": %ld, \"frames_drawn\": %ld, "
        "\"actions\": %ld, \"sessions\": %ld, \"language_taps\": %ld, \"cards_opened\": %ld, \"idle_periods\": %ld, "
        "\"reloads\": %ld, \"broken_reloads\": %ld, \"resizes\": %ld, \"heap_after_warm_up_kib\": %.1f, "
        "\"heap_at_end_kib\": %.1f, \"heap_growth_kib\": %.1f, \"heap_peak_kib\": %.1f, \"seconds\": %.1f}\n",
        c.events, config.seed, soak.exhibit.now / 86400.0, c.frames, c.drawn, c.actions, c.sessions, c.language_taps,
        c.cards_opened, c.idle_periods, c.reloads, c.broken_reloads, c.resizes, heap_at_warm_up / 1024.0,
        heap_at_end / 1024.0, growth_kib, heap_peak / 1024.0, seconds);
    if (!soak.failure.empty()) {
        std::printf("soak: FAILED: %s\n", soak.failure.c_str());
        return 1;
    }
    std::printf("soak: passed\n");
    return 0;
}
