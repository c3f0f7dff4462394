// The maintenance overlay: Dear ImGui drawn over the exhibit on the same SDL_Renderer. On a desktop F12 opens
// it; on a kiosk the hidden corner press (app/maintenance/corner_press.h) opens the PIN pad first. It shows
// how the machine and the content are doing, the settings curators may change, screen tests and visitor
// statistics, and asks the main loop (OverlayActions) for whatever changes something outside it.
// The panels live in overlay_*.cpp.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <SDL.h>

#include "content/problem.h"
#include "loading/content_status.h"
#include "meters/frame_stats.h"
#include "maintenance/frame_history.h"
#include "maintenance/settings.h"
#include "maintenance/stats_totals.h"
#include "overlay/pin_gate.h"

namespace platform {

// What fills the screen while the overlay is visible: the maintenance panel, the PIN pad before it (or before
// quitting), or one of the screen tests, which cover the whole display.
enum class OverlayScreen { Panel, PinPad, TouchTest, TestPattern };
enum class PinPurpose { Open, Quit };

// The maintenance part of what the overlay shows; gathered by the main loop (platform/overlay/maintenance).
struct MaintenanceInfo {
    double now_s = 0;  // the program's clock: the overlay's own timers (closing by itself) run on it
    double uptime_s = 0;
    bool kiosk = false;
    std::vector<float> frame_ms;  // oldest first
    app::FramePercentiles percentiles;
    int frames_per_second = 0;
    double cpu_percent = 0;
    std::uint64_t rss_bytes = 0;
    ContentStatus content;
    std::string reload_message;                 // the last reload's outcome
    std::vector<std::string> reload_problems;   // its errors, when the old content stayed
    app::MaintenanceSettings settings;          // in effect now
    bool idle_timeout_on_command_line = false;  // then the command line wins after a restart
    bool language_on_command_line = false;
    std::string settings_message;              // the last save's outcome, or problems of the file
    const app::StatsSummary* stats = nullptr;  // nothing when the store could not be opened
    std::string stats_message;                 // where the statistics are, or why there are none; last export
    std::string data_dir;
    bool pin_set = false;
    double pin_wait_s = 0;  // the PIN pad is locked this much longer
};

// What the maintainer asked for in this frame; the main loop carries it out.
struct OverlayActions {
    std::optional<std::string> pin;  // digits typed and confirmed on the PIN pad (overlay.pin_purpose says why)
    bool reload_content = false;
    bool export_stats = false;
    bool refresh_stats = false;
    std::optional<app::MaintenanceSettings> save_settings;
    bool quit = false;  // without a PIN: a desktop with none set
};

// What the overlay shows; gathered by the main loop each frame the overlay is visible.
struct OverlayInfo {
    FrameStats frames;
    int width_px = 0;
    int height_px = 0;
    float dpi = 0;
    std::string renderer_name;
    std::string video_driver;
    std::string assets_dir;
    std::size_t text_textures = 0;
    std::size_t text_bytes = 0;
    std::string audio;  // the sound device, or why there is none (AudioOutput::status)
    const std::vector<app::Problem>* problems = nullptr;  // warnings of the loaded content
    MaintenanceInfo maintenance;
};

// Owns the ImGui context once started; stops it when destroyed (before the renderer goes).
struct ImguiOverlay {
    bool started = false;
    bool visible = false;
    // TrueType/OpenType bytes for the overlay's text (the content's sans font), kept alive for ImGui's atlas.
    // ImGui's built-in font is ASCII only, and content problems quote Russian and Portuguese.
    std::shared_ptr<const std::string> font_bytes;

    // Where the overlay window was last drawn, in window coordinates. ImGui's WantCaptureMouse is only updated
    // once per frame, so a tap that moves and presses in one batch of events (every touch does) would reach
    // both the overlay and the exhibit; a press inside this rectangle belongs to the overlay at once.
    SDL_FRect bounds{0, 0, 0, 0};
    SDL_Window* window = nullptr;
    bool owns_mouse = false;                  // the left button went down on the overlay
    std::vector<SDL_FingerID> owned_fingers;  // fingers that went down on the overlay

    // Maintenance: sizes follow the screen's millimetres (touch targets at least 15 mm), set before starting.
    float px_per_mm = 96.0f / 25.4f;
    OverlayScreen screen = OverlayScreen::Panel;
    PinPurpose pin_purpose = PinPurpose::Open;
    std::string pin_digits;
    std::string pin_message;  // "Wrong PIN", "No PIN is set ..."
    bool pin_submit = false;  // Enter on a keyboard
    bool input_seen = false;  // since the last frame: the overlay closes by itself when left alone
    double last_input_s = -1;
    struct Touch {
        float x = 0;
        float y = 0;
    };
    std::vector<std::pair<SDL_FingerID, Touch>> touches;  // fingers down, for the touch test (window pixels)
    bool mouse_down = false;
    Touch mouse;
    app::MaintenanceSettings edited;  // the settings tab's values before Save
    bool edited_loaded = false;
    std::string select_tab;  // a tab to bring to the front on the next frame ("Visitors"), then cleared
    ImguiOverlay() = default;
    ImguiOverlay(const ImguiOverlay&) = delete;
    ImguiOverlay& operator=(const ImguiOverlay&) = delete;
    ~ImguiOverlay();
};

// Shows or hides the overlay, starting ImGui the first time. False if ImGui could not start.
bool toggle_overlay(ImguiOverlay& overlay, SDL_Window* window, SDL_Renderer* renderer);

// Gives `event` to ImGui while the overlay is visible. True when ImGui wants it for itself (pointer over the
// overlay, typing in it): then the exhibit must not see it.
bool overlay_takes_event(ImguiOverlay& overlay, const SDL_Event& event);

// Draws the overlay if visible. Call after the display list is rendered, before SDL_RenderPresent.
// Returns what the maintainer asked for in this frame.
OverlayActions draw_overlay(ImguiOverlay& overlay, const OverlayInfo& info);

// Starts ImGui on `renderer` if not yet started. `window` may be null: then nothing feeds ImGui input and
// draw_overlay sizes the frame from the renderer (how the golden test draws the overlay without a display).
bool start_overlay(ImguiOverlay& overlay, SDL_Window* window, SDL_Renderer* renderer);

// Shows the PIN pad (the hidden corner press on a kiosk, or Quit). False if ImGui could not start.
bool open_pin_pad(ImguiOverlay& overlay, SDL_Window* window, SDL_Renderer* renderer, PinPurpose purpose);

// What became of the PIN typed: right opens the panel (for Open), otherwise a message on the pad.
void answer_pin(ImguiOverlay& overlay, PinVerdict verdict, double wait_s);

// Hides the overlay, whatever it shows.
void close_overlay(ImguiOverlay& overlay);

}  // namespace platform
