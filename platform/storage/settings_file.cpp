#include "storage/settings_file.h"

#include "storage/atomic_file.h"

namespace platform {

std::filesystem::path settings_file(const std::filesystem::path& data_dir) { return data_dir / "settings.conf"; }

LoadedSettings load_settings(const std::filesystem::path& data_dir) {
    LoadedSettings out;
    const std::filesystem::path path = settings_file(data_dir);
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return out;
    std::optional<std::string> text = read_small_file(path, 64 * 1024);
    if (!text) {
        out.problems.push_back(path.string() + ": cannot be read; using the defaults");
        return out;
    }
    app::ParsedSettings parsed = app::parse_settings(*text);
    out.settings = parsed.settings;
    for (const std::string& p : parsed.problems) out.problems.push_back(path.string() + " " + p);
    return out;
}

bool save_settings(const std::filesystem::path& data_dir, const app::MaintenanceSettings& settings,
                   std::string* error) {
    return write_file_atomically(settings_file(data_dir), app::format_settings(settings), 0644, error);
}

app::MaintenanceSettings settings_with_command_line(app::MaintenanceSettings settings, const Options& options) {
    if (options.idle_timeout_s) settings.idle_timeout_s = *options.idle_timeout_s;
    if (options.language)
        for (app::Language l : app::kLanguages)
            if (*options.language == app::language_code(l)) settings.default_language = l;
    if (options.reduced_motion) settings.reduced_motion = true;
    return settings;
}

void apply_settings(app::Exhibit& exhibit, const app::MaintenanceSettings& settings) {
    exhibit.options.idle.timeout_s = settings.idle_timeout_s;
    exhibit.options.default_language = settings.default_language;
    exhibit.options.reduced_motion = settings.reduced_motion;
    if (exhibit.scene == app::Scene::Attract && exhibit.language != settings.default_language) {
        exhibit.language = settings.default_language;
        exhibit.dirty = true;
    }
}

}  // namespace platform
