#include "options/exhibit_options.h"

#include <fstream>
#include <iostream>
#include <sstream>

namespace platform {

app::ExhibitOptions exhibit_options(const Options& options, bool for_screenshot) {
    app::ExhibitOptions out;
    if (options.view) {
        const std::string& view = *options.view;
        out.start = view == "telegram"   ? app::Scene::Telegram
                    : view == "map"      ? app::Scene::Map
                    : view == "timeline" ? app::Scene::Timeline
                                         : app::Scene::Attract;
    } else if (for_screenshot && !options.replay) {
        out.start = app::Scene::Telegram;
    }
    if (options.language) {
        for (app::Language language : app::kLanguages)
            if (*options.language == app::language_code(language)) out.default_language = language;
    }
    if (options.idle_timeout_s) out.idle.timeout_s = *options.idle_timeout_s;
    out.easy_reading = options.easy_reading;
    out.reduced_motion = options.reduced_motion;
    return out;
}

std::optional<std::vector<app::ReplayEvent>> load_replay(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::cerr << "exhibit: cannot read the replay file " << path << "\n";
        return std::nullopt;
    }
    std::stringstream text;
    text << in.rdbuf();
    std::vector<app::Problem> problems;
    std::vector<app::ReplayEvent> events = app::parse_replay(text.str(), path, problems);
    for (const app::Problem& p : problems) std::cerr << app::format_problem(p) << "\n";
    if (!problems.empty()) return std::nullopt;
    return events;
}

}  // namespace platform
