#include "settings.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <sstream>

namespace app {
namespace {

std::string trim(const std::string& s) {
    const auto first = s.find_first_not_of(" \t\r");
    if (first == std::string::npos) return {};
    const auto last = s.find_last_not_of(" \t\r");
    return s.substr(first, last - first + 1);
}

bool parse_number(const std::string& text, double& out) {
    if (text.empty()) return false;
    errno = 0;
    char* end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (errno != 0 || end != text.c_str() + text.size() || !std::isfinite(v)) return false;
    out = v;
    return true;
}

}  // namespace

ParsedSettings parse_settings(const std::string& text) {
    ParsedSettings out;
    MaintenanceSettings& s = out.settings;
    std::istringstream in(text);
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        const std::string where = "line " + std::to_string(number) + ": ";
        if (const auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
        line = trim(line);
        if (line.empty()) continue;
        const auto eq = line.find('=');
        if (eq == std::string::npos) {
            out.problems.push_back(where + "expected 'name = value'");
            continue;
        }
        const std::string key = trim(line.substr(0, eq));
        const std::string value = trim(line.substr(eq + 1));
        double number_value = 0;
        if (key == "idle_timeout_s") {
            if (parse_number(value, number_value) && number_value >= kMinIdleTimeoutS &&
                number_value <= kMaxIdleTimeoutS)
                s.idle_timeout_s = number_value;
            else out.problems.push_back(where + "idle_timeout_s wants seconds from 5 to 86400, not '" + value + "'");
        } else if (key == "default_language") {
            bool found = false;
            for (Language l : kLanguages)
                if (value == language_code(l)) {
                    s.default_language = l;
                    found = true;
                }
            if (!found) out.problems.push_back(where + "default_language wants en, ru or pt, not '" + value + "'");
        } else if (key == "reduced_motion") {
            if (value == "true" || value == "false") s.reduced_motion = value == "true";
            else out.problems.push_back(where + "reduced_motion wants true or false, not '" + value + "'");
        } else if (key == "audio_volume_percent") {
            if (parse_number(value, number_value) && number_value >= 0 && number_value <= 100 &&
                number_value == std::floor(number_value))
                s.audio_volume_percent = static_cast<int>(number_value);
            else
                out.problems.push_back(where + "audio_volume_percent wants a whole number from 0 to 100, not '" +
                                       value + "'");
        } else {
            out.problems.push_back(where + "unknown setting '" + key + "' (ignored)");
        }
    }
    return out;
}

std::string format_settings(const MaintenanceSettings& s) {
    std::ostringstream out;
    out << "# Exhibit settings changed on the kiosk (maintenance overlay, Settings). The exhibit rewrites this file;\n"
        << "# command-line options (--idle-timeout, --language) win over it.\n"
        << "\n# Seconds without a touch before \"Still there?\" appears (5 to 86400).\n"
        << "idle_timeout_s = " << s.idle_timeout_s << "\n"
        << "\n# The language of the attract loop and of visitors who do not choose one: en, ru or pt.\n"
        << "default_language = " << language_code(s.default_language) << "\n"
        << "\n# Calmer motion for visitors who need it: true or false.\n"
        << "reduced_motion = " << (s.reduced_motion ? "true" : "false") << "\n"
        << "\n# Loudness of sound, 0 to 100.\n"
        << "audio_volume_percent = " << s.audio_volume_percent << "\n";
    return out.str();
}

bool operator==(const MaintenanceSettings& a, const MaintenanceSettings& b) {
    return a.idle_timeout_s == b.idle_timeout_s && a.default_language == b.default_language &&
           a.reduced_motion == b.reduced_motion && a.audio_volume_percent == b.audio_volume_percent;
}

}  // namespace app
