// The exhibit's window and its frame loop, one iteration at a time: what run_window runs until the window
// closes, and what exhibit --bench drives with its scripted tour, so that the benchmark measures the loop a
// visitor gets (its waiting, pacing, drawing of what changed, presenting) and not a copy of it.
#pragma once
#include <fstream>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sound/audio_output.h"
#include "loading/content_watch.h"
#include "loading/stage.h"
#include "exhibit.h"
#include "meters/frame_stats.h"
#include "overlay/imgui_overlay.h"
#include "overlay/maintenance.h"
#include "render/render_display_list.h"
#include "replay/replay_driver.h"
#include "window/run_window.h"
#include "render/sdl_handles.h"
#include "window/service_notify.h"
#include "window/window_setup.h"

namespace platform {

// What the live preview keeps between reloads: the fonts in use and the problems of the last failed reload.
struct LivePreview {
    std::optional<ContentWatch> watch;  // windowed only: on a kiosk, content is changed by an update and a restart
    std::vector<std::string> banner;    // empty while the content on disk is good
};

// Everything a running window owns. Members are destroyed in reverse order: textures and the overlay before the
// renderer, the renderer before the window, SDL last.
struct WindowLoop {
    const WindowSetup& setup;
    SdlVideo video;  // SDL_Init: prepare_video must have run
    WindowPtr window;
    RendererPtr renderer;
    SDL_RendererInfo renderer_info{};
    const char* video_driver = "?";
    bool vsync = false;         // presenting waits for the display, so the loop needs no pacing of its own
    bool driver_polls = false;  // waiting for events means polling (KMSDRM): see frame_pacing
    float dpi = 96;
    app::Screen screen;                       // what the exhibit was last laid out for
    Stage stage;                              // fonts, the display-list renderer and the exhibit
    std::optional<app::ReplayPlayer> replay;  // --replay: while playing, the script drives the exhibit
    std::ofstream record;                     // --record: every input the exhibit receives, with its time
    ImguiOverlay overlay;
    Maintenance maintenance;  // statistics, PIN, settings; the hidden corner press
    AudioOutput audio;
    LivePreview live;
    FrameStats stats;
    app::DisplayList frame;  // the last one drawn
    ServiceNotify service;
    Uint64 last_tick = 0;
    bool running = true;
    bool redraw = true;          // the window needs the last frame again (exposed, resized, overlay changed)
    bool finish_frames = false;  // wait for the GPU before presenting, so render times include its work (--bench)

    explicit WindowLoop(const WindowSetup& s) : setup(s) {}
};

// Opens SDL, the window, the renderer, fonts, the exhibit on `content`, maintenance and sound; null (after saying
// why on stderr) when no window can be shown. The exhibit is then the only holder of `content`.
std::unique_ptr<WindowLoop> open_window_loop(const WindowSetup& setup, std::shared_ptr<const app::Content> content);

// How one iteration went, for the benchmark.
struct IterationTimes {
    bool drew = false;        // false: nothing changed, nothing was drawn or shown
    double update_ms = 0;     // events handled and the exhibit advanced
    double draw_list_ms = 0;  // app::draw
    double render_ms = 0;     // rendering (and, with finish_frames, the GPU finishing it)
    double show_ms = 0;       // showing it: copying the changed pixels out, or presenting (with vsync, waiting too)
};

// One turn of the loop: wait for events (or not, when busy), handle them, let time pass (by the clock, or by
// `scripted` when given: it feeds the exhibit and advances it one fixed step), draw what changed, show it, pace.
IterationTimes run_iteration(WindowLoop& loop, const std::function<void(app::Exhibit&)>* scripted = nullptr);

// The window's own state after its exhibit was replaced (the benchmark's still states): drawn whole again.
void exhibit_replaced(WindowLoop& loop);

}  // namespace platform
