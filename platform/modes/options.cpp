#include "modes/options.h"

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

// Walks the argument list; one instance per parse so the helpers can share position and error.
struct Parser {
    explicit Parser(const std::vector<std::string>& arguments) : args(arguments) {}

    const std::vector<std::string>& args;
    std::size_t next = 0;
    ParsedOptions result;

    bool fail(const std::string& message) {
        if (result.error.empty()) result.error = message;
        return false;
    }

    // The value of an option that requires one: from "--opt=VALUE" or the following argument.
    bool take_value(const std::string& name, const std::optional<std::string>& inline_value, std::string& out) {
        if (inline_value) {
            out = *inline_value;
        } else if (next < args.size()) {
            out = args[next++];
        } else {
            return fail(name + " needs a value");
        }
        if (out.empty()) return fail(name + " needs a value");
        return true;
    }

    template <class T>
    bool once(const std::optional<T>& slot, const std::string& name) {
        return slot ? fail(name + " given twice") : true;
    }

    bool option(const std::string& arg) {
        std::string name = arg;
        std::optional<std::string> inline_value;
        if (auto eq = arg.find('='); eq != std::string::npos) {
            name = arg.substr(0, eq);
            inline_value = arg.substr(eq + 1);
        }
        Options& o = result.options;
        std::string value;

        if (name == "--help" || name == "-h") {
            if (inline_value) return fail(name + " takes no value");
            o.help = true;
            return true;
        }
        if (name == "--kiosk" || name == "--windowed") {
            if (inline_value) return fail(name + " takes no value");
            bool kiosk = name == "--kiosk";
            if (seen_mode && o.kiosk != kiosk) return fail("choose one of --kiosk and --windowed");
            seen_mode = true;
            o.kiosk = kiosk;
            return true;
        }
        if (name == "--size") {
            if (!once(o.size, name) || !take_value(name, inline_value, value)) return false;
            o.size = parse_pixel_size(value);
            return o.size ? true : fail("--size wants WIDTHxHEIGHT in pixels, e.g. 1920x1080 (got '" + value + "')");
        }
        if (name == "--assets") {
            if (!once(o.assets_dir, name) || !take_value(name, inline_value, value)) return false;
            o.assets_dir = value;
            return true;
        }
        if (name == "--dpi") {
            if (!once(o.dpi, name) || !take_value(name, inline_value, value)) return false;
            o.dpi = parse_dpi(value);
            return o.dpi ? true : fail("--dpi wants a number between 10 and 2000 (got '" + value + "')");
        }
        if (name == "--screenshot") {
            if (!once(o.screenshot, name) || !take_value(name, inline_value, value)) return false;
            o.screenshot = value;
            return true;
        }
        if (name == "--render-all") {
            if (!once(o.render_all, name) || !take_value(name, inline_value, value)) return false;
            o.render_all = value;
            return true;
        }
        if (name == "--check") {
            if (o.check) return fail("--check given twice");
            o.check = true;
            // DIR is optional: take the next argument only when it is not another option.
            if (inline_value) {
                if (inline_value->empty()) return fail("--check= needs a folder");
                o.check_dir = inline_value;
            } else if (next < args.size() && args[next].rfind('-', 0) != 0) {
                o.check_dir = args[next++];
            }
            return true;
        }
        if (name == "--renderer") {
            if (seen_renderer) return fail("--renderer given twice");
            seen_renderer = true;
            if (!take_value(name, inline_value, value)) return false;
            auto choice = parse_renderer(value);
            if (!choice) return fail("--renderer wants software, opengles2 or auto (got '" + value + "')");
            o.renderer = *choice;
            return true;
        }
        if (name == "--view") {
            if (!once(o.view, name) || !take_value(name, inline_value, value)) return false;
            if (value != "attract" && value != "telegram" && value != "map" && value != "timeline")
                return fail("--view wants attract, telegram, map or timeline (got '" + value + "')");
            o.view = value;
            return true;
        }
        if (name == "--language") {
            if (!once(o.language, name) || !take_value(name, inline_value, value)) return false;
            if (value != "en" && value != "ru" && value != "pt") return fail("--language wants en, ru or pt (got '" + value + "')");
            o.language = value;
            return true;
        }
        if (name == "--idle-timeout") {
            if (!once(o.idle_timeout_s, name) || !take_value(name, inline_value, value)) return false;
            int seconds = 0;
            if (!parse_int(value, seconds) || seconds < 5 || seconds > 86400)
                return fail("--idle-timeout wants whole seconds from 5 to 86400 (got '" + value + "')");
            o.idle_timeout_s = seconds;
            return true;
        }
        if (name == "--record") {
            if (!once(o.record, name) || !take_value(name, inline_value, value)) return false;
            o.record = value;
            return true;
        }
        if (name == "--replay") {
            if (!once(o.replay, name) || !take_value(name, inline_value, value)) return false;
            o.replay = value;
            return true;
        }
        if (name == "--data-dir") {
            if (!once(o.data_dir, name) || !take_value(name, inline_value, value)) return false;
            o.data_dir = value;
            return true;
        }
        if (name == "--set-pin") {
            if (inline_value) return fail(name + " takes no value (the PIN is read from standard input)");
            if (o.set_pin) return fail("--set-pin given twice");
            o.set_pin = true;
            return true;
        }
        if (name == "--reduced-motion") {
            if (inline_value) return fail(name + " takes no value");
            if (o.reduced_motion) return fail("--reduced-motion given twice");
            o.reduced_motion = true;
            return true;
        }
        if (name == "--easy-reading") {
            if (inline_value) return fail(name + " takes no value");
            if (o.easy_reading) return fail("--easy-reading given twice");
            o.easy_reading = true;
            return true;
        }
        if (name == "--bench") {
            if (inline_value) return fail(name + " takes no value");
            if (o.bench) return fail("--bench given twice");
            o.bench = true;
            return true;
        }
        if (name == "--export-stats") {
            if (!once(o.export_stats, name) || !take_value(name, inline_value, value)) return false;
            o.export_stats = value;
            return true;
        }
        return fail("unknown option '" + arg + "'");
    }

