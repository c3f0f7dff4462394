#include "text/fonts.h"

#include <algorithm>
#include <iostream>

#include "text/utf8.h"

namespace platform {
namespace {

std::size_t role_index(app::FontRole role) { return static_cast<std::size_t>(role); }

void report_broken(Fonts& fonts, app::FontRole role, const std::string& why) {
    std::size_t i = role_index(role);
    if (fonts.broken[i]) return;
    fonts.broken[i] = true;
    std::cerr << "exhibit: font for role '" << app::font_role_name(role) << "' (" << fonts.files[i]
              << ") cannot be used: " << why << "\n";
}

}  // namespace

std::shared_ptr<Fonts> make_fonts(app::FontFiles files, app::ReadFile read_file, app::FontBytes bytes) {
    auto fonts = std::make_shared<Fonts>();
    fonts->files = std::move(files);
    fonts->read_file = std::move(read_file);
    fonts->bytes = std::move(bytes);
    return fonts;
}

std::size_t OpenFonts::size() const {
    return static_cast<std::size_t>(
        std::count_if(by_role.begin(), by_role.end(), [](const OpenFont& f) { return f.font != nullptr; }));
}

TTF_Font* font_for(Fonts& fonts, app::FontRole role, int size_px) {
    std::size_t i = role_index(role);
    if (i >= fonts.files.size() || fonts.broken[i]) return nullptr;
    size_px = std::clamp(size_px, 1, kMaxFontSizePx);
    OpenFont& open = fonts.open.by_role[i];
    if (open.font) {
        // SDL_ttf's point size at its default 72 dpi is the size in pixels per em, which is what app/ asks for.
        if (open.size_px != size_px && TTF_SetFontSize(open.font.get(), size_px) != 0) {
            report_broken(fonts, role, TTF_GetError());
            return nullptr;
        }
        open.size_px = size_px;
        return open.font.get();
    }

    if (!fonts.bytes[i]) {
        std::optional<std::string> data = fonts.read_file ? fonts.read_file(fonts.files[i]).bytes : std::nullopt;
        if (!data || data->empty()) {
            report_broken(fonts, role, "file not found or empty");
            return nullptr;
        }
        fonts.bytes[i] = std::make_shared<const std::string>(std::move(*data));
    }
    const std::string& data = *fonts.bytes[i];
    SDL_RWops* rw = SDL_RWFromConstMem(data.data(), static_cast<int>(data.size()));
    FontPtr font(rw ? TTF_OpenFontRW(rw, /*freesrc=*/1, size_px) : nullptr);
    if (!font) {
        report_broken(fonts, role, TTF_GetError());
        return nullptr;
    }
    TTF_SetFontDirection(font.get(), TTF_DIRECTION_LTR);  // -1 without HarfBuzz: then there is no shaping anyway
    TTF_SetFontScriptName(font.get(), "Latn");
    open = OpenFont{fonts.bytes[i], std::move(font), size_px};
    return open.font.get();
}

std::string printable_text(TTF_Font* font, std::string_view text) {
    bool plain = true;
    for (unsigned char c : text) plain = plain && c < 0x80;
    if (plain) return std::string(text);  // ASCII: every face here has it; skip the lookups
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    for (char32_t cp : decode_utf8(text)) {
        const char* replacement = nullptr;
        if (cp >= 0x80 && !TTF_GlyphIsProvided32(font, cp)) {
            switch (cp) {
                case U'\u2018':
                case U'\u2019':
                case U'\u201A': replacement = "'"; break;
                case U'\u201C':
                case U'\u201D':
                case U'\u201E':
                case U'\u00AB':
                case U'\u00BB': replacement = "\""; break;
                case U'\u2013':
                case U'\u2014':
                case U'\u2212': replacement = "-"; break;
                case U'\u2026': replacement = "..."; break;
                case U'\u00A0':
                case U'\u202F': replacement = " "; break;
                case U'\u2116': replacement = "No."; break;  // №
                case U'\u00BA': replacement = "o"; break;    // the ordinal in "nº"
                case U'\u00AA': replacement = "a"; break;
                default: break;
            }
        }
        // Copy the character's own bytes unless it is replaced.
        std::size_t length = 1;
        const unsigned char lead = static_cast<unsigned char>(text[i]);
        if (lead >= 0xF0) length = 4;
        else if (lead >= 0xE0) length = 3;
        else if (lead >= 0xC0) length = 2;
        length = std::min(length, text.size() - i);
        if (replacement) out += replacement;
        else out.append(text.substr(i, length));
        i += length;
    }
    return out;
}

const char* script_for_text(std::string_view text) {
    for (char32_t cp : decode_utf8(text)) {
        if (cp >= 0x0400 && cp <= 0x052F) return "Cyrl";
        if (cp >= 0x0370 && cp <= 0x03FF) return "Grek";
        if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || (cp >= 0x00C0 && cp <= 0x024F)) return "Latn";
    }
    return "Latn";
}

void prepare_shaping(TTF_Font* font, std::string_view text) {
    if (font) TTF_SetFontScriptName(font, script_for_text(text));
}

}  // namespace platform
