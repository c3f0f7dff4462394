#include "loading/content_checks.h"

#include <cstdint>
#include <cstdio>
#include <map>

#include <nlohmann/json.hpp>

#include "curator/card_length.h"
#include "curator/fit_check.h"
#include "loading/narration_checks.h"
#include "loading/picture_checks.h"
#include "text/text_measure_ttf.h"
#include "text/utf8.h"

namespace platform {
namespace {

// The glyph's pixels at the check's size, with its width and advance in front (empty when it draws nothing).
std::vector<std::uint8_t> glyph_pixels(TTF_Font* font, char32_t cp) {
    int min_x = 0, max_x = 0, min_y = 0, max_y = 0, advance = 0;
    if (TTF_GlyphMetrics32(font, cp, &min_x, &max_x, &min_y, &max_y, &advance) != 0) return {};
    SDL_Surface* surface = TTF_RenderGlyph32_Shaded(font, cp, SDL_Color{255, 255, 255, 255}, SDL_Color{0, 0, 0, 255});
    if (!surface) return {};
    std::vector<std::uint8_t> out{static_cast<std::uint8_t>(surface->w), static_cast<std::uint8_t>(surface->h),
                                  static_cast<std::uint8_t>(min_x + 128), static_cast<std::uint8_t>(advance)};
    const auto* pixels = static_cast<const std::uint8_t*>(surface->pixels);
    for (int y = 0; y < surface->h; ++y)
        out.insert(out.end(), pixels + y * surface->pitch, pixels + y * surface->pitch + surface->w);
    SDL_FreeSurface(surface);
    bool ink = false;
    for (std::size_t i = 4; i < out.size() && !ink; ++i) ink = out[i] != 0;
    return ink ? out : std::vector<std::uint8_t>{};
}

std::string code_point_name(char32_t cp) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(cp));
    return buffer;
}

}  // namespace

// Which printable ASCII character, if any, a font draws exactly as another one: a face that strikes "[" as "/"
// changes what "No. 72 [71]" says even though it "has" the glyph.
std::map<char, char> lookalikes(TTF_Font* font) {
    std::map<std::vector<std::uint8_t>, char> first_drawn;
    std::map<char, char> out;
    for (char c = '!'; c <= '~'; ++c) {
        std::vector<std::uint8_t> pixels = glyph_pixels(font, static_cast<char32_t>(c));
        if (pixels.empty()) continue;
        const auto [at, inserted] = first_drawn.emplace(std::move(pixels), c);
        if (!inserted) {
            out[c] = at->second;
            out.emplace(at->second, c);
        }
    }
    return out;
}

std::vector<app::Problem> check_glyphs(const app::Content& content, Fonts& fonts, const app::ReadFile& read_file) {
    std::vector<app::Problem> problems;
    std::map<TTF_Font*, std::map<char, char>> lookalikes_of;
    for (const app::ShownString& s : app::shown_strings(content)) {
        TTF_Font* font = font_for(fonts, s.role, 24);
        if (!font) continue;  // an unreadable font is reported by the loader
        if (!lookalikes_of.count(font)) lookalikes_of[font] = lookalikes(font);
        const std::map<char, char>& same = lookalikes_of[font];
        // Point at the string in its file: its JSON form is how it is written there.
        const auto line = [&] {
            const std::string written = nlohmann::json(s.text).dump().substr(1);
            return app::line_of(read_file, s.file, written.substr(0, std::min<std::size_t>(written.size() - 1, 40)));
        };
        const std::string font_name = std::string(app::font_role_name(s.role)) + " font (" +
                                      content.fonts[static_cast<std::size_t>(s.role)] + ")";
        for (char32_t cp : decode_utf8(printable_text(font, s.text))) {
            if (cp == U' ') continue;
            if (!TTF_GlyphIsProvided32(font, cp)) {
                problems.push_back({s.file, line(), 0,
                                    s.what + ": the character " + code_point_name(cp) + " is not in the " + font_name +
                                        "; use another character or a font that has it"});
                break;  // one report per string is enough to find it
            }
            const auto other = cp < 0x80 ? same.find(static_cast<char>(cp)) : same.end();
            if (other != same.end()) {
                problems.push_back(
                    {s.file, line(), 0,
                     s.what + ": the " + font_name + " draws \"" + std::string(1, other->first) + "\" exactly as \"" +
                         std::string(1, other->second) +
                         "\", which changes what the text says; use a character or a font that keeps it"});
                break;
            }
        }
    }
    return problems;
}

std::vector<app::Problem> check_with_fonts(const std::shared_ptr<const app::Content>& content,
                                           const app::ReadFile& read_file) {
    std::shared_ptr<Fonts> fonts = make_fonts(content->fonts, read_file, content->font_bytes);
    std::vector<app::Problem> problems = check_glyphs(*content, *fonts, read_file);
    for (app::Problem& p : check_pictures_decode(*content, read_file)) problems.push_back(std::move(p));
    for (app::Problem& p : check_narrations_decode(*content, read_file)) problems.push_back(std::move(p));
    for (app::Problem& p : app::check_card_lengths(*content, read_file)) problems.push_back(std::move(p));
    const app::TextMeasure measure = make_text_measure(fonts);
    for (const app::Screen& screen : app::smallest_supported_screens()) {
        for (app::Problem& p : app::check_fit(content, screen, measure, read_file)) problems.push_back(std::move(p));
    }
    return problems;
}

}  // namespace platform
