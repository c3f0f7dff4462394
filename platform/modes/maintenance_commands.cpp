#include "modes/maintenance_commands.h"

#include <string>

#include <termios.h>
#include <unistd.h>

#include "storage/data_dir.h"
#include "window/display_screen.h"
#include "options/exhibit_options.h"
#include "overlay/pin.h"
#include "replay/replay_driver.h"
#include "storage/stats_export.h"
#include "loading/stage.h"
#include "storage/visit_recording.h"

namespace platform {
namespace {

constexpr int kOk = 0;
constexpr int kFailed = 1;

// Terminal echo off for as long as this lives (only when standard input is a terminal).
struct NoEcho {
    bool active = false;
    termios saved{};
    explicit NoEcho(bool terminal) {
        if (!terminal || ::tcgetattr(STDIN_FILENO, &saved) != 0) return;
        termios quiet = saved;
        quiet.c_lflag &= static_cast<tcflag_t>(~ECHO);
        active = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    NoEcho(const NoEcho&) = delete;
    NoEcho& operator=(const NoEcho&) = delete;
    ~NoEcho() {
        if (active) ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    }
};

std::optional<DataDir> prepared_data_dir(const Options& options, std::ostream& err) {
    std::optional<DataDir> dir = choose_data_dir(data_dir_search_for_this_process(options.data_dir));
    if (!dir) {
        err << "exhibit: no data folder: give one with --data-dir DIR\n";
        return std::nullopt;
    }
    std::string error;
    if (!prepare_data_dir(*dir, &error)) {
        err << "exhibit: " << error << "\n";
        return std::nullopt;
    }
    return dir;
}

std::optional<std::string> read_line(std::istream& in, bool terminal, std::ostream& out, const char* prompt) {
    if (terminal) out << prompt << std::flush;
    std::string line;
    const bool got = static_cast<bool>(std::getline(in, line));
    if (terminal) out << "\n";  // the Enter was not echoed either
    if (!got) return std::nullopt;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

}  // namespace

int set_pin_command(const Options& options, std::istream& in, bool in_is_terminal, std::ostream& out) {
    std::optional<DataDir> dir = prepared_data_dir(options, out);
    if (!dir) return kFailed;
    std::optional<std::string> first;
    std::optional<std::string> second;
    {
        NoEcho quiet(in_is_terminal);
        first = read_line(in, in_is_terminal, out, "New maintenance PIN (4 to 12 digits): ");
        if (first && valid_pin(*first)) second = read_line(in, in_is_terminal, out, "The same PIN again: ");
    }
    if (!first || !valid_pin(*first)) {
        out << "exhibit: a PIN is 4 to 12 digits (the on-screen keypad has digits only); nothing changed\n";
        return kFailed;
    }
    if (!second || *second != *first) {
        out << "exhibit: the two PINs differ; nothing changed\n";
        return kFailed;
    }
    std::optional<std::string> hash = hash_pin(*first);
    if (!hash) {
        out << "exhibit: could not hash the PIN (out of memory?); nothing changed\n";
        return kFailed;
    }
    std::string error;
    if (!write_pin_hash(dir->path, *hash, &error)) {
        out << "exhibit: " << error << "\n";
        return kFailed;
    }
    out << "exhibit: maintenance PIN set in " << pin_file(dir->path).string() << " (a salted Argon2id hash only)\n";
    return kOk;
}

int export_stats_command(const Options& options, std::ostream& out, std::ostream& err) {
    std::optional<DataDir> dir = choose_data_dir(data_dir_search_for_this_process(options.data_dir));
    const std::filesystem::path db = dir ? dir->path / kStatsFileName : std::filesystem::path();
    std::error_code ec;
    if (!dir || !std::filesystem::exists(db, ec)) {
        err << "exhibit: no visitor statistics at " << (dir ? db.string() : std::string("(no data folder)"))
            << "; give the kiosk's folder with --data-dir DIR\n";
        return kFailed;
    }
    StatsStore store;
    if (!open_stats_store(store, db, &err)) return kFailed;
    const std::string& target = *options.export_stats;
    if (target == "-") {
        out << app::stats_csv(read_totals(store));
        return out ? kOk : kFailed;
    }
    std::string error;
    if (!export_stats_csv(store, target, &error)) {
        err << "exhibit: cannot write " << target << ": " << error << "\n";
        return kFailed;
    }
    return kOk;
}

bool record_replay_visits(const Options& options, std::shared_ptr<const app::Content> content,
                          const app::ReadFile& read_file, std::ostream& err) {
    std::optional<DataDir> dir = prepared_data_dir(options, err);
    if (!dir || !options.replay) return false;
    std::optional<std::vector<app::ReplayEvent>> events = load_replay(*options.replay);
    if (!events) return false;
    VisitRecorder recorder = open_visit_recorder(dir->path, err);
    if (!recorder.open) return false;

    Stage stage;  // text is measured as on screen, so taps land on the same phrases; nothing is drawn
    std::string error;
    if (!open_stage(stage, nullptr, content->fonts, content->font_bytes, read_file, &error)) {
        err << "exhibit: " << error << "\n";
        return false;
    }
    const PixelSize size = options.size.value_or(kDefaultWindowSize);
    stage_content(stage, content, make_screen(size.width, size.height, options.dpi.value_or(kDefaultDpi)),
                  exhibit_options(options, false));
    app::Exhibit& exhibit = stage.exhibit;
    // The replay's script time runs on from the wall clock at the start, so its sessions land on today.
    const double start = unix_now();
    app::ReplayPlayer player{std::move(*events)};
    while (app::step_replay(player, exhibit)) record_pending_visits(recorder, exhibit, start + exhibit.now);
    record_pending_visits(recorder, exhibit, start + exhibit.now);
    return !recorder.store.failure_logged;
}

}  // namespace platform
