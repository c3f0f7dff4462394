// What the window keeps for maintenance: the data folder, visitor statistics, the PIN gate, the settings
// file, the hidden corner press, the frame and process meters, and the content status. run_window calls
// these few functions; the overlay only shows what maintenance_info gathers and asks for changes through
// OverlayActions, which handle_overlay_actions carries out.
#pragma once
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "loading/assets_dir.h"
#include "storage/data_dir.h"
#include "exhibit.h"
#include "overlay/imgui_overlay.h"
#include "maintenance/corner_press.h"
#include "maintenance/frame_history.h"
#include "maintenance/settings.h"
#include "options/options.h"
#include "overlay/pin_gate.h"
#include "meters/process_cost.h"
#include "loading/stage.h"
#include "storage/visit_recording.h"

namespace platform {

struct Maintenance {
    bool kiosk = false;
    std::optional<DataDir> data_dir;  // nothing: statistics, settings and the PIN are off (logged once)
    VisitRecorder visits;
    PinGate pin;
    app::MaintenanceSettings settings;  // in effect
    bool idle_timeout_on_command_line = false;
    bool language_on_command_line = false;
    std::string settings_message;
    app::CornerPress corner;
    app::FrameHistory frames;
    CpuMeter cpu;
    std::filesystem::path assets_dir;
    ContentStatus content;
    std::string reload_message;
    std::vector<std::string> reload_problems;
    std::vector<app::Problem> content_problems;  // warnings of the content shown (it changes with a reload)
    app::StatsSummary stats;
    bool stats_stale = true;  // read again when the overlay next shows them
    double stats_read_at_s = -1;
    std::string stats_message;
    double started_s = 0;
};

// Finds and prepares the data folder, opens the store and the PIN gate, reads the settings file and applies
// it to `exhibit` (the command line winning). Problems go to `log`; none of them stops the exhibit.
Maintenance open_maintenance(const Options& options, const AssetsDir& assets, std::vector<app::Problem> problems,
                             app::Exhibit& exhibit, double now_s, std::ostream& log);

// Feeds a pointer event to the hidden corner press. True when the press is complete: open the PIN pad.
bool corner_press_seen(Maintenance& m, const app::InputEvent& input, const app::Screen& screen, double now_s);

// Once a frame: visit events into the store, process meters. True when the corner press came due while the
// finger rested (no event needed): open the PIN pad.
bool maintenance_frame(Maintenance& m, app::Exhibit& exhibit, double now_s);

// How long the loop may sleep without missing the corner press.
double maintenance_wait_s(const Maintenance& m, double now_s);

void note_frame_drawn(Maintenance& m, double now_s, float ms);

// What the overlay shows now. Reads the statistics again when they are stale (a few times a minute at most).
MaintenanceInfo maintenance_info(Maintenance& m, double now_s);

// Carries out what the overlay asked for. Returns true when the program should quit.
bool handle_overlay_actions(Maintenance& m, ImguiOverlay& overlay, const OverlayActions& actions, Stage& stage,
                            const app::ReadFile& read_file);

}  // namespace platform
