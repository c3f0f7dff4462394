// What telegram_layout.cpp and telegram_translation_layout.cpp share: writing text down a column, and where
// the inside of the page is. Internal to app/telegram/.
#pragma once
#include <cmath>
#include <string>
#include <vector>

#include "../display_list.h"
#include "../text/text_flow.h"
#include "../text/text_size.h"
#include "telegram_layout.h"

namespace app {

// Accumulates text from the top of the column downwards.
struct ColumnWriter {
    const TextMeasure& measure;
    std::vector<Text>& texts;
    float y = 0;

    float line_height(const TextStyle& style) const { return measure.metrics(style.role, style.size_px).line_height; }

    enum class Align { Left, Center, Right };

    // Wraps `text` to `width` starting at x = left, placing each line; advances y.
    void paragraph(const std::string& text, const TextStyle& style, float left, float width, Align align,
                   float pitch_factor = 1.0f) {
        float pitch = line_height(style) * pitch_factor;
        for (const std::string& line : wrap_lines(text, style, width, measure)) {
            float w = measure.width(style.role, style.size_px, line);
            float x = align == Align::Left ? left : align == Align::Center ? left + (width - w) / 2 : left + width - w;
            texts.push_back(Text{line, style.role, style.size_px, {std::floor(x), std::floor(y)}, style.color});
            y += pitch;
        }
    }
};

// The writing area inside the paper, and the styles of the archive's heading (shared by both pages).
struct PageInside {
    float x = 0;
    float w = 0;
    float advance = 0;  // one typewriter character at the body size (indents are measured in it)
    TextStyle heading;
    TextStyle dateline;
    int min_px = 1;  // the smallest type allowed on this screen (text/text_size.h)
};

// The translated page's contents, from just below the top of the paper: the note, the heading, the
// paragraphs. Fills `layout.texts` and `layout.paragraphs` and advances `out.y`.
void layout_translation_page(const TelegramTranslation& translation, const PageInside& inside, const Theme& theme,
                             TelegramLayout& layout, ColumnWriter& out);

}  // namespace app
