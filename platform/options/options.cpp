#include "options/options.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <sstream>

namespace platform {
namespace {

constexpr int kMaxPixels = 16384;  // larger than any texture a renderer here can hold

bool parse_int(const std::string& text, int& out) {
    if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos) return false;
    if (text.size() > 6) return false;
    out = std::atoi(text.c_str());
    return true;
}

std::optional<float> parse_dpi(const std::string& text) {
    if (text.empty()) return std::nullopt;
    errno = 0;
    char* end = nullptr;
    float value = std::strtof(text.c_str(), &end);
    if (errno != 0 || end != text.c_str() + text.size()) return std::nullopt;
    if (!(value >= 10.0f && value <= 2000.0f)) return std::nullopt;  // also rejects NaN
    return value;
}

std::optional<RendererChoice> parse_renderer(const std::string& text) {
    if (text == "auto") return RendererChoice::Auto;
    if (text == "software") return RendererChoice::Software;
    if (text == "opengles2") return RendererChoice::OpenGles2;
    return std::nullopt;
}

std::optional<std::string> store_text(std::optional<std::string>& slot, const std::string& value) {
    slot = value;
    return std::nullopt;
}

std::optional<std::string> store_flag(bool& slot) {
    slot = true;
    return std::nullopt;
}

// What an option takes after its name.
enum class Takes { Nothing, Value, OptionalFolder };

// One option: how it is written, what it takes, its --help lines, and where its value goes. The parser, the
// "given twice" check and --help all read this one table.
struct OptionRule {
    std::string name;
    Takes takes = Takes::Nothing;
    std::string usage;  // the left column of --help, e.g. "--size WxH"
    std::string help;   // the right column; "\n" starts a continuation line
    // Stores the value (empty for Takes::Nothing, possibly empty for OptionalFolder); returns an error message.
    std::optional<std::string> (*apply)(Options& o, const std::string& value);
    std::string alias = {};          // e.g. "-h"
    std::string excludes = {};       // another option this one cannot go with ("choose one of")
    bool repeatable = false;         // giving it twice is not an error
    std::string no_value_note = {};  // added to "takes no value"
};

const std::vector<OptionRule>& option_rules() {
    static const std::vector<OptionRule> rules = {
        {"--help", Takes::Nothing, "--help", "show this help and exit",
         [](Options& o, const std::string&) { return store_flag(o.help); }, "-h"},
        {"--kiosk", Takes::Nothing, "--kiosk", "full screen on the whole display, cursor hidden, no way out but the OS",
         [](Options& o, const std::string&) { return store_flag(o.kiosk); }, "", "--windowed", true},
        {"--windowed", Takes::Nothing, "--windowed",
         "a resizable window (default); Escape quits, F12 shows the developer overlay",
         [](Options& o, const std::string&) -> std::optional<std::string> {
             o.kiosk = false;
             return std::nullopt;
         },
         "", "--kiosk", true},
        {"--size", Takes::Value, "--size WxH",
         "window size, or the --screenshot size, in pixels (default " + std::to_string(kDefaultWindowSize.width) + 'x' +
             std::to_string(kDefaultWindowSize.height) + ")",
         [](Options& o, const std::string& value) -> std::optional<std::string> {
             o.size = parse_pixel_size(value);
             if (o.size) return std::nullopt;
             return "--size wants WIDTHxHEIGHT in pixels, e.g. 1920x1080 (got '" + value + "')";
         }},
        {"--assets", Takes::Value, "--assets DIR",
         "content folder (default: $EXHIBIT_ASSETS, the installed one, or the source tree's)",
         [](Options& o, const std::string& value) { return store_text(o.assets_dir, value); }},
        {"--dpi", Takes::Value, "--dpi N",
         "pixels per inch of the display, overriding what it reports (screenshot: " +
             std::to_string(static_cast<int>(kDefaultDpi)) + ")",
         [](Options& o, const std::string& value) -> std::optional<std::string> {
             o.dpi = parse_dpi(value);
             if (o.dpi) return std::nullopt;
             return "--dpi wants a number between 10 and 2000 (got '" + value + "')";
         }},
        {"--screenshot", Takes::Value, "--screenshot OUT.png",
         "render one settled frame without any display, write it as PNG and exit",
         [](Options& o, const std::string& value) { return store_text(o.screenshot, value); }},
        {"--render-all", Takes::Value, "--render-all DIR",
         "proof sheets: every screen and state in every language as PNGs, plus DIR/index.html\n"
         "(at 1920x1080, 800x480 and 1080x1920, or only at --size)",
         [](Options& o, const std::string& value) { return store_text(o.render_all, value); }},
        {"--check", Takes::OptionalFolder, "--check [DIR]",
         "validate the content (of DIR, or the assets folder), list every problem, exit 1 on errors",
         [](Options& o, const std::string& value) -> std::optional<std::string> {
             o.check = true;
             if (!value.empty()) o.check_dir = value;
             return std::nullopt;
         }},
        {"--renderer", Takes::Value, "--renderer R",
         "software, opengles2 or auto (default: auto, accelerated with software fallback)",
         [](Options& o, const std::string& value) -> std::optional<std::string> {
             const std::optional<RendererChoice> choice = parse_renderer(value);
             if (!choice) return "--renderer wants software, opengles2 or auto (got '" + value + "')";
             o.renderer = *choice;
             return std::nullopt;
         }},
        {"--view", Takes::Value, "--view V",
         "start on attract (the default), telegram, map or timeline; screenshots start on telegram",
         [](Options& o, const std::string& value) -> std::optional<std::string> {
             if (value != "attract" && value != "telegram" && value != "map" && value != "timeline")
                 return "--view wants attract, telegram, map or timeline (got '" + value + "')";
             return store_text(o.view, value);
         }},
        {"--language", Takes::Value, "--language L", "the language a visitor starts in: en (default), ru or pt",
         [](Options& o, const std::string& value) -> std::optional<std::string> {
             if (value != "en" && value != "ru" && value != "pt")
                 return "--language wants en, ru or pt (got '" + value + "')";
             return store_text(o.language, value);
         }},
        {"--reduced-motion", Takes::Nothing, "--reduced-motion",
         "nothing glides, types or draws itself (also a kiosk setting in the maintenance overlay)",
         [](Options& o, const std::string&) { return store_flag(o.reduced_motion); }},
        {"--easy-reading", Takes::Nothing, "--easy-reading",
         "start the first visit with larger text and high contrast (for proofs and\n"
         "screenshots; visitors switch it with the navigation bar, and each new one starts without)",
         [](Options& o, const std::string&) { return store_flag(o.easy_reading); }},
        {"--idle-timeout", Takes::Value, "--idle-timeout S",
         "seconds without a touch before \"Still there?\" (default 60; then 20 s to answer)",
         [](Options& o, const std::string& value) -> std::optional<std::string> {
             int seconds = 0;
             if (!parse_int(value, seconds) || seconds < 5 || seconds > 86400)
                 return "--idle-timeout wants whole seconds from 5 to 86400 (got '" + value + "')";
             o.idle_timeout_s = seconds;
             return std::nullopt;
         }},
        {"--record", Takes::Value, "--record FILE",
         "write every touch, click and key with its time to FILE (text, one event a line)",
         [](Options& o, const std::string& value) { return store_text(o.record, value); }},
        {"--replay", Takes::Value, "--replay FILE",
         "play FILE back with time stepped exactly; with --screenshot, the picture is\n"
         "taken when the replay ends (replays start on attract unless --view says otherwise)",
         [](Options& o, const std::string& value) { return store_text(o.replay, value); }},
        {"--data-dir", Takes::Value, "--data-dir DIR",
         "where visitor statistics, kiosk settings and the PIN hash are kept (default:\n"
         "$STATE_DIRECTORY, /var/lib/exhibit/data if writable, else $XDG_STATE_HOME/exhibit);\n"
         "with --replay and --screenshot or --export-stats, the replay's visits are counted",
         [](Options& o, const std::string& value) { return store_text(o.data_dir, value); }},
        {"--set-pin", Takes::Nothing, "--set-pin",
         "read a new maintenance PIN (4-12 digits) twice from standard input, store its hash",
         [](Options& o, const std::string&) { return store_flag(o.set_pin); }, "", "", false,
         " (the PIN is read from standard input)"},
        {"--export-stats", Takes::Value, "--export-stats FILE",
         "write the visitor statistics as CSV to FILE ('-': standard output) and exit",
         [](Options& o, const std::string& value) { return store_text(o.export_stats, value); }},
        {"--bench", Takes::Nothing, "--bench",
         "time a scripted tour through the window's own loop (--size default 1920x1080;\n"
         "SDL_VIDEODRIVER=offscreen where there is no display) and print JSON: first\n"
         "frame, frame times, CPU, memory",
         [](Options& o, const std::string&) { return store_flag(o.bench); }},
    };
    return rules;
}

const OptionRule* find_rule(const std::string& name) {
    for (const OptionRule& rule : option_rules())
        if (rule.name == name || (!rule.alias.empty() && rule.alias == name)) return &rule;
    return nullptr;
}

// Walks the argument list, one option at a time, by the table.
struct Parser {
    explicit Parser(const std::vector<std::string>& arguments) : args(arguments) {}

