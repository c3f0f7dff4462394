// The content's font files, opened with SDL_ttf once per role on first use and set to each size as it is asked for.
// Measuring (for app/) and drawing (text textures) share these fonts, so both see the same shaping.
#pragma once
#include <array>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "content/content.h"
#include "content/load_content.h"
#include "render/sdl_handles.h"
#include "text_measure.h"

namespace platform {

struct FontKey {
    app::FontRole role = app::FontRole::Sans;
    int size_px = 0;
    bool operator==(const FontKey& o) const { return role == o.role && size_px == o.size_px; }
};

struct FontKeyHash {
    std::size_t operator()(const FontKey& k) const {
        return std::hash<int>()(static_cast<int>(k.role) * 100003 + k.size_px);
    }
};

// An open font and the file bytes FreeType reads from for as long as the font lives.
struct OpenFont {
    std::shared_ptr<const std::string> bytes;  // declared first: destroyed after the font
    FontPtr font;
    int size_px = 0;  // the size the font is set to now
};

// One open font per role, set to the size asked for on each use (TTF_SetFontSize). A font per (role, size), as
// before, cost about 150 KiB each: FreeType's face, SDL_ttf's glyph cache and HarfBuzz's own copies of the
// font's layout tables, for each of the about 41 sizes the three views use (5.9 of a 10 MiB peak heap). A size change
// empties the role's glyph cache, so glyphs are loaded again where sizes alternate; drawn text is cached as textures.
struct OpenFonts {
    std::array<OpenFont, app::kFontRoleCount> by_role;
    std::size_t size() const;  // how many roles have a font open
};

constexpr int kMaxFontSizePx = 1000;

// Needs SDL_ttf initialised (TtfLibrary) for as long as fonts are open.
struct Fonts {
    app::FontFiles files;  // per role, relative to the assets folder
    app::ReadFile read_file;
    app::FontBytes bytes;  // per role: as the content's loading read them, or read here on first use
    std::array<bool, app::kFontRoleCount> broken{};  // could not be read or opened; reported once
    OpenFonts open;
};

// `bytes`: the files as loading the content read them (Content::font_bytes); a role without is read on first use.
std::shared_ptr<Fonts> make_fonts(app::FontFiles files, app::ReadFile read_file, app::FontBytes bytes = {});

// The font for `role` at `size_px` pixels per em (clamped to 1..kMaxFontSizePx), or nullptr when the role's
// file cannot be read or opened (reported once on stderr; callers draw nothing and measure a fallback).
// The font is the role's one font, set to that size: use it before asking for the same role at another size.
TTF_Font* font_for(Fonts& fonts, app::FontRole role, int size_px);

// ISO 15924 tag HarfBuzz should shape `text` with: "Cyrl", "Grek" or "Latn", from its first letter of those
// scripts. Telling HarfBuzz the script lets it use the font's script-specific features.
const char* script_for_text(std::string_view text);

// `text` with each character `font` has no glyph for replaced by its plain typewriter equivalent, where there
// is one: ’ ‘ → ', “ ” « » → ", — – → -, … → ..., № → No., º → o. A 1930s typewriter had none of those keys, so the typed
// telegram keeps its printed text in the content while the face shows what the machine could strike.
// Characters without an equivalent are left for the missing-glyph test to catch.
std::string printable_text(TTF_Font* font, std::string_view text);

// Sets `font`'s shaping script for `text`. Call before every TTF_Size/TTF_Render on a shared font.
void prepare_shaping(TTF_Font* font, std::string_view text);

}  // namespace platform
