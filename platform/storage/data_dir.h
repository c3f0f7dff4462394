// The data folder: where the exhibit keeps what it writes (visitor statistics, settings changed on the kiosk,
// the maintenance PIN's hash). Never inside assets/, which is the curators' and may be read-only.
//
// The first of these wins:
//   --data-dir DIR
//   $STATE_DIRECTORY        set for the kiosk service by deploy/systemd/exhibit.service: /var/lib/exhibit/data
//   /var/lib/exhibit/data   when it exists and this user may write to it
//   $XDG_STATE_HOME/exhibit (default ~/.local/state/exhibit): a developer's desktop
#pragma once
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace platform {

struct DataDir {
    std::filesystem::path path;
    std::string found_by;  // for messages: "--data-dir", "$STATE_DIRECTORY", ...
};

// Everything the choice depends on, so tests can pose any situation.
struct DataDirSearch {
    std::optional<std::string> option;  // --data-dir
    std::optional<std::string> state_directory;
    std::optional<std::string> xdg_state_home;
    std::optional<std::string> home;
    std::filesystem::path system_dir = "/var/lib/exhibit/data";      // made by the package (deploy/debian/postinst)
    std::function<bool(const std::filesystem::path&)> writable_dir;  // exists, is a folder, may be written
};

DataDirSearch data_dir_search_for_this_process(const std::optional<std::string>& option);

// Nothing when no candidate is left (no HOME either).
std::optional<DataDir> choose_data_dir(const DataDirSearch& search);

// Creates the folder (and its parents) if needed. False (and `error`
// set) when it cannot be made or written.
bool prepare_data_dir(const DataDir& dir, std::string* error = nullptr);

}  // namespace platform
