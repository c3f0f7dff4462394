// The content's font files, opened with SDL_ttf per (role, pixel size) on first use and kept in a bounded cache.
// Measuring (for app/) and drawing (text textures) share these fonts, so both see the same shaping.
#pragma once
#include <array>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "content/content.h"
#include "content/load_content.h"
#include "lru_cache.h"
#include "sdl_handles.h"
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
};

// Sizes a kiosk uses are few; the bound matters for a developer resizing a window for an hour.
constexpr CacheLimits kFontCacheLimits{48, 0};
constexpr int kMaxFontSizePx = 1000;

// Needs SDL_ttf initialised (TtfLibrary) for as long as fonts are open.
struct Fonts {
    app::FontFiles files;  // per role, relative to the assets folder
    app::ReadFile read_file;
    std::array<std::shared_ptr<const std::string>, app::kFontRoleCount> bytes;  // read once per role
    std::array<bool, app::kFontRoleCount> broken{};  // could not be read or opened; reported once
    LruCache<FontKey, OpenFont, FontKeyHash> open{kFontCacheLimits};
};

std::shared_ptr<Fonts> make_fonts(app::FontFiles files, app::ReadFile read_file);

// The font for `role` at `size_px` pixels per em (clamped to 1..kMaxFontSizePx), or nullptr when the role's
// file cannot be read or opened (reported once on stderr; callers draw nothing and measure a fallback).
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
