// The exhibit's command line, parsed into plain values. Parsing only reports; main decides what to do.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace platform {

enum class RendererChoice { Auto, Software, OpenGles2 };

struct PixelSize {
    int width = 0;
    int height = 0;
};

constexpr PixelSize kDefaultWindowSize{1280, 720};
constexpr float kDefaultDpi = 96.0f;  // what screenshots assume, and what a display that reports nothing gets

struct Options {
    bool help = false;
    bool kiosk = false;                     // full screen, cursor hidden, Escape and window close ignored
    std::optional<PixelSize> size;          // window size, or the screenshot size
    std::optional<std::string> assets_dir;  // --assets DIR
    std::optional<float> dpi;               // overrides what the display reports
    std::optional<std::string> screenshot;  // --screenshot OUT.png: one settled frame, no display
    std::optional<std::string> render_all;  // --render-all OUT_DIR: proof sheets of every screen and state
    bool check = false;                     // --check [DIR]: validate content and exit
    std::optional<std::string> check_dir;
    RendererChoice renderer = RendererChoice::Auto;
    std::optional<std::string> view;          // --view attract|telegram: where the exhibit starts
    std::optional<std::string> language;      // --language en|ru|pt: the default language
    std::optional<double> idle_timeout_s;     // --idle-timeout S: "Still there?" after S seconds without a touch
    std::optional<std::string> record;        // --record FILE: write all input with its timing
    std::optional<std::string> replay;        // --replay FILE: play input back with deterministic time
    std::optional<std::string> data_dir;      // --data-dir DIR: statistics, settings, PIN (platform/storage/data_dir.h)
    bool set_pin = false;                     // --set-pin: read a new maintenance PIN from stdin and exit
    std::optional<std::string> export_stats;  // --export-stats FILE.csv: write the visitor statistics and exit
    bool reduced_motion = false;              // --reduced-motion: nothing moves by itself
    bool easy_reading = false;                // --easy-reading: the first visit starts with larger text, high contrast
    bool bench = false;                       // --bench: a scripted tour headless, timed; JSON on stdout (bench.h)
};

struct ParsedOptions {
    Options options;
    std::string error;  // empty when the command line was fine
};

// `args` are the arguments after the program name. Accepts "--opt VALUE" and "--opt=VALUE".
ParsedOptions parse_options(const std::vector<std::string>& args);

// The --help text: every option with one line each.
std::string options_help(const std::string& program_name);

// "1920x1080" -> {1920, 1080}; nothing if malformed or outside 1..16384.
std::optional<PixelSize> parse_pixel_size(const std::string& text);

}  // namespace platform
