#include "modes/bench.h"

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include <filesystem>

#include "exhibit.h"
#include "meters/process_cost.h"
#include "window/window_loop.h"

namespace platform {
namespace {

using Json = nlohmann::ordered_json;

constexpr double kTourStepS = 1.0 / 60;  // the tour runs on script time, like a replay: same frames every run

double ms_between(BenchClock::time_point a, BenchClock::time_point b) {
    return std::chrono::duration<double, std::milli>(b - a).count();
}

Json percentiles(std::vector<double> values) {
    if (values.empty()) return Json::object();
    std::sort(values.begin(), values.end());
    auto at = [&values](double q) {
        const auto i = static_cast<std::size_t>(q * static_cast<double>(values.size() - 1) + 0.5);
        return std::round(values[std::min(i, values.size() - 1)] * 1000) / 1000;
    };
    return Json{{"p50", at(0.50)}, {"p95", at(0.95)}, {"p99", at(0.99)}, {"max", at(1.0)}};
}

Json memory_json(const MemoryUse& m) {
    return Json{{"pss", m.pss_kib},
                {"rss", m.rss_kib},
                {"peak_rss", m.peak_rss_kib},
                {"anon", m.anon_kib},
                {"file", m.file_kib}};
}

// Seconds on CLOCK_MONOTONIC (steady_clock on Linux), so that a tool watching from outside (top, the side-by-side
// script) can take its own measurement over the same stretch of time.
double monotonic_s() { return std::chrono::duration<double>(BenchClock::now().time_since_epoch()).count(); }

struct FrameTimes {
    std::vector<double> update_ms, draw_ms, render_ms, show_ms, total_ms, cpu_ms;
    long unchanged = 0;  // frames where nothing changed, so nothing was drawn (as in the real loop)
};

// The exhibit driven by a script in fixed steps through the window's own loop, every drawn frame timed in three
// parts (run_iteration's IterationTimes).
struct Tour {
    WindowLoop& loop;
    app::Exhibit& e;
    FrameTimes times;
    std::vector<app::InputEvent> pending;  // delivered at the start of the next frame

