#include "window/window_loop.h"

#include <algorithm>
#include <cmath>
#include <iostream>
#include <string>
#include <utility>

#include "curator/problem_banner.h"
#include "window/display_screen.h"
#include "options/exhibit_options.h"
#include "window/frame_pacing.h"
#include "window/input_translation.h"
#include "render/show_frame.h"

namespace platform {
namespace {

app::Screen screen_of(SDL_Renderer* renderer, float dpi) {
    int w = 0;
    int h = 0;
    SDL_GetRendererOutputSize(renderer, &w, &h);
    return make_screen(w, h, dpi);
}

double seconds_now() { return static_cast<double>(SDL_GetTicks64()) / 1000.0; }

double ms_since(Uint64 counter) {
    return static_cast<double>(SDL_GetPerformanceCounter() - counter) * 1000.0 /
           static_cast<double>(SDL_GetPerformanceFrequency());
}

bool is_key(const SDL_Event& event, SDL_Keycode key) {
    return event.type == SDL_KEYDOWN && event.key.keysym.sym == key && event.key.repeat == 0;
}

bool replaying(const WindowLoop& loop) { return loop.replay && !app::replay_finished(*loop.replay); }

void handle_event(WindowLoop& loop, const SDL_Event& event) {
    const bool kiosk = loop.setup.options.kiosk;
    SDL_Window* window = loop.window.get();
    SDL_Renderer* renderer = loop.renderer.get();
    if (event.type == SDL_QUIT) {
        loop.running = false;
        return;
    }
    if (!kiosk && is_key(event, SDLK_F12)) {
        if (!toggle_overlay(loop.overlay, window, renderer)) std::cerr << "exhibit: the overlay could not start\n";
        loop.redraw = true;
        return;
    }
    if (overlay_takes_event(loop.overlay, event)) {
        loop.redraw = true;
        return;
    }
    if (event.type == SDL_WINDOWEVENT) {
        switch (event.window.event) {
            case SDL_WINDOWEVENT_DISPLAY_CHANGED:
                loop.dpi = display_dpi(window, loop.setup.options.dpi);
                [[fallthrough]];
            case SDL_WINDOWEVENT_SIZE_CHANGED:
                loop.screen = screen_of(renderer, loop.dpi);
                loop.stage.drawer.text.set_limits(text_cache_limits(loop.screen.width_px, loop.screen.height_px));
                app::resize(loop.stage.exhibit, loop.screen);
                loop.redraw = true;
                break;
            case SDL_WINDOWEVENT_EXPOSED: loop.redraw = true; break;
            default: break;
        }
        return;
    }
    if (event.type == SDL_RENDER_DEVICE_RESET) forget_textures(loop.stage.drawer);  // the textures are gone
    if (event.type == SDL_RENDER_DEVICE_RESET || event.type == SDL_RENDER_TARGETS_RESET) {
        loop.redraw = true;
        return;
    }
    if (auto input = translate_event(event, pointer_space_of(window_of_event(event, window)))) {
        // The corner press is watched, not taken: the exhibit still gets the press (see corner_press.h).
        if (!loop.overlay.visible &&
            corner_press_seen(loop.maintenance, *input, loop.stage.exhibit.screen, seconds_now()))
            open_pin_pad(loop.overlay, window, renderer, PinPurpose::Open);
        if (replaying(loop)) return;  // the script has the exhibit until it ends
        if (loop.record.is_open()) {
            const auto ms = static_cast<std::int64_t>(std::llround(loop.stage.exhibit.now * 1000));
            loop.record << app::format_replay_event(app::to_replay_event(*input, ms, loop.stage.exhibit.screen)) << '\n'
                        << std::flush;
        }
        const bool used = app::handle_input(loop.stage.exhibit, *input);
        // Escape closes a card first; only an Escape the exhibit had no use for closes the window.
        if (!used && !kiosk && is_key(event, SDLK_ESCAPE)) loop.running = false;
    }
}

// Loads the content again after a save (reload_stage). Bad content changes nothing on screen but the banner,
// which lists every error.
void reload_content(WindowLoop& loop) {
    const ContentReload reload = reload_stage(loop.stage, loop.setup.read_file);
    loop.live.banner.clear();
    if (reload.replaced) {
        std::cerr << "exhibit: content reloaded\n";
        return;
    }
    for (const app::Problem& p : reload.problems)
        if (!p.warning) loop.live.banner.push_back(app::format_problem(p));
    std::cerr << "exhibit: the edited content has " << loop.live.banner.size()
              << " problem(s); still showing the last good content\n";
    for (const std::string& line : loop.live.banner) std::cerr << "  " << line << "\n";
}

// Makes the GPU (llvmpipe here, the Pi's VideoCore there) finish what it was given, as glFinish would: reading one
// pixel back flushes SDL's batch and waits for the driver.
void finish_drawing(SDL_Renderer* renderer) {
    Uint32 pixel = 0;
    SDL_Rect one{0, 0, 1, 1};
    SDL_RenderReadPixels(renderer, &one, SDL_PIXELFORMAT_ARGB8888, &pixel, 4);
}

void draw_overlay_frame(WindowLoop& loop, Uint64 now) {
    OverlayInfo info;
    info.frames = loop.stats;
    info.width_px = loop.screen.width_px;
    info.height_px = loop.screen.height_px;
    info.dpi = loop.dpi;
    info.renderer_name = loop.renderer_info.name;
    info.video_driver = loop.video_driver;
    info.assets_dir = loop.setup.assets.path.string();
    info.text_textures = loop.stage.drawer.text.size();
    info.text_bytes = loop.stage.drawer.text.bytes();
    info.audio = loop.audio.status;
    info.problems = &loop.maintenance.content_problems;
    info.maintenance = maintenance_info(loop.maintenance, static_cast<double>(now) / 1000.0);
    const OverlayActions actions = draw_overlay(loop.overlay, info);
    if (handle_overlay_actions(loop.maintenance, loop.overlay, actions, loop.stage, loop.setup.read_file))
        loop.running = false;
}

// What each turn does besides the exhibit: visit events into the statistics and the corner press (which opens the PIN
// pad), sound following the visitor's choice, and the live preview's reload after a save.
void look_after(WindowLoop& loop, Uint64 now) {
    app::Exhibit& exhibit = loop.stage.exhibit;
    // Visit events into the statistics; a corner press held long enough opens the PIN pad.
    if (maintenance_frame(loop.maintenance, exhibit, static_cast<double>(now) / 1000.0) && !loop.overlay.visible)
        open_pin_pad(loop.overlay, loop.window.get(), loop.renderer.get(), PinPurpose::Open);

    // Listen buttons only where sound can be heard; the loudspeaker follows what the visitor chose.
    loop.audio.volume_percent = loop.maintenance.settings.audio_volume_percent;
    app::set_sound(exhibit, loop.audio.device != 0 && loop.audio.volume_percent > 0);
    follow_listening(loop.audio, exhibit, loop.setup.read_file);

    if (loop.live.watch && assets_changed(*loop.live.watch, now)) {
        reload_content(loop);
        loop.redraw = true;
    }
}

}  // namespace

std::unique_ptr<WindowLoop> open_window_loop(const WindowSetup& setup, std::shared_ptr<const app::Content> content) {
    const Options& options = setup.options;
    prepare_video(options.kiosk);
    auto loop = std::make_unique<WindowLoop>(setup);
    loop->window = open_exhibit_window(loop->video, options);
    if (!loop->window) return nullptr;
    loop->renderer = create_renderer(loop->window.get(), options.renderer);
    if (!loop->renderer) {
        std::cerr << "exhibit: no renderer at all: " << SDL_GetError() << "\n";
        return nullptr;
    }
    SDL_Renderer* renderer = loop->renderer.get();
    SDL_GetRendererInfo(renderer, &loop->renderer_info);
    const char* driver = SDL_GetCurrentVideoDriver();
    loop->video_driver = driver ? driver : "?";
    const std::string driver_name = loop->video_driver;
    loop->driver_polls = driver_name == "KMSDRM";
    loop->stage.drawer.store = frame_store_for(renderer);
    // The window's surface is shown by SDL_UpdateWindowSurfaceRects, which waits for no vertical blank; the
    // offscreen driver grants vsync but has no display to wait for (unpaced, a GPU queue would grow without end).
    loop->vsync = loop->stage.drawer.store != FrameStore::Target && driver_name != "offscreen" &&
                  (loop->renderer_info.flags & SDL_RENDERER_PRESENTVSYNC) != 0;
    loop->finish_frames = driver_name == "offscreen";  // nothing else makes a GPU there finish a frame
    loop->dpi = display_dpi(loop->window.get(), options.dpi);
    std::string error;
    if (!open_stage(loop->stage, renderer, content->fonts, content->font_bytes, setup.read_file, &error)) {
        std::cerr << "exhibit: " << error << "\n";
        return nullptr;
    }
    loop->screen = screen_of(renderer, loop->dpi);
    loop->stage.drawer.text.set_limits(text_cache_limits(loop->screen.width_px, loop->screen.height_px));
    stage_content(loop->stage, std::move(content), loop->screen, exhibit_options(options, false));
    if (options.replay) {
        std::optional<std::vector<app::ReplayEvent>> events = load_replay(*options.replay);
        if (!events) return nullptr;
        loop->replay = app::ReplayPlayer{std::move(*events)};
    }
    if (options.record) {
        loop->record.open(*options.record, std::ios::trunc);
        if (!loop->record) {
            std::cerr << "exhibit: cannot write the recording " << *options.record << "\n";
            return nullptr;
        }
        loop->record << "# exhibit --record, " << loop->screen.width_px << 'x' << loop->screen.height_px
                     << " px; replay with --replay\n";
    }
    if (font_for(*loop->stage.drawer.fonts, app::FontRole::Sans, 16))
        loop->overlay.font_bytes = loop->stage.drawer.fonts->bytes[static_cast<std::size_t>(app::FontRole::Sans)];
    loop->overlay.px_per_mm = loop->dpi / 25.4f;
    loop->maintenance =
        open_maintenance(options, setup.assets, setup.problems, loop->stage.exhibit, seconds_now(), std::cerr);
    open_audio_output(loop->audio);
    std::cerr << "exhibit: " << loop->audio.status << "\n";
    std::cerr << "exhibit: " << (options.kiosk ? "kiosk" : "windowed") << ", video " << loop->video_driver
              << ", renderer " << loop->renderer_info.name << (loop->vsync ? " (vsync)" : "") << ", "
              << loop->screen.width_px << 'x' << loop->screen.height_px << " px at " << loop->dpi << " dpi, assets "
              << setup.assets.path.string() << " (" << setup.assets.found_by << ")\n";
    if (!options.kiosk) loop->live.watch = watch_assets(setup.assets.path, SDL_GetTicks64());
    loop->service = start_service_notify();
    loop->last_tick = SDL_GetTicks64();
    return loop;
}

IterationTimes run_iteration(WindowLoop& loop, const std::function<void(app::Exhibit&)>* scripted) {
    IterationTimes times;
    app::Exhibit& exhibit = loop.stage.exhibit;
    notify_alive(loop.service, seconds_now());
    const bool busy = loop.redraw || loop.overlay.visible || replaying(loop) || scripted || app::needs_frame(exhibit);
    // A quiet moment: a view still waiting for its layout (at start, after a language or a resize) is laid out
    // now, one a turn, so that a visitor's first tap on it finds it ready; then the loop looks for input at once.
    const bool prepared = !busy && app::lay_out_waiting_view(exhibit);
    SDL_Event event;
    // Idle: sleep until something happens or the exhibit next changes by itself (a breath, a countdown).
    bool got = busy || prepared ? SDL_PollEvent(&event) != 0
                                : wait_for_event(event,
                                                 std::min({app::seconds_until_next_frame(exhibit),
                                                           maintenance_wait_s(loop.maintenance, seconds_now()),
                                                           seconds_until_ping(loop.service, seconds_now())}),
                                                 loop.driver_polls);
    const Uint64 started = SDL_GetPerformanceCounter();
    while (got && loop.running) {
        handle_event(loop, event);
        got = SDL_PollEvent(&event) != 0;
    }
    if (!loop.running) return times;

    const Uint64 now = SDL_GetTicks64();
    if (scripted) {
        (*scripted)(exhibit);  // script time: the same frames on every run
    } else if (replaying(loop)) {
        app::step_replay(*loop.replay, exhibit);  // script time, one fixed step a frame
    } else {
        advance_by(exhibit, static_cast<double>(now - loop.last_tick) / 1000.0);
    }
    loop.last_tick = now;

    look_after(loop, now);

    const bool changed = app::needs_frame(exhibit);
    if (!changed && !loop.redraw && !loop.overlay.visible) return times;
    times.update_ms = ms_since(started);
    const Uint64 drawing = SDL_GetPerformanceCounter();
    if (changed) loop.frame = app::draw(exhibit);  // otherwise the last frame again
    times.draw_list_ms = ms_since(drawing);
    const Uint64 rendering = SDL_GetPerformanceCounter();
    if (loop.redraw) forget_last_frame(loop.stage.drawer);  // exposed, resized, or drawn over: all of it again
    // A software renderer draws on the window's surface, made anew when the window's size changes.
    if (loop.stage.drawer.store == FrameStore::Target)
        loop.stage.drawer.surface = SDL_GetWindowSurface(loop.window.get());
    Damage damage;
    if (loop.live.banner.empty()) {
        damage = render_display_list(loop.stage.drawer, loop.frame);
    } else {
        app::DisplayList with_banner = loop.frame;
        app::draw_problem_banner(loop.live.banner, exhibit.screen, exhibit.measure, exhibit.theme, with_banner);
        damage = render_display_list(loop.stage.drawer, with_banner);
    }
    record_frame(loop.stats, ms_since(rendering));
    note_frame_drawn(loop.maintenance, static_cast<double>(now) / 1000.0, static_cast<float>(loop.stats.last_ms));
    if (loop.overlay.visible) {
        draw_overlay_frame(loop, now);
        damage.whole = true;
        forget_last_frame(loop.stage.drawer);  // the overlay drew over the kept frame
    }
    if (loop.finish_frames) finish_drawing(loop.renderer.get());
    times.render_ms = ms_since(rendering);
    const Uint64 showing = SDL_GetPerformanceCounter();
    show_frame(loop.stage.drawer, loop.window.get(), damage);
    times.show_ms = ms_since(showing);
    times.drew = true;
    notify_ready(loop.service);
    loop.redraw = false;
    if (!loop.vsync) {
        const Uint64 spent = SDL_GetTicks64() - now;
        if (spent < kMinFrameMs) SDL_Delay(static_cast<Uint32>(kMinFrameMs - spent));
    }
    return times;
}

void exhibit_replaced(WindowLoop& loop) {
    loop.redraw = true;
    loop.last_tick = SDL_GetTicks64();
}

}  // namespace platform
