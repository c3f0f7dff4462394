#include "run_window.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iostream>
#include <optional>

#include "audio_output.h"
#include "content_watch.h"
#include "curator/problem_banner.h"
#include "display_screen.h"
#include "exhibit.h"
#include "exhibit_options.h"
#include "frame_pacing.h"
#include "frame_stats.h"
#include "imgui_overlay.h"
#include "input_translation.h"
#include "maintenance.h"
#include "render_display_list.h"
#include "replay/replay_driver.h"
#include "sdl_handles.h"
#include "service_notify.h"
#include "show_frame.h"
#include "text_measure_ttf.h"
#include "window_setup.h"

namespace platform {
namespace {

app::Screen screen_of(SDL_Renderer* renderer, float dpi) {
    int w = 0;
    int h = 0;
    SDL_GetRendererOutputSize(renderer, &w, &h);
    return make_screen(w, h, dpi);
}

double seconds_now() { return static_cast<double>(SDL_GetTicks64()) / 1000.0; }

bool is_key(const SDL_Event& event, SDL_Keycode key) {
    return event.type == SDL_KEYDOWN && event.key.keysym.sym == key && event.key.repeat == 0;
}

// What event handling works on: references to what run_window owns, plus the state events change.
struct Loop {
    const WindowSetup& setup;
    SDL_Window* window;
    SDL_Renderer* renderer;
    DisplayListRenderer& drawer;
    app::Exhibit& exhibit;
    ImguiOverlay& overlay;
    float dpi;
    app::Screen screen;  // what the exhibit was last laid out for
    std::ofstream* record = nullptr;            // --record: every input the exhibit receives, with its time
    app::ReplayPlayer* replay = nullptr;        // --replay: while playing, the script drives the exhibit
    Maintenance* maintenance = nullptr;         // statistics, PIN, settings; the hidden corner press
    bool running = true;
    bool redraw = true;  // the window needs the last frame again (exposed, resized, overlay changed)

    bool replaying() const { return replay && !app::replay_finished(*replay); }

