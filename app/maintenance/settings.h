// What curators may change on the kiosk itself, without editing files: the settings file's contents and its
// text form. Pure; platform/storage/settings_file reads and writes the file (in the data folder, never in assets/).
//
// The text is `key = value` lines with `#` comments, so a technician can read it over ssh. A bad line never
// stops the exhibit: it is reported and the default kept.
#pragma once
#include <string>
#include <vector>

#include "../content/language.h"

namespace app {

struct MaintenanceSettings {
    double idle_timeout_s = 60;  // "Still there?" after this long without a touch
    Language default_language = Language::English;
    bool reduced_motion = false;    // nothing glides, types or draws itself (each view's apply_reduced_motion)
    int audio_volume_percent = 80;  // narration loudness; 0 hides the Listen buttons (platform/sound/audio_output)
};

constexpr double kMinIdleTimeoutS = 5;
constexpr double kMaxIdleTimeoutS = 86400;

struct ParsedSettings {
    MaintenanceSettings settings;
    std::vector<std::string> problems;  // "line 3: ..." for each line that was not understood
};

ParsedSettings parse_settings(const std::string& text);

// The file's text: every setting, with a comment saying what it is and what values it takes.
std::string format_settings(const MaintenanceSettings& settings);

bool operator==(const MaintenanceSettings& a, const MaintenanceSettings& b);
inline bool operator!=(const MaintenanceSettings& a, const MaintenanceSettings& b) { return !(a == b); }

}  // namespace app
