#include "storage/data_dir.h"

#include <cstdlib>

#include <unistd.h>

namespace platform {
namespace {

std::optional<std::string> env(const char* name) {
    const char* v = std::getenv(name);
    if (!v || !*v) return std::nullopt;
    return std::string(v);
}

bool writable_dir(const std::filesystem::path& p) {
    std::error_code ec;
    return std::filesystem::is_directory(p, ec) && ::access(p.c_str(), W_OK | X_OK) == 0;
}

}  // namespace

DataDirSearch data_dir_search_for_this_process(const std::optional<std::string>& option) {
    DataDirSearch s;
    s.option = option;
    s.state_directory = env("STATE_DIRECTORY");
    s.xdg_state_home = env("XDG_STATE_HOME");
    s.home = env("HOME");
    s.writable_dir = writable_dir;
    return s;
}

std::optional<DataDir> choose_data_dir(const DataDirSearch& s) {
    if (s.option) return DataDir{*s.option, "--data-dir"};
    if (s.state_directory) {
        // systemd lists one folder per StateDirectory= entry, separated by colons; the exhibit names one.
        const std::string first = s.state_directory->substr(0, s.state_directory->find(':'));
        if (!first.empty()) return DataDir{first, "$STATE_DIRECTORY"};
    }
    if (s.writable_dir && s.writable_dir(s.system_dir)) return DataDir{s.system_dir, s.system_dir.string()};
    // XDG says a relative $XDG_STATE_HOME is invalid and to be ignored.
    if (s.xdg_state_home && std::filesystem::path(*s.xdg_state_home).is_absolute())
        return DataDir{std::filesystem::path(*s.xdg_state_home) / "exhibit", "$XDG_STATE_HOME"};
    if (s.home) return DataDir{std::filesystem::path(*s.home) / ".local" / "state" / "exhibit", "$HOME/.local/state"};
    return std::nullopt;
}

bool prepare_data_dir(const DataDir& dir, std::string* error) {
    std::error_code ec;
    std::filesystem::create_directories(dir.path, ec);
    if (ec) {
        if (error) *error = "cannot create the data folder " + dir.path.string() + ": " + ec.message();
        return false;
    }
    if (!writable_dir(dir.path)) {
        if (error) *error = "cannot write to the data folder " + dir.path.string();
        return false;
    }
    return true;
}

}  // namespace platform
