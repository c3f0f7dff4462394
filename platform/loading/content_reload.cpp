#include "loading/content_reload.h"

#include "text/fonts.h"
#include "text/text_measure_ttf.h"

namespace platform {

ContentReload reload_content_now(const app::ReadFile& read_file, DisplayListRenderer& drawer, app::Exhibit& exhibit) {
    app::LoadResult fresh = app::load_content(read_file);
    ContentReload out;
    out.problems = std::move(fresh.problems);
    if (!fresh.content || app::has_errors(out.problems)) return out;
    std::shared_ptr<Fonts> fonts = make_fonts(fresh.content->fonts, read_file);
    drawer.fonts = fonts;
    forget_textures(drawer);
    exhibit.measure = make_text_measure(fonts);
    app::replace_content(exhibit, fresh.content);
    out.replaced = true;
    return out;
}

}  // namespace platform