    const std::vector<std::string>& args;
    std::size_t next = 0;
    ParsedOptions result;
    std::vector<std::string> seen;  // the rules' names given so far

    bool fail(const std::string& message) {
        if (result.error.empty()) result.error = message;
        return false;
    }

    bool was_seen(const std::string& name) const { return std::find(seen.begin(), seen.end(), name) != seen.end(); }

    // The value the rule takes: from "--opt=VALUE" or the following argument (an optional folder only when the
    // next argument is not another option).
    bool take_value(const OptionRule& rule, const std::string& written, const std::optional<std::string>& inline_value,
                    std::string& out) {
        switch (rule.takes) {
            case Takes::Nothing:
                if (inline_value) return fail(written + " takes no value" + rule.no_value_note);
                return true;
            case Takes::OptionalFolder:
                if (inline_value) {
                    out = *inline_value;
                    if (out.empty()) return fail(written + "= needs a folder");
                } else if (next < args.size() && args[next].rfind('-', 0) != 0) {
                    out = args[next++];
                }
                return true;
            case Takes::Value:
                if (inline_value) out = *inline_value;
                else if (next < args.size()) out = args[next++];
                if (out.empty()) return fail(written + " needs a value");
                return true;
        }
        return true;
    }

    bool option(const std::string& arg) {
        std::string written = arg;
        std::optional<std::string> inline_value;
        if (auto eq = arg.find('='); eq != std::string::npos) {
            written = arg.substr(0, eq);
            inline_value = arg.substr(eq + 1);
        }
        const OptionRule* rule = find_rule(written);
        if (!rule) return fail("unknown option '" + arg + "'");
        if (!rule->excludes.empty() && was_seen(rule->excludes)) {  // named in the table's order
            const bool excluded_first = find_rule(rule->excludes) < rule;
            return fail("choose one of " + (excluded_first ? rule->excludes + " and " + rule->name
                                                           : rule->name + " and " + rule->excludes));
        }
        if (!rule->repeatable && was_seen(rule->name)) return fail(rule->name + " given twice");
        std::string value;
        if (!take_value(*rule, written, inline_value, value)) return false;
        seen.push_back(rule->name);
        if (std::optional<std::string> error = rule->apply(result.options, value)) return fail(*error);
        return true;
    }
};

}  // namespace

