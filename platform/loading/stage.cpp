#include "loading/stage.h"

#include <SDL_ttf.h>

#include "text/fonts.h"
#include "text/text_measure_ttf.h"

namespace platform {
namespace {

void use_fonts(Stage& stage, const app::FontFiles& files, const app::FontBytes& bytes, const app::ReadFile& read_file) {
    stage.drawer.fonts = make_fonts(files, read_file, bytes);
    stage.measure = make_text_measure(stage.drawer.fonts);
}

}  // namespace

bool open_stage(Stage& stage, SDL_Renderer* renderer, const app::FontFiles& fonts, const app::FontBytes& font_bytes,
                const app::ReadFile& read_file, std::string* error) {
    if (!stage.ttf.ok) {
        if (error) *error = std::string("SDL_ttf: ") + TTF_GetError();
        return false;
    }
    stage.drawer.renderer = renderer;
    stage.drawer.read_file = read_file;
    use_fonts(stage, fonts, font_bytes, read_file);
    return true;
}

void stage_content(Stage& stage, std::shared_ptr<const app::Content> content, const app::Screen& screen,
                   const app::ExhibitOptions& options) {
    stage.exhibit = app::make_exhibit(std::move(content), screen, stage.measure, options);
}

ContentReload reload_stage(Stage& stage, const app::ReadFile& read_file) {
    app::LoadResult fresh = app::load_content(read_file);
    ContentReload out;
    out.problems = std::move(fresh.problems);
    if (!fresh.content || app::has_errors(out.problems)) return out;
    use_fonts(stage, fresh.content->fonts, fresh.content->font_bytes, read_file);
    forget_textures(stage.drawer);  // text and pictures of the old content and fonts
    stage.exhibit.measure = stage.measure;
    app::replace_content(stage.exhibit, fresh.content);
    out.replaced = true;
    return out;
}

}  // namespace platform
