// The exhibit's translation on the page: set as print, not typed, so no visitor takes it for the document itself.
#include <algorithm>
#include <cmath>

#include "telegram_layout_parts.h"

namespace app {

void layout_translation_page(const TelegramTranslation& translation, const PageInside& inside, const Theme& theme,
                             TelegramLayout& layout, ColumnWriter& out) {
    const TelegramTypeScale& s = layout.scale;
    const float body = static_cast<float>(s.body_px);
    // Garamond at the typewriter's pixel size reads smaller (its letters are lower), so it is set a little larger.
    const TextStyle text{FontRole::Serif, std::max(inside.min_px, round_px(body * 1.12f)), 0, theme.ink};
    const TextStyle note{FontRole::Sans, std::max(inside.min_px, round_px(body * 0.78f)), 0, theme.marker_ink};
    const float pitch = std::round(std::max(out.line_height(text) * 1.2f, text.size_px * 1.45f));

    // The exhibit speaking, where the original has the archive's file line: whose words these are.
    out.paragraph(translation.note, note, inside.x, inside.w, ColumnWriter::Align::Left, 1.15f);
    out.y += body * 0.9f;
    out.paragraph(translation.heading, inside.heading, inside.x, inside.w, ColumnWriter::Align::Center, 1.1f);
    out.y += body * 0.5f;
    out.paragraph(translation.dateline, inside.dateline, inside.x, inside.w, ColumnWriter::Align::Right);
    out.y += body * 1.2f;

    const float indent = inside.advance * 4;  // as the typed paragraphs are indented
    const float line_box = out.line_height(text);
    for (std::size_t p = 0; p < translation.paragraphs.size(); ++p) {
        if (p > 0) out.y += pitch * 0.5f;
        Rect box{inside.x, std::floor(out.y), inside.w, 0};
        for (const FlowLine& line : flow_text({StyledPiece{translation.paragraphs[p], text, kNoSource}},
                                              FlowOptions{inside.w, indent}, out.measure)) {
            const float top = std::floor(out.y + (pitch - line_box) / 2);
            for (const PlacedRun& run : line.runs)
                out.texts.push_back(Text{
                    run.text, run.style.role, run.style.size_px, {std::floor(inside.x + run.x), top}, run.style.color});
            out.y += pitch;
        }
        box.h = out.y - box.y;
        layout.paragraphs.push_back(box);
    }
}

}  // namespace app
