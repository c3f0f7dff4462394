// exhibit: parses the command line and picks one of three ways to run: validate content (--check), draw one
// frame without a display (--screenshot), or show the exhibit (window or --kiosk).
#include <exception>
#include <filesystem>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include <malloc.h>
#include <unistd.h>

#include "loading/assets_dir.h"
#include "modes/bench.h"
#include "content/load_content.h"
#include "loading/content_checks.h"
#include "loading/content_report.h"
#include "modes/resting_screen.h"
#include "options/exhibit_options.h"
#include "modes/maintenance_commands.h"
#include "options/options.h"
#include "modes/render_all.h"
#include "window/run_window.h"
#include "modes/screenshot.h"

#ifndef EXHIBIT_SOURCE_ASSETS_DIR
#define EXHIBIT_SOURCE_ASSETS_DIR ""
#endif

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;  // content errors, no display, cannot write
constexpr int kExitUsage = 2;

// When the process began, as near as a program can tell: static initialisation runs before main(). --bench
// counts its time to the first frame from here (and from exec, through /proc, for comparison).
const platform::BenchClock::time_point kProcessStarted = platform::BenchClock::now();

// Memory freed while starting is used again rather than given back and faulted in anew. By default glibc maps each
// block over 128 KiB (a recording read to be checked, a line of text drawn) on its own and unmaps it when it is
// freed, and gives back the top of the heap once 128 KiB of it is free: the next such block then costs a page fault
// for every 4 KiB (about 10 µs each on the project's VM; 380 of a screenshot's 2,500). At 1 MiB, blocks up to that
// come from the heap and up to 1 MiB of free heap stays mapped. Frame-sized buffers are still mapped on their own.
void keep_freed_memory_for_reuse() {
    mallopt(M_MMAP_THRESHOLD, 1 << 20);
    mallopt(M_TRIM_THRESHOLD, 1 << 20);
}

// --render-all DIR: every screen and state as PNGs, and an index.html to read them in.
int proof_sheets(const platform::Options& options, const std::shared_ptr<const app::Content>& content,
                 const app::ReadFile& read_file) {
    std::vector<platform::PixelSize> sizes = platform::default_proof_sizes();
    if (options.size) sizes = {*options.size};
    std::string error;
    std::vector<platform::ProofSheet> sheets = platform::render_all(
        *options.render_all, content, read_file, sizes, options.dpi.value_or(platform::kDefaultDpi), &error);
    if (!error.empty()) {
        std::cerr << "exhibit: proof sheets failed: " << error << "\n";
        return kExitFailed;
    }
    std::cout << sheets.size() << " proof sheets in " << *options.render_all << "; open " << *options.render_all
              << "/index.html\n";
    return kExitOk;
}

// --screenshot OUT.png: one settled frame (after the --replay, if one is given), without a display.
int screenshot(const platform::Options& options, const std::shared_ptr<const app::Content>& content,
               const app::ReadFile& read_file) {
    platform::ScreenshotSpec spec;
    platform::PixelSize size = options.size.value_or(platform::kDefaultWindowSize);
    spec.width = size.width;
    spec.height = size.height;
    spec.dpi = options.dpi.value_or(platform::kDefaultDpi);
    spec.exhibit = platform::exhibit_options(options, true);
    if (options.replay) {
        std::optional<std::vector<app::ReplayEvent>> replay = platform::load_replay(*options.replay);
        if (!replay) return kExitFailed;
        spec.replay = std::move(*replay);
    }
    std::string error;
    if (!platform::write_screenshot(*options.screenshot, content, read_file, spec, &error)) {
        std::cerr << "exhibit: screenshot failed: " << error << "\n";
        return kExitFailed;
    }
    return kExitOk;
}

int run(const platform::Options& options) {
    // Maintenance modes that need no content: the PIN, and the statistics as CSV.
    if (options.set_pin) return platform::set_pin_command(options, std::cin, ::isatty(STDIN_FILENO) == 1, std::cerr);
    if (options.export_stats && !options.replay) return platform::export_stats_command(options, std::cout, std::cerr);

    // --check DIR names the folder to check; otherwise the usual search applies.
    platform::AssetsSearch search = platform::assets_search_for_this_process(
        options.check_dir ? options.check_dir : options.assets_dir, EXHIBIT_SOURCE_ASSETS_DIR);
    platform::AssetsDir assets = platform::find_assets_dir(search);
    if (options.check_dir) assets.found_by = "--check";
    std::error_code ec;
    if (!std::filesystem::is_directory(assets.path, ec)) {
        std::cerr << "exhibit: the assets folder " << assets.path << " (from " << assets.found_by
                  << ") does not exist. Give one with --assets DIR or EXHIBIT_ASSETS.\n";
        if (options.kiosk && !options.check) return platform::run_resting_screen(options, assets.path);
        return kExitFailed;
    }

    app::ReadFile read_file = platform::make_read_file(assets.path);
    app::LoadResult loaded = app::load_content(read_file);
    bool errors = !loaded.content || app::has_errors(loaded.problems);
    if (options.check && !errors) {  // the checks that need the fonts: missing glyphs, text that does not fit
        platform::TtfLibrary ttf;
        for (app::Problem& p : platform::check_with_fonts(loaded.content, read_file))
            loaded.problems.push_back(std::move(p));
        errors = app::has_errors(loaded.problems);
    }
    // Clean content stays quiet except under --check, which exists to say so.
    if (options.check || !loaded.problems.empty()) {
        platform::print_problems(loaded.problems, assets.path.string(), options.check, std::cerr);
    }
    if (options.check) return errors ? kExitFailed : kExitOk;
    if (errors) {
        // A kiosk never goes dark: it rests with dignity until good content arrives (deploy/exhibit-kiosk).
        if (options.kiosk && !options.screenshot && !options.render_all && !options.bench && !options.replay)
            return platform::run_resting_screen(options, assets.path);
        std::cerr << "exhibit: nothing to show until the content errors above are fixed\n";
        return kExitFailed;
    }

    if (options.bench) {
        return platform::run_bench({{options, assets, read_file, loaded.problems}, loaded.content, kProcessStarted});
    }

    if (options.render_all) return proof_sheets(options, loaded.content, read_file);

    // A replay without a display, its visits counted into the statistics in --data-dir (how tests check the export).
    if (options.replay && options.data_dir && (options.screenshot || options.export_stats)) {
        if (!platform::record_replay_visits(options, loaded.content, read_file, std::cerr)) return kExitFailed;
        if (options.export_stats) return platform::export_stats_command(options, std::cout, std::cerr);
    }

    if (options.screenshot) return screenshot(options, loaded.content, read_file);
    return platform::run_window({options, assets, read_file, std::move(loaded.problems)}, std::move(loaded.content));
}

}  // namespace

int main(int argc, char** argv) {
    keep_freed_memory_for_reuse();
    std::vector<std::string> args(argv + (argc > 0 ? 1 : 0), argv + argc);
    platform::ParsedOptions parsed = platform::parse_options(args);
    if (!parsed.error.empty()) {
        std::cerr << "exhibit: " << parsed.error << "\nTry 'exhibit --help' for the list of options.\n";
        return kExitUsage;
    }
    if (parsed.options.help) {
        std::cout << platform::options_help("exhibit");
        return kExitOk;
    }
    try {
        return run(parsed.options);
    } catch (const std::exception& e) {
        // Logged for the journal; systemd restarts a kiosk that stops.
        std::cerr << "exhibit: stopped by an unexpected error: " << e.what() << "\n";
        return kExitFailed;
    }
}
