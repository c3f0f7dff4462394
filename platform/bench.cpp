#include "bench.h"

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "display_screen.h"
#include "exhibit.h"
#include "frame_pacing.h"
#include "process_stats.h"
#include "render_display_list.h"
#include "sdl_handles.h"
#include "text_measure_ttf.h"
#include "window_setup.h"

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
    return Json{{"rss", m.rss_kib}, {"peak_rss", m.peak_rss_kib}, {"anon", m.anon_kib}, {"file", m.file_kib}};
}

// Makes the GPU (llvmpipe here, the Pi's VideoCore there) finish what it was given, as glFinish would: reading
// one pixel back flushes SDL's batch and waits for the driver, so "render" counts the real drawing, not only
// the queuing of it. Done before SDL_RenderPresent, whose back buffer is undefined afterwards.
void finish_drawing(SDL_Renderer* renderer) {
    Uint32 pixel = 0;
    SDL_Rect one{0, 0, 1, 1};
    SDL_RenderReadPixels(renderer, &one, SDL_PIXELFORMAT_ARGB8888, &pixel, 4);
}

struct FrameTimes {
    std::vector<double> update_ms, draw_ms, render_ms, total_ms, cpu_ms;
    long unchanged = 0;  // frames where nothing changed, so nothing was drawn (as in the real loop)
};

// The exhibit driven by a script in fixed steps, every frame timed in three parts.
struct Tour {
    app::Exhibit& e;
    DisplayListRenderer& drawer;
    SDL_Renderer* renderer;
    FrameTimes times;
    std::vector<app::InputEvent> pending;  // delivered at the start of the next frame

