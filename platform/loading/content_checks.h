// The checks of `exhibit --check` that need the real fonts: every character of every string shown
// (app/curator/shown_strings) has a glyph in the font that draws it, and every card, button and label fits the
// smallest supported screens; and, needing no font, every card's length (app/curator/card_length).
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "content/content.h"
#include "content/load_content.h"
#include "curator/shown_strings.h"
#include "text/fonts.h"

namespace platform {

std::vector<app::Problem> check_glyphs(const app::Content& content, Fonts& fonts, const app::ReadFile& read_file);

// Glyphs, fit and card lengths together, with the content's own fonts. Needs SDL_ttf initialised.
std::vector<app::Problem> check_with_fonts(const std::shared_ptr<const app::Content>& content,
                                           const app::ReadFile& read_file);

}  // namespace platform
