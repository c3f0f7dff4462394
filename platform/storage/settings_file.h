// The settings curators change on the kiosk (app/maintenance/settings.h), kept in the data folder as
// settings.conf, written atomically, and applied to the exhibit. The command line wins over the file: an
// --idle-timeout given to a developer's run or in /etc/exhibit/exhibit.conf is meant.
#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "exhibit.h"
#include "maintenance/settings.h"
#include "options/options.h"

namespace platform {

std::filesystem::path settings_file(const std::filesystem::path& data_dir);

struct LoadedSettings {
    app::MaintenanceSettings settings;  // defaults where the file says nothing (or there is no file)
    std::vector<std::string> problems;  // "settings.conf line 3: ..."
};

LoadedSettings load_settings(const std::filesystem::path& data_dir);

bool save_settings(const std::filesystem::path& data_dir, const app::MaintenanceSettings& settings,
                   std::string* error = nullptr);

// The settings as they start the exhibit: the file's values, except where the command line gave one.
app::MaintenanceSettings settings_with_command_line(app::MaintenanceSettings settings, const Options& options);

// Applies the settings the exhibit supports (idle timeout, default language) to its options. A visitor's
// session is not interrupted: a new default language shows at once only on the attract loop.
void apply_settings(app::Exhibit& exhibit, const app::MaintenanceSettings& settings);

}  // namespace platform