std::optional<PixelSize> parse_pixel_size(const std::string& text) {
    auto x = text.find_first_of("xX");
    if (x == std::string::npos) return std::nullopt;
    PixelSize size;
    if (!parse_int(text.substr(0, x), size.width) || !parse_int(text.substr(x + 1), size.height)) {
        return std::nullopt;
    }
    if (size.width < 1 || size.height < 1 || size.width > kMaxPixels || size.height > kMaxPixels) {
        return std::nullopt;
    }
    return size;
}

ParsedOptions parse_options(const std::vector<std::string>& args) {
    Parser parser(args);
    while (parser.next < args.size()) {
        const std::string& arg = args[parser.next++];
        bool ok = arg.rfind("-", 0) == 0 ? parser.option(arg) : parser.fail("unexpected argument '" + arg + "'");
        if (!ok) break;
    }
    const Options& o = parser.result.options;
    if (parser.result.error.empty() && o.render_all && (o.check || o.screenshot || o.replay || o.record)) {
        parser.fail("--render-all goes alone (with --size, --dpi, --assets at most)");
    }
    if (parser.result.error.empty() && o.check && o.screenshot) {
        parser.fail("choose one of --check and --screenshot");
    }
    if (parser.result.error.empty() && o.set_pin &&
        (o.check || o.screenshot || o.render_all || o.replay || o.record || o.export_stats || o.kiosk)) {
        parser.fail("--set-pin goes alone (with --data-dir at most)");
    }
    if (parser.result.error.empty() && o.export_stats && (o.check || o.screenshot || o.render_all || o.record)) {
        parser.fail("--export-stats goes with --data-dir, and with --replay to count a replay's visits first");
    }
    if (parser.result.error.empty() && o.export_stats && o.replay && !o.data_dir) {
        parser.fail("--replay with --export-stats needs --data-dir, so that a replay never mixes with real visitors");
    }
    if (parser.result.error.empty() && o.bench &&
        (o.check || o.screenshot || o.render_all || o.replay || o.record || o.set_pin || o.export_stats || o.kiosk)) {
        parser.fail("--bench goes with --size, --renderer, --dpi and --assets only");
    }
    if (parser.result.error.empty() && o.record && (o.replay || o.screenshot)) {
        parser.fail("--record records a visitor at the window; it cannot go with --replay or --screenshot");
    }
    return parser.result;
}

std::string options_help(const std::string& program_name) {
    constexpr std::size_t kUsageColumn = 23;  // where the help text starts on each line
    std::ostringstream out;
    out << "Usage: " << program_name << " [OPTION]...\n"
        << "Shows the museum exhibit; by default in a window.\n\n";
    for (const OptionRule& rule : option_rules()) {
        std::string usage = "  " + rule.usage;
        usage.resize(std::max(usage.size() + 1, kUsageColumn), ' ');
        out << usage;
        std::istringstream lines(rule.help);
        std::string line;
        for (bool first = true; std::getline(lines, line); first = false)
            out << (first ? "" : std::string(kUsageColumn, ' ')) << line << "\n";
    }
    out << "\nExit status: 0 ok, 1 content errors or no display, 2 bad command line.\n";
    return out.str();
}

}  // namespace platform