    void handle(const SDL_Event& event) {
        bool kiosk = setup.options.kiosk;
        if (event.type == SDL_QUIT) {
            running = false;
            return;
        }
        if (!kiosk && is_key(event, SDLK_F12)) {
            if (!toggle_overlay(overlay, window, renderer)) std::cerr << "exhibit: the overlay could not start\n";
            redraw = true;
            return;
        }
        if (overlay_takes_event(overlay, event)) {
            redraw = true;
            return;
        }
        if (event.type == SDL_WINDOWEVENT) {
            switch (event.window.event) {
                case SDL_WINDOWEVENT_DISPLAY_CHANGED:
                    dpi = display_dpi(window, setup.options.dpi);
                    [[fallthrough]];
                case SDL_WINDOWEVENT_SIZE_CHANGED:
                    screen = screen_of(renderer, dpi);
                    drawer.text.set_limits(text_cache_limits(screen.width_px, screen.height_px));
                    app::resize(exhibit, screen);
                    break;
                case SDL_WINDOWEVENT_EXPOSED: redraw = true; break;
                default: break;
            }
            return;
        }
        if (event.type == SDL_RENDER_DEVICE_RESET) forget_textures(drawer);  // the textures are gone
        if (event.type == SDL_RENDER_DEVICE_RESET || event.type == SDL_RENDER_TARGETS_RESET) {
            redraw = true;
            return;
        }
        if (auto input = translate_event(event, pointer_space_of(window_of_event(event, window)))) {
            // The corner press is watched, not taken: the exhibit still gets the press (see corner_press.h).
            const double ticks_s = static_cast<double>(SDL_GetTicks64()) / 1000.0;
            if (maintenance && !overlay.visible && corner_press_seen(*maintenance, *input, exhibit.screen, ticks_s))
                open_pin_pad(overlay, window, renderer, PinPurpose::Open);
            if (replaying()) return;  // the script has the exhibit until it ends
            if (record) {
                const auto ms = static_cast<std::int64_t>(std::llround(exhibit.now * 1000));
                *record << app::format_replay_event(app::to_replay_event(*input, ms, exhibit.screen)) << '\n' << std::flush;
            }
            const bool used = app::handle_input(exhibit, *input);
            // Escape closes a card first; only an Escape the exhibit had no use for closes the window.
            if (!used && !kiosk && is_key(event, SDLK_ESCAPE)) running = false;
        }
    }
};

// Waiting for events and advancing by the real clock live in frame_pacing, shared with --bench.

// What the live preview keeps between reloads: the fonts in use and the problems of the last failed reload.
struct LivePreview {
    std::optional<ContentWatch> watch;  // windowed only: on a kiosk, content is changed by an update and a restart
    std::vector<std::string> banner;    // empty while the content on disk is good
};

// Loads the content again after a save. Good content replaces the old, fonts and all, on the same screen;
// bad content changes nothing on screen but the banner, which lists every problem.
void reload_content(LivePreview& live, const WindowSetup& setup, DisplayListRenderer& drawer, app::Exhibit& exhibit) {
    app::LoadResult fresh = app::load_content(setup.read_file);
    live.banner.clear();
    if (!fresh.content) {
        for (const app::Problem& p : fresh.problems)
            if (!p.warning) live.banner.push_back(app::format_problem(p));
        std::cerr << "exhibit: the edited content has " << live.banner.size() << " problem(s); still showing the last good content\n";
        for (const std::string& line : live.banner) std::cerr << "  " << line << "\n";
        return;
    }
    std::shared_ptr<Fonts> fonts = make_fonts(fresh.content->fonts, setup.read_file);
    drawer.fonts = fonts;
    forget_textures(drawer);
    exhibit.measure = make_text_measure(fonts);
    app::replace_content(exhibit, fresh.content);
    std::cerr << "exhibit: content reloaded\n";
}

}  // namespace

int run_window(const WindowSetup& setup) {
    const Options& options = setup.options;
    prepare_video(options.kiosk);
    SdlVideo video;
    WindowPtr window = open_exhibit_window(video, options);
    if (!window) return 1;

    RendererPtr renderer = create_renderer(window.get(), options.renderer);
    if (!renderer) {
        std::cerr << "exhibit: no renderer at all: " << SDL_GetError() << "\n";
        return 1;
    }
    SDL_RendererInfo renderer_info{};
    SDL_GetRendererInfo(renderer.get(), &renderer_info);
    const FrameStore store = frame_store_for(renderer.get());
    // The window's surface is shown by SDL_UpdateWindowSurfaceRects, which waits for no vertical blank.
    bool vsync = store != FrameStore::Target && (renderer_info.flags & SDL_RENDERER_PRESENTVSYNC) != 0;

    TtfLibrary ttf;
    if (!ttf.ok) {
        std::cerr << "exhibit: SDL_ttf: " << TTF_GetError() << "\n";
        return 1;
    }
    float dpi = display_dpi(window.get(), options.dpi);
    std::shared_ptr<Fonts> fonts = make_fonts(setup.content->fonts, setup.read_file);
    DisplayListRenderer drawer;
    drawer.renderer = renderer.get();
    drawer.fonts = fonts;
    drawer.read_file = setup.read_file;
    drawer.store = store;
    app::Screen screen = screen_of(renderer.get(), dpi);
    drawer.text.set_limits(text_cache_limits(screen.width_px, screen.height_px));
    app::Exhibit exhibit =
        app::make_exhibit(setup.content, screen, make_text_measure(fonts), exhibit_options(options, false));
    std::optional<app::ReplayPlayer> replay;
    if (options.replay) {
        std::optional<std::vector<app::ReplayEvent>> events = load_replay(*options.replay);
        if (!events) return 1;
        replay = app::ReplayPlayer{std::move(*events)};
    }
    std::ofstream record;
    if (options.record) {
        record.open(*options.record, std::ios::trunc);
        if (!record) {
            std::cerr << "exhibit: cannot write the recording " << *options.record << "\n";
            return 1;
        }
        record << "# exhibit --record, " << screen.width_px << 'x' << screen.height_px << " px; replay with --replay\n";
    }
    ImguiOverlay overlay;  // after the renderer: shuts ImGui down before the renderer is destroyed
    if (font_for(*fonts, app::FontRole::Sans, 16)) {
        overlay.font_bytes = fonts->bytes[static_cast<std::size_t>(app::FontRole::Sans)];
    }
    overlay.px_per_mm = dpi / 25.4f;
    Maintenance maintenance = open_maintenance(options, setup.assets, setup.problems, exhibit,
                                               static_cast<double>(SDL_GetTicks64()) / 1000.0, std::cerr);

    AudioOutput audio;
    open_audio_output(audio);
    std::cerr << "exhibit: " << audio.status << "\n";

    const char* video_driver = SDL_GetCurrentVideoDriver();
    std::cerr << "exhibit: " << (options.kiosk ? "kiosk" : "windowed") << ", video " << (video_driver ? video_driver : "?")
              << ", renderer " << renderer_info.name << (vsync ? " (vsync)" : "") << ", " << screen.width_px
              << 'x' << screen.height_px << " px at " << dpi << " dpi, assets " << setup.assets.path.string()
              << " (" << setup.assets.found_by << ")\n";

    Loop loop{setup, window.get(), renderer.get(), drawer, exhibit, overlay, dpi, screen};
    if (record.is_open()) loop.record = &record;
    LivePreview live;
    if (!options.kiosk) live.watch = watch_assets(setup.assets.path, SDL_GetTicks64());
    if (replay) loop.replay = &*replay;
    loop.maintenance = &maintenance;
    const char* driver_name = SDL_GetCurrentVideoDriver();
    const bool driver_polls = driver_name && std::string(driver_name) == "KMSDRM";
    FrameStats stats;
    app::DisplayList frame;
    ServiceNotify service = start_service_notify();
    Uint64 last_tick = SDL_GetTicks64();
    while (loop.running) {
        notify_alive(service, seconds_now());
        bool busy = loop.redraw || overlay.visible || loop.replaying() || app::needs_frame(exhibit);
        SDL_Event event;
        // Idle: sleep until something happens or the exhibit next changes by itself (a breath, a countdown).
        bool got = busy ? SDL_PollEvent(&event) != 0
                        : wait_for_event(event, std::min({app::seconds_until_next_frame(exhibit),
                                                          maintenance_wait_s(maintenance, seconds_now()),
                                                          seconds_until_ping(service, seconds_now())}),
                                         driver_polls);
        while (got && loop.running) {
            loop.handle(event);
            got = SDL_PollEvent(&event) != 0;
        }
        if (!loop.running) break;

        Uint64 now = SDL_GetTicks64();
        if (loop.replaying()) {
            app::step_replay(*loop.replay, exhibit);  // script time, one fixed step a frame
        } else {
            advance_by(exhibit, static_cast<double>(now - last_tick) / 1000.0);
        }
        last_tick = now;

        // Visit events into the statistics; a corner press held long enough opens the PIN pad.
        if (maintenance_frame(maintenance, exhibit, static_cast<double>(now) / 1000.0) && !overlay.visible)
            open_pin_pad(overlay, window.get(), renderer.get(), PinPurpose::Open);

        // Listen buttons only where sound can be heard; the loudspeaker follows what the visitor chose.
        audio.volume_percent = maintenance.settings.audio_volume_percent;
        app::set_sound(exhibit, audio.device != 0 && audio.volume_percent > 0);
        follow_listening(audio, exhibit, setup.read_file);

        if (live.watch && assets_changed(*live.watch, now)) {
            reload_content(live, setup, drawer, exhibit);
            loop.redraw = true;
        }

        bool changed = app::needs_frame(exhibit);
        if (!changed && !loop.redraw && !overlay.visible) continue;
        Uint64 started = SDL_GetPerformanceCounter();
        if (changed) frame = app::draw(exhibit);  // otherwise the last frame again
        if (loop.redraw) forget_last_frame(drawer);  // exposed, resized, or drawn over: all of it again
        Damage damage;
        if (live.banner.empty()) {
            damage = render_display_list(drawer, frame);
        } else {
            app::DisplayList with_banner = frame;
            app::draw_problem_banner(live.banner, exhibit.screen, exhibit.measure, exhibit.theme, with_banner);
            damage = render_display_list(drawer, with_banner);
        }
        record_frame(stats, static_cast<double>(SDL_GetPerformanceCounter() - started) * 1000.0 /
                                static_cast<double>(SDL_GetPerformanceFrequency()));
        note_frame_drawn(maintenance, static_cast<double>(now) / 1000.0, static_cast<float>(stats.last_ms));
        if (overlay.visible) {
            OverlayInfo info;
            info.frames = stats;
            info.width_px = loop.screen.width_px;
            info.height_px = loop.screen.height_px;
            info.dpi = loop.dpi;
            info.renderer_name = renderer_info.name;
            info.video_driver = video_driver ? video_driver : "?";
            info.assets_dir = setup.assets.path.string();
            info.text_textures = drawer.text.size();
            info.text_bytes = drawer.text.bytes();
            info.audio = audio.status;
            info.problems = &maintenance.content_problems;
            info.maintenance = maintenance_info(maintenance, static_cast<double>(now) / 1000.0);
            const OverlayActions actions = draw_overlay(overlay, info);
            if (handle_overlay_actions(maintenance, overlay, actions, exhibit, setup.read_file, drawer)) loop.running = false;
            damage.whole = true;
            forget_last_frame(drawer);  // the overlay drew over the kept frame
        }
        show_frame(drawer, window.get(), damage);
        notify_ready(service);
        loop.redraw = false;
        if (!vsync) {
            Uint64 spent = SDL_GetTicks64() - now;
            if (spent < kMinFrameMs) SDL_Delay(static_cast<Uint32>(kMinFrameMs - spent));
        }
    }
    notify_stopping(service);
    if (record.is_open()) {  // the visitor's last pause is part of what happened
        app::ReplayEvent end;
        end.kind = app::ReplayEvent::Kind::End;
        end.ms = std::llround(exhibit.now * 1000);
        record << app::format_replay_event(end) << '\n';
    }
    return 0;
}

}  // namespace platform