    void frame() {
        const double cpu0 = process_cpu_seconds();
        const auto t0 = BenchClock::now();
        for (const app::InputEvent& event : pending) app::handle_input(e, event);
        pending.clear();
        app::advance(e, kTourStepS);
        const auto t1 = BenchClock::now();
        if (!app::needs_frame(e)) {
            ++times.unchanged;
            return;
        }
        const app::DisplayList list = app::draw(e);
        const auto t2 = BenchClock::now();
        render_display_list(drawer, list);
        finish_drawing(renderer);
        SDL_RenderPresent(renderer);
        const auto t3 = BenchClock::now();
        times.update_ms.push_back(ms_between(t0, t1));
        times.draw_ms.push_back(ms_between(t1, t2));
        times.render_ms.push_back(ms_between(t2, t3));
        times.total_ms.push_back(ms_between(t0, t3));
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
        app::open_annotation(e.telegram, app::view_context(e), index, e.now);
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
        if (std::find(cards.begin(), cards.end(), static_cast<int>(i)) == cards.end()) cards.push_back(static_cast<int>(i));
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
        {"telegram_reveal", [](Tour& t) { t.tap_language(app::Language::English); t.wait_until_still(40); }},
        {"cards", [](Tour& t) { for (int i : cards_to_open(*t.e.content)) t.open_card(i); }},
        {"scroll_and_fling", [](Tour& t) {
             t.drag(t.at(0.5f, 0.75f), t.at(0.5f, 0.3f), 0.6, false);
             t.drag(t.at(0.5f, 0.8f), t.at(0.5f, 0.45f), 0.08, true);
             t.wait_until_still(4);
             t.drag(t.at(0.5f, 0.3f), t.at(0.5f, 0.7f), 0.08, true);
             t.wait_until_still(4);
             for (int i = 0; i < 4; ++i) t.wheel(-3);
             for (int i = 0; i < 4; ++i) t.wheel(3);
             t.wait_until_still(1);
         }},
        {"languages", [](Tour& t) {
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
        {"map", [](Tour& t) {
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
        {"timeline", [](Tour& t) {
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

// run_window's frame loop for `seconds` of real time with nothing touching the screen: the same waiting
// (frame_pacing), the same advancing by the real clock, drawing only when needed, the same pacing without vsync.
// Events are drained, not handled: the offscreen driver has none. Returns the process's CPU time over wall time.
struct Cost {
    double cpu_percent = 0;
    long frames = 0;
};

Cost measure_cost(app::Exhibit& exhibit, DisplayListRenderer& drawer, SDL_Renderer* renderer, double seconds,
                  bool driver_polls, bool vsync) {
    const double cpu0 = process_cpu_seconds();
    const auto wall0 = BenchClock::now();
    const Uint64 end = SDL_GetTicks64() + static_cast<Uint64>(seconds * 1000);
    Uint64 last_tick = SDL_GetTicks64();
    app::DisplayList frame;
    Cost cost;
    while (SDL_GetTicks64() < end) {
        const bool busy = app::needs_frame(exhibit);
        SDL_Event event;
        bool got = busy ? SDL_PollEvent(&event) != 0
                        : wait_for_event(event, app::seconds_until_next_frame(exhibit), driver_polls);
        while (got) got = SDL_PollEvent(&event) != 0;
        const Uint64 now = SDL_GetTicks64();
        advance_by(exhibit, static_cast<double>(now - last_tick) / 1000.0);
        last_tick = now;
        if (!app::needs_frame(exhibit)) continue;
        frame = app::draw(exhibit);
        render_display_list(drawer, frame);
        SDL_RenderPresent(renderer);
        ++cost.frames;
        if (!vsync) {
            const Uint64 spent = SDL_GetTicks64() - now;
            if (spent < kMinFrameMs) SDL_Delay(static_cast<Uint32>(kMinFrameMs - spent));
        }
    }
    const double wall = ms_between(wall0, BenchClock::now()) / 1000;
    cost.cpu_percent = std::round((process_cpu_seconds() - cpu0) / wall * 100 * 1000) / 1000;
    return cost;
}

// A fresh exhibit in the state to measure, settled and drawn once, its idle reset far away.
app::Exhibit still_exhibit(std::shared_ptr<const app::Content> content, const app::Screen& screen,
                           const app::TextMeasure& measure, app::Scene scene, DisplayListRenderer& drawer) {
    app::ExhibitOptions options = app::starting_on(scene);
    options.idle.timeout_s = 1e6;  // "Still there?" would otherwise appear during a long measurement
    app::Exhibit e = app::make_exhibit(std::move(content), screen, measure, options);
    app::settle(e);
    render_display_list(drawer, app::draw(e));
    SDL_RenderPresent(drawer.renderer);
    return e;
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

int run_bench(const BenchSetup& setup) {
    const Options& options = setup.options;
    const auto bench_started = BenchClock::now();
    // Headless on any machine, and on the same path a kiosk takes on its own display: a window, a renderer.
    SDL_SetHint(SDL_HINT_VIDEODRIVER, "offscreen");
    SdlVideo video;
    if (!video.ok) {
        std::cerr << "exhibit: --bench: SDL video: " << SDL_GetError() << "\n";
        return 1;
    }
    const PixelSize size = options.size.value_or(PixelSize{1920, 1080});
    WindowPtr window(SDL_CreateWindow("Exhibit bench", SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED, size.width,
                                      size.height, SDL_WINDOW_HIDDEN));
    if (!window) {
        std::cerr << "exhibit: --bench: window: " << SDL_GetError() << "\n";
        return 1;
    }
    const RendererChoice asked = options.renderer == RendererChoice::Auto ? RendererChoice::OpenGles2 : options.renderer;
    RendererPtr renderer = create_renderer(window.get(), asked);
    if (!renderer) {
        std::cerr << "exhibit: --bench: no renderer: " << SDL_GetError() << "\n";
        return 1;
    }
    SDL_RendererInfo info{};
    SDL_GetRendererInfo(renderer.get(), &info);
    const bool vsync = (info.flags & SDL_RENDERER_PRESENTVSYNC) != 0;
    // The offscreen driver grants vsync but has no display to wait for, so frames would run unthrottled (and
    // llvmpipe queue them up). The cost loop paces like a renderer without vsync instead: at most one frame per
    // kMinFrameMs, which is what a 60 Hz display's vsync does on the kiosk.
    const bool vsync_for_costs = vsync && std::string(SDL_GetCurrentVideoDriver()) != "offscreen";
    TtfLibrary ttf;
    const auto renderer_ready = BenchClock::now();
    const MemoryUse after_renderer = memory_use();

    std::shared_ptr<Fonts> fonts = make_fonts(setup.content->fonts, setup.read_file);
    DisplayListRenderer drawer;
    drawer.renderer = renderer.get();
    drawer.fonts = fonts;
    drawer.read_file = setup.read_file;
    int w = 0;
    int h = 0;
    SDL_GetRendererOutputSize(renderer.get(), &w, &h);
    const app::Screen screen = make_screen(w, h, options.dpi.value_or(kDefaultDpi));
    drawer.text.set_limits(text_cache_limits(w, h));
    const app::TextMeasure measure = make_text_measure(fonts);
    app::Exhibit exhibit = app::make_exhibit(setup.content, screen, measure);  // attract, as a kiosk starts
    const auto laid_out = BenchClock::now();
    render_display_list(drawer, app::draw(exhibit));
    finish_drawing(renderer.get());
    SDL_RenderPresent(renderer.get());
    const auto first_frame = BenchClock::now();
    const double since_exec_s = seconds_since_process_start();
    const MemoryUse after_first_frame = memory_use();

    Tour tour{exhibit, drawer, renderer.get(), {}, {}};
    Json steps = Json::array();
    Json skipped = Json::array();
    for (const TourStep& step : tour_steps()) {
        if (!step.run) {
            skipped.push_back(Json{{"step", step.name}, {"why", step.skipped_because}});
            continue;
        }
        const std::size_t before = tour.times.total_ms.size();
        const double started_at = exhibit.now;
        step.run(tour);
        steps.push_back(Json{{"step", step.name},
                             {"frames_drawn", tour.times.total_ms.size() - before},
                             {"seconds", std::round((exhibit.now - started_at) * 100) / 100}});
    }
    const MemoryUse after_tour = memory_use();

    // The costs of doing nothing, on the Pi's waiting path (KMSDRM: SDL cannot block there, see frame_pacing).
    const double seconds = bench_cost_seconds();
    auto still = std::make_shared<app::Content>(*setup.content);
    still->annotations.clear();  // nothing breathes: the loop's floor
    app::Exhibit idle = still_exhibit(still, screen, measure, app::Scene::Telegram, drawer);
    const Cost idle_cost = measure_cost(idle, drawer, renderer.get(), seconds, true, vsync_for_costs);
    const Cost idle_sdl_wait = measure_cost(idle, drawer, renderer.get(), seconds, false, vsync_for_costs);
    const MemoryUse after_idle = memory_use();
    app::Exhibit ambient = still_exhibit(setup.content, screen, measure, app::Scene::Telegram, drawer);
    const Cost ambient_cost = measure_cost(ambient, drawer, renderer.get(), seconds, true, vsync_for_costs);
    const MemoryUse after_ambient = memory_use();
    app::Exhibit attract = still_exhibit(setup.content, screen, measure, app::Scene::Attract, drawer);
    const Cost attract_cost = measure_cost(attract, drawer, renderer.get(), seconds, true, vsync_for_costs);
    const MemoryUse at_end = memory_use();

    const char* driver = SDL_GetCurrentVideoDriver();
    Json out;
    out["size"] = std::to_string(w) + "x" + std::to_string(h);
    out["renderer_asked"] = renderer_choice_name(asked);
    out["renderer"] = info.name;
    out["video_driver"] = driver ? driver : "?";
    out["vsync"] = vsync;
    out["first_frame_ms"] = std::round(ms_between(setup.main_started, first_frame) * 10) / 10;
    out["first_frame_ms_since_exec"] = since_exec_s >= 0 ? std::round(since_exec_s * 1000) : -1;
    out["startup_ms"] = Json{
        {"content_load", std::round(ms_between(setup.main_started, bench_started) * 10) / 10},
        {"sdl_window_renderer", std::round(ms_between(bench_started, renderer_ready) * 10) / 10},
        {"fonts_and_layout", std::round(ms_between(renderer_ready, laid_out) * 10) / 10},
        {"first_draw_and_render", std::round(ms_between(laid_out, first_frame) * 10) / 10}};
    out["tour"] = Json{{"steps", steps}, {"skipped", skipped}};
    out["frames_drawn"] = tour.times.total_ms.size();
    out["frames_unchanged"] = tour.times.unchanged;
    out["frame_ms"] = Json{{"update", percentiles(tour.times.update_ms)},
                           {"draw_list", percentiles(tour.times.draw_ms)},
                           {"render", percentiles(tour.times.render_ms)},
                           {"total", percentiles(tour.times.total_ms)}};
    out["frame_cpu_ms"] = percentiles(tour.times.cpu_ms);
    out["render_includes"] = "render_display_list + SDL_RenderReadPixels of 1 pixel (waits like glFinish) + SDL_RenderPresent";
    out["cost_seconds"] = seconds;
    out["cpu_percent"] = Json{{"idle", idle_cost.cpu_percent},
                              {"ambient", ambient_cost.cpu_percent},
                              {"attract", attract_cost.cpu_percent},
                              {"idle_if_sdl_waited", idle_sdl_wait.cpu_percent}};
    out["cost_frames"] = Json{{"idle", idle_cost.frames},
                              {"ambient", ambient_cost.frames},
                              {"attract", attract_cost.frames},
                              {"idle_if_sdl_waited", idle_sdl_wait.frames}};
    out["memory_kib"] = Json{{"peak_rss", at_end.peak_rss_kib},
                             {"after_renderer", memory_json(after_renderer)},
                             {"after_first_frame", memory_json(after_first_frame)},
                             {"after_tour", memory_json(after_tour)},
                             {"after_idle", memory_json(after_idle)},
                             {"after_ambient", memory_json(after_ambient)},
                             {"at_end", memory_json(at_end)}};
    out["caches"] = Json{{"text_textures", drawer.text.size()},
                         {"text_texture_kib", drawer.text.bytes() / 1024},
                         {"fonts_open", fonts->open.size()},
                         {"vertex_cache_kib", drawer.triangles.bytes() / 1024}};
    std::cout << out.dump(2) << "\n";
    return 0;
}

}  // namespace platform