    void frame() {
        if (!loop.running) return;  // the window was closed: the rest of the tour passes without frames
        const double cpu0 = process_cpu_seconds();
        const std::function<void(app::Exhibit&)> step = [this](app::Exhibit& exhibit) {
            for (const app::InputEvent& event : pending) app::handle_input(exhibit, event);
            pending.clear();
            app::advance(exhibit, kTourStepS);
        };
        const IterationTimes t = run_iteration(loop, &step);
        if (!t.drew) {
            ++times.unchanged;
            return;
        }
        times.update_ms.push_back(t.update_ms);
        times.draw_ms.push_back(t.draw_list_ms);
        times.render_ms.push_back(t.render_ms);
        times.show_ms.push_back(t.show_ms);
        // A present that waits for the display's vertical blank is not work: with vsync, showing is left out.
        times.total_ms.push_back(t.update_ms + t.draw_list_ms + t.render_ms + (loop.vsync ? 0 : t.show_ms));
        times.cpu_ms.push_back((process_cpu_seconds() - cpu0) * 1000);
    }
    void wait(double seconds) {
        for (double t = 0; t < seconds; t += kTourStepS) frame();
    }
    void wait_until_still(double max_s) {
        for (double t = 0; t < max_s && app::exhibit_animating(e); t += kTourStepS) frame();
        frame();
    }
    void pointer(app::PointerPhase phase, app::Vec2 at) {
        app::PointerEvent p;
        p.phase = phase;
        p.finger = 1;
        p.pos = at;
        pending.push_back(p);
    }
    void tap(app::Vec2 at) {
        pointer(app::PointerPhase::Down, at);
        wait(0.08);
        pointer(app::PointerPhase::Up, at);
        frame();
    }
    // A finger from `from` to `to` in `seconds`; lifted at once (a fling) or after resting (a reader's drag).
    void drag(app::Vec2 from, app::Vec2 to, double seconds, bool fling) {
        pointer(app::PointerPhase::Down, from);
        frame();
        const int steps = std::max(1, static_cast<int>(seconds / kTourStepS));
        for (int i = 1; i <= steps; ++i) {
            const float f = static_cast<float>(i) / static_cast<float>(steps);
            pointer(app::PointerPhase::Move, {from.x + (to.x - from.x) * f, from.y + (to.y - from.y) * f});
            frame();
        }
        if (!fling) wait(0.1);
        pointer(app::PointerPhase::Up, to);
        frame();
    }
    void key(const char* name) {
        pending.push_back(app::KeyEvent{name});
        frame();
    }
    void wheel(float lines) {
        app::WheelEvent w;
        w.pos = {e.screen.width_px / 2.0f, e.screen.height_px / 2.0f};
        w.lines = lines;
        pending.push_back(w);
        frame();
    }
    app::Vec2 at(float fx, float fy) const { return {e.screen.width_px * fx, e.screen.height_px * fy}; }
    void tap_language(app::Language language) {
        const app::AttractLayout layout = app::layout_attract(app::screen_context(e));
        const app::Rect& r = layout.buttons[static_cast<std::size_t>(language)];
        tap({r.x + r.w / 2, r.y + r.h / 2});
    }
    void open_card(int index) {
        app::open_card(e.telegram, app::view_context(e), index, e.now);
        e.dirty = true;
        wait(1.0);
        key("Escape");
        wait(0.4);
    }
};

// Which cards the tour opens: every one with a chart, then the first ones, six in all.
std::vector<int> cards_to_open(const app::Content& content) {
    std::vector<int> cards;
    for (std::size_t i = 0; i < content.annotations.size(); ++i)
        if (content.annotations[i].has_chart) cards.push_back(static_cast<int>(i));
    for (std::size_t i = 0; i < content.annotations.size() && cards.size() < 6; ++i)
        if (std::find(cards.begin(), cards.end(), static_cast<int>(i)) == cards.end())
            cards.push_back(static_cast<int>(i));
    return cards;
}

// The tour, one line a step. A step whose view the exhibit does not have yet names why and is skipped.
struct TourStep {
    const char* name;
    std::function<void(Tour&)> run;
    const char* skipped_because = nullptr;
};

const std::vector<TourStep>& tour_steps() {
    static const std::vector<TourStep> steps = {
        {"attract", [](Tour& t) { t.wait(8); }},
        {"telegram_reveal",
         [](Tour& t) {
             t.tap_language(app::Language::English);
             t.wait_until_still(40);
         }},
        {"cards",
         [](Tour& t) {
             for (int i : cards_to_open(*t.e.content)) t.open_card(i);
         }},
        {"scroll_and_fling",
         [](Tour& t) {
             t.drag(t.at(0.5f, 0.75f), t.at(0.5f, 0.3f), 0.6, false);
             t.drag(t.at(0.5f, 0.8f), t.at(0.5f, 0.45f), 0.08, true);
             t.wait_until_still(4);
             t.drag(t.at(0.5f, 0.3f), t.at(0.5f, 0.7f), 0.08, true);
             t.wait_until_still(4);
             for (int i = 0; i < 4; ++i) t.wheel(-3);
             for (int i = 0; i < 4; ++i) t.wheel(3);
             t.wait_until_still(1);
         }},
        {"languages",
         [](Tour& t) {
             for (app::Language language : {app::Language::Russian, app::Language::Portuguese}) {
                 app::start_over(t.e);  // what the idle reset does
                 t.wait(1.5);
                 t.tap_language(language);
                 t.wait(2);
                 t.tap(t.at(0.5f, 0.5f));  // a tap completes the typing
                 t.wait(0.5);
                 t.open_card(0);
             }
         }},
        {"map",
         [](Tour& t) {
             app::show_view(t.e, app::Scene::Map);  // as the navigation bar does
             t.wait_until_still(2);
             for (const app::MapStory& story : t.e.content->map.stories) {
                 app::map_play_story(t.e.map, app::view_context(t.e), story.id, t.e.now);
                 t.e.dirty = true;
                 t.wait_until_still(8);
             }
             t.drag(t.at(0.6f, 0.4f), t.at(0.3f, 0.5f), 0.6, false);
             t.drag(t.at(0.3f, 0.5f), t.at(0.6f, 0.4f), 0.08, true);
             t.wait_until_still(4);
             for (const app::MapPlace& place : t.e.content->map.places) {
                 app::map_show_place(t.e.map, app::view_context(t.e), place.id, t.e.now);
                 t.e.dirty = true;
                 t.wait(0.8);
             }
         }},
        {"timeline",
         [](Tour& t) {
             app::show_view(t.e, app::Scene::Timeline);
             t.wait_until_still(3);
             t.drag(t.at(0.7f, 0.4f), t.at(0.2f, 0.4f), 0.6, false);
             t.drag(t.at(0.2f, 0.4f), t.at(0.8f, 0.4f), 0.08, true);
             t.wait_until_still(4);
             const auto& events = t.e.content->timeline.events;
             for (std::size_t i = 0; i < events.size(); i += 4) {
                 app::timeline_show_event(t.e.timeline, app::view_context(t.e), events[i].id, t.e.now);
                 t.e.dirty = true;
                 t.wait_until_still(2);
             }
         }},
    };
    return steps;
}

// The window's loop for `seconds` of real time with nothing touching the screen: its own waiting, advancing by the
// clock, drawing of what changed and pacing. Returns the process's CPU time over wall time.
struct Cost {
    double cpu_percent = 0;
    long frames = 0;
};

Cost measure_cost(WindowLoop& loop, const char* name, double seconds) {
    const double cpu0 = process_cpu_seconds();
    const double wall0 = monotonic_s();
    std::cerr << "exhibit: bench: " << name << " from " << std::fixed << wall0 << " s (CLOCK_MONOTONIC)\n";
    Cost cost;
    while (monotonic_s() - wall0 < seconds && loop.running) {
        if (run_iteration(loop).drew) ++cost.frames;
    }
    const double wall1 = monotonic_s();
    std::cerr << "exhibit: bench: " << name << " until " << std::fixed << wall1 << " s\n";
    cost.cpu_percent = std::round((process_cpu_seconds() - cpu0) / (wall1 - wall0) * 100 * 1000) / 1000;
    return cost;
}

// The window's exhibit replaced by a fresh one in the state to measure, settled, its idle reset far away.
void show_still(WindowLoop& loop, std::shared_ptr<const app::Content> content, app::Scene scene) {
    app::ExhibitOptions options = app::starting_on(scene);
    options.idle.timeout_s = 1e6;  // "Still there?" would otherwise appear during a long measurement
    stage_content(loop.stage, std::move(content), loop.screen, options);
    app::settle(loop.stage.exhibit);
    exhibit_replaced(loop);
    run_iteration(loop);  // drawn whole once, as the view would be when a visitor left it
}

const char* renderer_choice_name(RendererChoice choice) {
    switch (choice) {
        case RendererChoice::Software: return "software";
        case RendererChoice::OpenGles2: return "opengles2";
        case RendererChoice::Auto: break;
    }
    return "auto";
}

}  // namespace

double bench_cost_seconds() {
    const char* env = std::getenv("EXHIBIT_BENCH_SECONDS");
    const double seconds = env ? std::atof(env) : 0;
    return seconds > 0 ? seconds : 10;
}

namespace {

// The scripted tour's steps, each with its frame times, and those skipped because the content lacks them.
struct TourResult {
    Json steps = Json::array();
    Json skipped = Json::array();
    FrameTimes times;
};

TourResult run_tour(WindowLoop& loop) {
    Tour tour{loop, loop.stage.exhibit, {}, {}};
    TourResult result;
    for (const TourStep& step : tour_steps()) {
        if (!step.run) {
            result.skipped.push_back(Json{{"step", step.name}, {"why", step.skipped_because}});
            continue;
        }
        const std::size_t before = tour.times.total_ms.size();
        const double started_at = loop.stage.exhibit.now;
        step.run(tour);
        const std::vector<double> step_ms(tour.times.total_ms.begin() + static_cast<std::ptrdiff_t>(before),
                                          tour.times.total_ms.end());
        result.steps.push_back(Json{{"step", step.name},
                                    {"frames_drawn", step_ms.size()},
                                    {"seconds", std::round((loop.stage.exhibit.now - started_at) * 100) / 100},
                                    {"frame_ms", percentiles(step_ms)}});
    }
    result.times = std::move(tour.times);
    return result;
}

// The costs of doing nothing much, on the loop's own waiting path, and the memory after each.
struct StillCosts {
    double seconds = 0;
    Cost idle, ambient, attract;
    MemoryUse after_idle, after_ambient, at_end;
};

StillCosts measure_still_costs(WindowLoop& loop, const std::shared_ptr<const app::Content>& content) {
    StillCosts costs;
    costs.seconds = bench_cost_seconds();
    auto still = std::make_shared<app::Content>(*content);
    still->annotations.clear();  // nothing breathes: the loop's floor
    show_still(loop, still, app::Scene::Telegram);
    costs.idle = measure_cost(loop, "idle", costs.seconds);
    costs.after_idle = memory_use();
    show_still(loop, content, app::Scene::Telegram);
    costs.ambient = measure_cost(loop, "ambient", costs.seconds);
    costs.after_ambient = memory_use();
    show_still(loop, content, app::Scene::Attract);
    costs.attract = measure_cost(loop, "attract", costs.seconds);
    costs.at_end = memory_use();
    return costs;
}

// When start-up reached each point, and the memory at the first two.
struct Startup {
    BenchClock::time_point main_started, bench_started, renderer_ready, first_frame;
    double since_exec_s = -1;
    MemoryUse after_renderer, after_first_frame;
};

double rounded_ms(BenchClock::time_point a, BenchClock::time_point b) { return std::round(ms_between(a, b) * 10) / 10; }

Json bench_json(const WindowLoop& loop, RendererChoice asked, const Startup& startup, const TourResult& tour,
                const MemoryUse& after_tour, const StillCosts& costs) {
    const FrameTimes& times = tour.times;
    Json out;
    out["size"] = std::to_string(loop.screen.width_px) + "x" + std::to_string(loop.screen.height_px);
    out["renderer_asked"] = renderer_choice_name(asked);
    out["renderer"] = loop.renderer_info.name;
    out["video_driver"] = loop.video_driver;
    out["vsync"] = loop.vsync;
    out["frame_store"] = loop.stage.drawer.store == FrameStore::Target   ? "window surface"
                         : loop.stage.drawer.store == FrameStore::Canvas ? "canvas texture"
                                                                         : "none";
    out["first_frame_ms"] = rounded_ms(startup.main_started, startup.first_frame);
    out["first_frame_ms_since_exec"] = startup.since_exec_s >= 0 ? std::round(startup.since_exec_s * 1000) : -1;
    out["startup_ms"] =
        Json{{"content_load", rounded_ms(startup.main_started, startup.bench_started)},
             {"window_renderer_fonts_layout", rounded_ms(startup.bench_started, startup.renderer_ready)},
             {"first_draw_and_show", rounded_ms(startup.renderer_ready, startup.first_frame)}};
    out["tour"] = Json{{"steps", tour.steps}, {"skipped", tour.skipped}};
    out["frames_drawn"] = times.total_ms.size();
    out["frames_unchanged"] = times.unchanged;
    out["frame_ms"] = Json{{"update", percentiles(times.update_ms)},
                           {"draw_list", percentiles(times.draw_ms)},
                           {"render", percentiles(times.render_ms)},
                           {"show", percentiles(times.show_ms)},
                           {"total", percentiles(times.total_ms)}};
    out["frame_cpu_ms"] = percentiles(times.cpu_ms);
    out["render_includes"] = "render_display_list + a 1-pixel read back (waits for the GPU like glFinish)";
    out["total_includes"] = loop.vsync ? "update + draw_list + render (show waits for the display: left out)"
                                       : "update + draw_list + render + show";
    out["cost_seconds"] = costs.seconds;
    out["cpu_percent"] = Json{{"idle", costs.idle.cpu_percent},
                              {"ambient", costs.ambient.cpu_percent},
                              {"attract", costs.attract.cpu_percent}};
    out["cost_frames"] =
        Json{{"idle", costs.idle.frames}, {"ambient", costs.ambient.frames}, {"attract", costs.attract.frames}};
    out["memory_kib"] = Json{{"peak_rss", costs.at_end.peak_rss_kib},
                             {"after_renderer", memory_json(startup.after_renderer)},
                             {"after_first_frame", memory_json(startup.after_first_frame)},
                             {"after_tour", memory_json(after_tour)},
                             {"after_idle", memory_json(costs.after_idle)},
                             {"after_ambient", memory_json(costs.after_ambient)},
                             {"at_end", memory_json(costs.at_end)}};
    out["caches"] = Json{{"text_textures", loop.stage.drawer.text.size()},
                         {"text_texture_kib", loop.stage.drawer.text.bytes() / 1024},
                         {"fonts_open", loop.stage.drawer.fonts->open.size()},
                         {"vertex_cache_kib", loop.stage.drawer.triangles.bytes() / 1024}};
    return out;
}

}  // namespace

int run_bench(const BenchSetup& setup) {
    Startup startup;
    startup.main_started = setup.main_started;
    startup.bench_started = BenchClock::now();
    // The window a visitor gets, on whatever display there is (x11 under Xvfb, KMSDRM on a kiosk, or SDL's
    // offscreen driver when SDL_VIDEODRIVER asks for it); its statistics go to a folder of the bench's own.
    WindowSetup window = setup.window;
    window.options.size = window.options.size.value_or(PixelSize{1920, 1080});
    std::error_code ec;
    const std::filesystem::path data =
        std::filesystem::temp_directory_path(ec) / ("exhibit-bench-" + std::to_string(::getpid()));
    window.options.data_dir = data.string();
    std::unique_ptr<WindowLoop> opened = open_window_loop(window, setup.content);
    if (!opened) return 1;
    WindowLoop& loop = *opened;
    loop.finish_frames = true;  // a GPU's work counted in "render", where it is done, not in the present after
    startup.renderer_ready = BenchClock::now();
    startup.after_renderer = memory_use();
    run_iteration(loop);  // the first frame: attract, as a kiosk starts
    startup.first_frame = BenchClock::now();
    startup.since_exec_s = seconds_since_process_start();
    startup.after_first_frame = memory_use();

    const TourResult tour = run_tour(loop);
    const MemoryUse after_tour = memory_use();
    const StillCosts costs = measure_still_costs(loop, setup.content);
    std::filesystem::remove_all(data, ec);
    std::cout << bench_json(loop, window.options.renderer, startup, tour, after_tour, costs).dump(2) << "\n";
    return 0;
}

}  // namespace platform
