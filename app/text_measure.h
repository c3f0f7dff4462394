// How app/ learns the size of text without knowing about fonts or SDL.
// platform/ supplies an implementation backed by SDL2_ttf; tests may supply their own.
#pragma once
#include <functional>
#include <string_view>

namespace app {

// What a run of text is for; content maps each role to a font file.
enum class FontRole {
    Typewriter,  // the telegram itself
    Serif,       // archival apparatus: header, footnotes
    Sans,        // interface and explanations
    SansBold,    // headings and buttons
};
constexpr int kFontRoleCount = 4;
const char* font_role_name(FontRole role);  // "typewriter", "serif", "sans", "sans_bold"

struct FontMetrics {
    float ascent = 0;       // baseline below the top of the line box
    float line_height = 0;  // distance between baselines at this size
};

struct TextMeasure {
    // Advance width in pixels of UTF-8 `text` set in `role` at `size_px`.
    std::function<float(FontRole role, int size_px, std::string_view text)> width;
    std::function<FontMetrics(FontRole role, int size_px)> metrics;
};

}  // namespace app