    bool seen_mode = false;
    bool seen_renderer = false;
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
        bool ok = arg.rfind("-", 0) == 0 ? parser.option(arg)
                                         : parser.fail("unexpected argument '" + arg + "'");
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
    std::ostringstream out;
    out << "Usage: " << program_name << " [OPTION]...\n"
        << "Shows the museum exhibit; by default in a window.\n\n"
        << "  --help               show this help and exit\n"
        << "  --kiosk              full screen on the whole display, cursor hidden, no way out but the OS\n"
        << "  --windowed           a resizable window (default); Escape quits, F12 shows the developer overlay\n"
        << "  --size WxH           window size, or the --screenshot size, in pixels (default "
        << kDefaultWindowSize.width << 'x' << kDefaultWindowSize.height << ")\n"
        << "  --assets DIR         content folder (default: $EXHIBIT_ASSETS, the installed one, or the source tree's)\n"
        << "  --dpi N              pixels per inch of the display, overriding what it reports (screenshot: "
        << kDefaultDpi << ")\n"
        << "  --screenshot OUT.png render one settled frame without any display, write it as PNG and exit\n"
        << "  --render-all DIR     proof sheets: every screen and state in every language as PNGs, plus DIR/index.html\n"
        << "                       (at 1920x1080, 800x480 and 1080x1920, or only at --size)\n"
        << "  --check [DIR]        validate the content (of DIR, or the assets folder), list every problem, exit 1 on errors\n"
        << "  --renderer R         software, opengles2 or auto (default: auto, accelerated with software fallback)\n"
        << "  --view V             start on attract (the default), telegram, map or timeline; screenshots start on telegram\n"
        << "  --language L         the language a visitor starts in: en (default), ru or pt\n"
        << "  --reduced-motion     nothing glides, types or draws itself (also a kiosk setting in the maintenance overlay)\n"
        << "  --easy-reading       start the first visit with larger text and high contrast (for proofs and\n"
        << "                       screenshots; visitors switch it with the navigation bar, and each new one starts without)\n"
        << "  --idle-timeout S     seconds without a touch before \"Still there?\" (default 60; then 20 s to answer)\n"
        << "  --record FILE        write every touch, click and key with its time to FILE (text, one event a line)\n"
        << "  --replay FILE        play FILE back with time stepped exactly; with --screenshot, the picture is\n"
        << "                       taken when the replay ends (replays start on attract unless --view says otherwise)\n"
        << "  --data-dir DIR       where visitor statistics, kiosk settings and the PIN hash are kept (default:\n"
        << "                       $STATE_DIRECTORY, /var/lib/exhibit/data if writable, else $XDG_STATE_HOME/exhibit);\n"
        << "                       with --replay and --screenshot or --export-stats, the replay's visits are counted\n"
        << "  --set-pin            read a new maintenance PIN (4-12 digits) twice from standard input, store its hash\n"
        << "  --export-stats FILE  write the visitor statistics as CSV to FILE ('-': standard output) and exit\n"
        << "  --bench              time a scripted tour through the window's own loop (--size default 1920x1080;\n"
        << "                       SDL_VIDEODRIVER=offscreen where there is no display) and print JSON: first\n"
        << "                       frame, frame times, CPU, memory\n"
        << "\nExit status: 0 ok, 1 content errors or no display, 2 bad command line.\n";
    return out.str();
}

}  // namespace platform
