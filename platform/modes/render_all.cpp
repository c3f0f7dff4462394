#include "modes/render_all.h"

#include <filesystem>
#include <fstream>
#include <functional>

#include "exhibit.h"
#include "modes/screenshot.h"

namespace platform {
namespace {

struct State {
    std::string name;
    std::string title;
    app::Scene start;
    std::function<void(app::Exhibit&)> prepare;
};

// A card's state, and when the card has a picture, the same with the picture full screen after it.
void add_card(std::vector<State>& states, State card, const app::Picture& picture) {
    states.push_back(card);
    if (!picture.present()) return;
    states.push_back({card.name + "-picture", card.title + " (picture full screen)", card.start,
                      [open = card.prepare, picture](app::Exhibit& e) {
                          open(e);
                          app::settle(e);
                          app::show_picture(e, picture);
                      }});
}

// Every state worth proof-reading, for one language.
std::vector<State> states_of(const app::Content& content, app::Language language) {
    std::vector<State> states;
    states.push_back({"attract", "Attract loop", app::Scene::Attract, nullptr});
    states.push_back({"telegram", "Telegram", app::Scene::Telegram, nullptr});
    if (content.telegram.translation_in(language)) {  // the exhibit's translation, where the language has one
        states.push_back(
            {"telegram-translation", "Telegram: the exhibit's translation", app::Scene::Telegram,
             [](app::Exhibit& e) { app::show_telegram_translation(e.telegram, app::view_context(e), true, e.now); }});
    }
    for (std::size_t i = 0; i < content.annotations.size(); ++i) {
        const app::Annotation& a = content.annotations[i];
        add_card(states,
                 {"card-" + a.id, "Card: " + a.title.in(language), app::Scene::Telegram,
                  [i](app::Exhibit& e) {
                      // Scroll the phrase near the top third, as a visitor reading there would have it.
                      const app::Rect r = e.telegram.phrases[i].front();
                      e.telegram.scroll_y =
                          std::clamp(r.y - e.telegram.viewport.h * 0.3f, 0.0f, app::max_scroll(e.telegram));
                      app::open_card(e.telegram, app::view_context(e), static_cast<int>(i), e.now);
                  }},
                 a.picture);
    }
    states.push_back({"map", "Map", app::Scene::Map, nullptr});
    for (const app::MapStory& story : content.map.stories) {
        add_card(states,
                 {"map-story-" + story.id, "Map story: " + story.title.in(language), app::Scene::Map,
                  [id = story.id](app::Exhibit& e) { app::map_play_story(e.map, app::view_context(e), id, e.now); }},
                 story.picture);
    }
    for (const app::MapPlace& place : content.map.places) {
        add_card(states,
                 {"map-place-" + place.id, "Map place: " + place.name.in(language), app::Scene::Map,
                  [id = place.id](app::Exhibit& e) { app::map_show_place(e.map, app::view_context(e), id, e.now); }},
                 place.picture);
    }
    for (const app::MapCountry& country : content.map.countries) {
        states.push_back(
            {"map-country-" + country.id, "Map country: " + country.name.in(language), app::Scene::Map,
             [id = country.id](app::Exhibit& e) { app::map_show_country(e.map, app::view_context(e), id, e.now); }});
    }
    states.push_back({"timeline", "Timeline", app::Scene::Timeline, nullptr});
    for (const app::TimelineEvent& event : content.timeline.events) {
        add_card(states,
                 {"event-" + event.id, "Event: " + event.title.in(language), app::Scene::Timeline,
                  [id = event.id](app::Exhibit& e) {
                      app::timeline_show_event(e.timeline, app::view_context(e), id, e.now);
                  }},
                 event.picture);
    }
    states.push_back({"countdown", "\"Still there?\" countdown", app::Scene::Telegram, [](app::Exhibit& e) {
                          // Time passes without a touch until the question shows, 5 s into its countdown.
                          const double until = e.options.idle.timeout_s + 5 - (e.now - e.last_activity);
                          for (double t = 0; t < until; t += 0.25) app::advance(e, 0.25);
                      }});
    return states;
}

std::string size_text(const PixelSize& s) { return std::to_string(s.width) + "x" + std::to_string(s.height); }

std::string html_escape(const std::string& text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

bool write_index(const std::string& out_dir, const std::vector<ProofSheet>& sheets) {
    std::ofstream html(std::filesystem::path(out_dir) / "index.html", std::ios::trunc);
    html << "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Exhibit proof sheets</title>\n"
         << "<style>body{font-family:sans-serif;background:#1b1e23;color:#f3eee2;margin:2em}"
         << "h2{border-bottom:1px solid #555;padding-bottom:.3em;margin-top:2em}"
         << "figure{display:inline-block;margin:0 1em 1.5em 0;vertical-align:top}"
         << "img{max-width:420px;max-height:420px;border:1px solid #444;display:block}"
         << "figcaption{font-size:.85em;color:#b4afa4;margin-top:.3em}</style></head><body>\n"
         << "<h1>Proof sheets</h1><p>" << sheets.size() << " pictures. Click one to see it at full size.</p>\n";
    std::string current;
    for (const ProofSheet& s : sheets) {
        if (s.name != current) {
            html << "<h2>" << html_escape(s.title) << "</h2>\n";
            current = s.name;
        }
        html << "<figure><a href=\"" << html_escape(s.file) << "\"><img loading=\"lazy\" src=\"" << html_escape(s.file)
             << "\" alt=\"" << html_escape(s.title) << "\"></a><figcaption>" << s.language << " · " << size_text(s.size)
             << "</figcaption></figure>\n";
    }
    html << "</body></html>\n";
    return static_cast<bool>(html);
}

}  // namespace

std::vector<std::string> proof_sheet_states(const app::Content& content, app::Language language) {
    std::vector<std::string> names;
    for (const State& s : states_of(content, language)) names.push_back(s.name);
    return names;
}

std::vector<PixelSize> default_proof_sizes() { return {{1920, 1080}, {800, 480}, {1080, 1920}}; }

std::vector<ProofSheet> render_all(const std::string& out_dir, std::shared_ptr<const app::Content> content,
                                   const app::ReadFile& read_file, const std::vector<PixelSize>& sizes, float dpi,
                                   std::string* error) {
    std::vector<ProofSheet> sheets;
    std::error_code ec;
    std::filesystem::create_directories(out_dir, ec);
    if (ec) {
        if (error) *error = "cannot create " + out_dir + ": " + ec.message();
        return sheets;
    }
    // Grouped by state, so the contact sheet shows one state in every language and size together.
    std::vector<State> names = states_of(*content, app::Language::English);
    for (std::size_t k = 0; k < names.size(); ++k) {
        for (app::Language language : app::kLanguages) {
            const State state = states_of(*content, language)[k];
            if (state.start == app::Scene::Attract && language != app::Language::English)
                continue;  // it shows all three
            for (const PixelSize& size : sizes) {
                ScreenshotSpec spec;
                spec.width = size.width;
                spec.height = size.height;
                spec.dpi = dpi;
                spec.exhibit = app::starting_on(state.start);
                spec.exhibit.default_language = language;
                spec.prepare = state.prepare;
                const std::string file =
                    state.name + "_" + app::language_code(language) + "_" + size_text(size) + ".png";
                std::string why;
                if (!write_screenshot((std::filesystem::path(out_dir) / file).string(), content, read_file, spec,
                                      &why)) {
                    if (error) *error = file + ": " + why;
                    return sheets;
                }
                sheets.push_back({state.name, names[k].title, file, app::language_code(language), size});
            }
        }
    }
    if (!write_index(out_dir, sheets) && error) *error = "cannot write index.html in " + out_dir;
    return sheets;
}

}  // namespace platform
