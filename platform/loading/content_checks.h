// The checks of `exhibit --check` that need the real fonts: every character of every string has a glyph in the
// font that draws it, and every card, button and label fits the smallest supported screens; and, needing no font,
// every card's length (app/curator/card_length).
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "content/content.h"
#include "content/load_content.h"
#include "text/fonts.h"

namespace platform {

// A string the exhibit shows, the role it is set in, the file it comes from and what it is.
struct ShownString {
    app::FontRole role;
    std::string text;
    std::string file;
    std::string what;
};

std::vector<ShownString> shown_strings(const app::Content& content);

std::vector<app::Problem> check_glyphs(const app::Content& content, Fonts& fonts, const app::ReadFile& read_file);

// Glyphs, fit and card lengths together, with the content's own fonts. Needs SDL_ttf initialised.
std::vector<app::Problem> check_with_fonts(const std::shared_ptr<const app::Content>& content, const app::ReadFile& read_file);

}  // namespace platform
