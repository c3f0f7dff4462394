// The exhibit on a renderer: SDL_ttf, the content's fonts, the display-list renderer that draws with them, and the
// app::Exhibit laid out for a screen. Every run mode starts the same way, with open_stage then stage_content: the
// window and --bench (window_loop), --screenshot and --render-all (screenshot), replays recorded into the
// statistics (maintenance_commands), and the resting screen (open_stage only: it has no content to lay out).
// Content changes in one way too, reload_stage: from the overlay's Reload button and from the desktop's live preview.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "content/load_content.h"
#include "exhibit.h"
#include "render/render_display_list.h"
#include "render/sdl_handles.h"

namespace platform {

// Members are destroyed in reverse order: the exhibit and the drawer's textures and fonts before SDL_ttf.
struct Stage {
    TtfLibrary ttf;
    DisplayListRenderer drawer;  // drawer.fonts: the fonts in use, shared with measure and exhibit.measure
    app::TextMeasure measure;
    app::Exhibit exhibit;  // empty until stage_content
};

// Starts SDL_ttf and opens `fonts` for drawing on `renderer` (null: measuring only, as a replay does), from
// `font_bytes` where loading the content read them. False, with the reason in *error, when SDL_ttf cannot start.
bool open_stage(Stage& stage, SDL_Renderer* renderer, const app::FontFiles& fonts, const app::FontBytes& font_bytes,
                const app::ReadFile& read_file, std::string* error);

// Lays the content out for `screen` as a fresh exhibit (a new visitor).
void stage_content(Stage& stage, std::shared_ptr<const app::Content> content, const app::Screen& screen,
                   const app::ExhibitOptions& options);

struct ContentReload {
    bool replaced = false;
    std::vector<app::Problem> problems;  // all of them, warnings too
};

// Loads the content again. Good content replaces the old, fonts and all, on the same screen (the visitor's place is
// kept where the exhibit can keep it); content with errors changes nothing and its problems are returned.
ContentReload reload_stage(Stage& stage, const app::ReadFile& read_file);

}  // namespace platform
