#include "overlay/maintenance.h"

#include <algorithm>
#include <cmath>

#include "loading/stage.h"
#include "maintenance/stats_rules.h"
#include "storage/settings_file.h"
#include "storage/stats_export.h"

namespace platform {
namespace {

constexpr double kStatsRefreshS = 10;  // the Visitors tab reads the store this often at most

std::string today(double unix_s) {
    const auto whole = static_cast<std::int64_t>(std::floor(unix_s));
    return app::day_key(whole, local_utc_offset(whole));
}

}  // namespace

Maintenance open_maintenance(const Options& options, const AssetsDir& assets, std::vector<app::Problem> problems,
                             app::Exhibit& exhibit, double now_s, std::ostream& log) {
    Maintenance m;
    m.kiosk = options.kiosk;
    m.started_s = now_s;
    m.assets_dir = assets.path;
    m.content = content_status(assets.path);
    m.content_problems = std::move(problems);
    m.idle_timeout_on_command_line = options.idle_timeout_s.has_value();
    m.language_on_command_line = options.language.has_value();
    m.settings = settings_with_command_line({}, options);

    std::optional<DataDir> dir = choose_data_dir(data_dir_search_for_this_process(options.data_dir));
    std::string error;
    if (!dir) {
        m.stats_message = "No data folder (no --data-dir, no HOME): statistics, settings and the PIN are off.";
        log << "exhibit: " << m.stats_message << "\n";
        return m;
    }
    if (!prepare_data_dir(*dir, &error)) {
        m.stats_message = error + ": statistics, settings and the PIN are off.";
        log << "exhibit: " << m.stats_message << "\n";
        return m;
    }
    m.data_dir = dir;
    log << "exhibit: data folder " << dir->path.string() << " (" << dir->found_by << ")\n";

    LoadedSettings loaded = load_settings(dir->path);
    for (const std::string& p : loaded.problems) log << "exhibit: " << p << "\n";
    if (!loaded.problems.empty()) m.settings_message = loaded.problems.front();
    m.settings = settings_with_command_line(loaded.settings, options);
    apply_settings(exhibit, m.settings);

    m.pin = open_pin_gate(dir->path);
    if (!m.pin.hash && options.kiosk)
        log << "exhibit: no maintenance PIN is set, so the overlay cannot be opened on this kiosk; set one with "
               "'exhibit --set-pin --data-dir "
            << dir->path.string() << "'\n";
    m.visits = open_visit_recorder(dir->path, log);
    m.stats_message = m.visits.open ? "Statistics: " + (dir->path / kStatsFileName).string()
                                    : "Statistics are not being saved (see the log).";
    return m;
}

bool corner_press_seen(Maintenance& m, const app::InputEvent& input, const app::Screen& screen, double now_s) {
    const auto* pointer = std::get_if<app::PointerEvent>(&input);
    return pointer &&
           app::corner_press_input(m.corner, *pointer, now_s, static_cast<float>(screen.width_px), screen.px_per_mm);
}

bool maintenance_frame(Maintenance& m, app::Exhibit& exhibit, double now_s) {
    record_pending_visits(m.visits, exhibit, unix_now());
    return app::corner_press_due(m.corner, now_s);
}

double maintenance_wait_s(const Maintenance& m, double now_s) {
    return app::seconds_until_corner_press(m.corner, now_s);
}

void note_frame_drawn(Maintenance& m, double now_s, float ms) { app::record_frame_time(m.frames, now_s, ms); }

MaintenanceInfo maintenance_info(Maintenance& m, double now_s) {
    sample_process_usage(m.cpu, now_s, process_cpu_seconds(), static_cast<std::uint64_t>(memory_use().rss_kib) * 1024);
    if (m.visits.open && (m.stats_stale || now_s - m.stats_read_at_s > kStatsRefreshS)) {
        m.stats = app::summarize(read_totals(m.visits.store), today(unix_now()));
        m.stats_stale = false;
        m.stats_read_at_s = now_s;
    }
    MaintenanceInfo info;
    info.now_s = now_s;
    info.uptime_s = now_s - m.started_s;
    info.kiosk = m.kiosk;
    info.frame_ms = app::frame_times(m.frames);
    info.percentiles = app::frame_percentiles(m.frames);
    info.frames_per_second = app::frames_in_last_second(m.frames, now_s);
    info.cpu_percent = m.cpu.percent;
    info.rss_bytes = m.cpu.rss_bytes;
    info.content = m.content;
    info.reload_message = m.reload_message;
    info.reload_problems = m.reload_problems;
    info.settings = m.settings;
    info.idle_timeout_on_command_line = m.idle_timeout_on_command_line;
    info.language_on_command_line = m.language_on_command_line;
    info.settings_message = m.settings_message;
    info.stats = m.visits.open ? &m.stats : nullptr;
    info.stats_message = m.stats_message;
    info.data_dir = m.data_dir ? m.data_dir->path.string() : std::string();
    info.pin_set = m.pin.hash.has_value();
    info.pin_wait_s = app::pin_wait_s(m.pin.attempts, unix_now(), m.pin.backoff);
    return info;
}

bool handle_overlay_actions(Maintenance& m, ImguiOverlay& overlay, const OverlayActions& actions, Stage& stage,
                            const app::ReadFile& read_file) {
    if (actions.pin) {
        const PinVerdict verdict = try_pin(m.pin, *actions.pin, unix_now());
        const bool quitting = overlay.pin_purpose == PinPurpose::Quit;
        answer_pin(overlay, verdict, app::pin_wait_s(m.pin.attempts, unix_now(), m.pin.backoff));
        if (verdict == PinVerdict::Right && quitting) return true;
    }
    if (actions.quit) return true;
    if (actions.reload_content) {
        ContentReload reload = reload_stage(stage, read_file);
        m.reload_problems.clear();
        if (reload.replaced) {
            m.content_problems = std::move(reload.problems);
            m.content = content_status(m.assets_dir);
            m.reload_message = "Reloaded: version " + m.content.version + ".";
        } else {
            for (const app::Problem& p : reload.problems)
                if (!p.warning) m.reload_problems.push_back(app::format_problem(p));
            m.reload_message = "Not reloaded: the content has " + std::to_string(m.reload_problems.size()) +
                               " error(s). The exhibit keeps showing the content it had.";
        }
    }
    if (actions.save_settings) {
        std::string error;
        if (!m.data_dir) {
            m.settings_message = "Not saved: there is no data folder. Applied until the exhibit restarts.";
        } else if (!save_settings(m.data_dir->path, *actions.save_settings, &error)) {
            m.settings_message = "Not saved (" + error + "). Applied until the exhibit restarts.";
        } else {
            m.settings_message = "Saved to " + settings_file(m.data_dir->path).string() + " and applied.";
        }
        m.settings = *actions.save_settings;
        apply_settings(stage.exhibit, m.settings);
    }
    if (actions.refresh_stats) m.stats_stale = true;
    if (actions.export_stats) {
        std::string error;
        if (!m.data_dir || !m.visits.open) {
            m.stats_message = "Nothing to export: statistics are not being saved.";
        } else {
            const std::filesystem::path file = overlay_export_path(m.data_dir->path, unix_now());
            std::error_code ec;
            std::filesystem::create_directories(file.parent_path(), ec);
            m.stats_message = export_stats_csv(m.visits.store, file, &error) ? "Exported to " + file.string()
                                                                             : "Export failed: " + error;
        }
    }
    return false;
}

}  // namespace platform
