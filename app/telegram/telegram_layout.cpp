#include "telegram_layout.h"

#include <algorithm>
#include <cmath>

#include "../text/text_size.h"
#include "telegram_layout_parts.h"
#include "telegram_tools.h"

namespace app {
namespace {

// Typed text, with each character the typewriter face cannot strike as printed set in the serif face instead.
void add_typed(std::vector<StyledPiece>& pieces, const std::string& text, std::size_t offset, const TextStyle& typed,
               const TextStyle& stand_in) {
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const bool stands_in = i < text.size() && is_typed_in_serif(static_cast<unsigned char>(text[i]));
        if (i < text.size() && !stands_in) continue;
        if (i > start) pieces.push_back({text.substr(start, i - start), typed, offset + start});
        if (stands_in) pieces.push_back({text.substr(i, 1), stand_in, offset + i});
        start = i + 1;
    }
}

std::vector<StyledPiece> body_pieces(const Block& block, const TextStyle& body, const TextStyle& marker,
                                     const TextStyle& stand_in, const TextStyle& page_marker) {
    std::vector<StyledPiece> pieces;
    std::size_t offset = 0;
    for (const Span& span : block.spans) {
        if (span.kind == Span::Kind::Text) {
            add_typed(pieces, span.text, offset, body, stand_in);
            offset += span.text.size();
        } else if (span.kind == Span::Kind::PageMarker) {
            // Where the printed page turns inside a paragraph: the volume's marker between two words, in the
            // apparatus's face, never typed; its own space (no-break inside) keeps "[Page 194]" on one line.
            pieces.push_back({" " + page_marker_text(span.text), page_marker, kNoSource});
        } else {
            pieces.push_back({span.text, marker, kNoSource});
        }
    }
    return pieces;
}

}  // namespace

TelegramTypeScale choose_type_scale(const Screen& screen, const TextMeasure& measure) {
    const float w = static_cast<float>(screen.width_px);
    TelegramTypeScale scale;
    scale.outer_margin = document_margin(screen);
    scale.body_px = body_text_px(screen, measure);  // the exhibit's type scale is this page's (ui_metrics.h)
    scale.line_pitch =
        std::round(std::max(measure.metrics(FontRole::Typewriter, scale.body_px).line_height, scale.body_px * 1.55f));
    // On a narrow screen the padding shrinks before the text does.
    scale.page_padding = std::min(kPagePaddingInBodies * scale.body_px, std::max(screen.mm(4.0f), w * 0.04f));
    return scale;
}

namespace {

// The typed original on the page, below the archive's heading: paragraphs, the page break, the footnotes.
void layout_original_page(const Telegram& telegram, const PageInside& inside, const TextMeasure& measure,
                          const Theme& theme, TelegramLayout& layout, ColumnWriter& out) {
    const TelegramTypeScale& s = layout.scale;
    const float body = static_cast<float>(s.body_px);
    const float inner_x = inside.x, inner_w = inside.w, advance = inside.advance;
    auto sized = [&](float px) { return std::max(inside.min_px, round_px(px)); };
    const TextStyle typed{FontRole::Typewriter, s.body_px, 0, theme.ink};
    const TextStyle marker{FontRole::Typewriter, sized(body * 0.62f), std::round(body * 0.42f), theme.marker_ink};
    const TextStyle note{FontRole::Serif, sized(body * 0.82f), 0, theme.apparatus_ink};
    const TextStyle page_label{FontRole::Serif, sized(body * 0.72f), 0, theme.apparatus_ink};
    const TextStyle stand_in{FontRole::Serif, sized(body * 1.1f), 0, theme.ink};
    const TextStyle page_marker{FontRole::Serif, sized(body * 0.72f), 0, theme.apparatus_ink};

    // The typed body, ragged right as a typewriter leaves it, each paragraph indented.
    const float indent = advance * 4;
    bool first_block = true;
    for (std::size_t i = 0; i < telegram.body.size(); ++i) {
        const Block& block = telegram.body[i];
        if (block.kind == Block::Kind::PageBreak) {
            // The printed volume turns a page here: a dashed rule with the page number, not part of the text.
            out.y += s.line_pitch * 0.35f;
            const float label_w = measure.width(page_label.role, page_label.size_px, "[" + block.page_label + "]");
            const float label_h = out.line_height(page_label);
            const float mid = std::round(out.y + label_h / 2);
            const float gap = body * 0.6f;
            const float label_x = inner_x + (inner_w - label_w) / 2;
            for (float x = inner_x; x < label_x - gap; x += body * 0.9f) {
                float end = std::min(x + body * 0.45f, label_x - gap);
                layout.rules.push_back(Line{{x, mid}, {end, mid}, 1.0f, theme.rule});
            }
            for (float x = label_x + label_w + gap; x < inner_x + inner_w; x += body * 0.9f) {
                float end = std::min(x + body * 0.45f, inner_x + inner_w);
                layout.rules.push_back(Line{{x, mid}, {end, mid}, 1.0f, theme.rule});
            }
            layout.texts.push_back(Text{"[" + block.page_label + "]",
                                        page_label.role,
                                        page_label.size_px,
                                        {std::floor(label_x), std::floor(out.y)},
                                        page_label.color});
            layout.page_labels.push_back(
                {static_cast<int>(i), Rect{std::floor(label_x), std::floor(out.y), label_w, label_h}});
            out.y += label_h + s.line_pitch * 0.6f;
            first_block = true;
            continue;
        }
        if (!first_block) out.y += s.line_pitch * 0.55f;
        first_block = false;
        const float line_box = measure.metrics(FontRole::Typewriter, s.body_px).line_height;
        for (FlowLine& line : flow_text(body_pieces(block, typed, marker, stand_in, page_marker),
                                        FlowOptions{inner_w, indent}, measure)) {
            BodyLine placed;
            placed.block = static_cast<int>(i);
            placed.origin = {inner_x, std::floor(out.y + (s.line_pitch - line_box) / 2)};
            placed.height = line_box;
            placed.runs = std::move(line.runs);
            layout.body.push_back(std::move(placed));
            out.y += s.line_pitch;
        }
    }

    // Footnotes below a short rule, numbered as the source numbers them.
    if (!telegram.footnotes.empty()) {
        out.y += s.line_pitch * 0.8f;
        const float rule_y = std::round(out.y);
        layout.rules.push_back(Line{{inner_x, rule_y}, {inner_x + inner_w * 0.25f, rule_y}, 1.0f, theme.rule});
        out.y += body * 0.7f;
        const float number_w = measure.width(note.role, note.size_px, "00. ");
        for (const Footnote& footnote : telegram.footnotes) {
            const TextStyle number_style{note.role, note.size_px, 0, theme.marker_ink};
            out.texts.push_back(Text{footnote.number + ".",
                                     number_style.role,
                                     number_style.size_px,
                                     {std::floor(inner_x), std::floor(out.y)},
                                     number_style.color});
            out.paragraph(footnote.text, note, inner_x + number_w, inner_w - number_w, ColumnWriter::Align::Left, 1.2f);
            out.y += body * 0.3f;
        }
    }
}

// Each paragraph's box from its typed lines, so a reader's place can be carried to the translation.
std::vector<Rect> paragraph_boxes(const TelegramLayout& layout) {
    std::vector<Rect> boxes;
    int block = -1;
    for (const BodyLine& line : layout.body) {
        if (line.block != block) {
            boxes.push_back(Rect{line.origin.x, line.origin.y, 0, 0});
            block = line.block;
        }
        boxes.back().h = line.origin.y + layout.scale.line_pitch - boxes.back().y;
    }
    for (Rect& box : boxes) box.w = layout.page.right() - layout.scale.page_padding - box.x;
    return boxes;
}

}  // namespace

TelegramLayout layout_telegram(const Telegram& telegram, const std::string& hint, Language language,
                               const Screen& screen, const TextMeasure& measure, const Theme& theme,
                               const TranslationToggleLabels* toggle, const TelegramTranslation* translation) {
    TelegramLayout layout;
    layout.scale = choose_type_scale(screen, measure);
    const TelegramTypeScale& s = layout.scale;
    const float body = static_cast<float>(s.body_px);
    const float w = static_cast<float>(screen.width_px);

    const float advance = measure.width(FontRole::Typewriter, s.body_px, "0");
    const float ideal_inner = kDocumentCharsPerLine * advance;
    const float page_width = std::min(w - 2 * s.outer_margin, ideal_inner + 2 * s.page_padding);
    const float page_x = std::floor((w - page_width) / 2);
    const float inner_x = page_x + s.page_padding;
    const float inner_w = page_width - 2 * s.page_padding;

    auto sized = [&](float px) { return at_least_min_text(screen, px); };  // secondary text: never below the smallest
    const TextStyle title{FontRole::SansBold, sized(body * 1.35f), 0, theme.surround_text};
    const TextStyle subtitle{FontRole::Sans, sized(body * 0.72f), 0, theme.surround_muted};
    const TextStyle file_line{FontRole::Serif, sized(body * 0.82f), 0, theme.apparatus_ink};
    const TextStyle heading{FontRole::Serif, sized(body * 1.12f), 0, theme.ink};
    const TextStyle dateline{FontRole::Serif, sized(body * 0.9f), 0, theme.apparatus_ink};
    const TextStyle source{FontRole::Sans, sized(body * 0.6f), 0, theme.surround_muted};
    const TextStyle hint_style{FontRole::SansBold, sized(body * 0.72f), 0, theme.hint};

    ColumnWriter out{measure, layout.texts, std::round(s.outer_margin * 1.2f)};

    // The telegram's buttons (translation, Listen) stand in their own strip below the page (telegram_tools).
    layout.tools_text_px = telegram_tools_text_px(screen, measure);
    layout.tools_height = telegram_tools_height(screen, measure);
    // The translation button: one width for both its words.
    Rect button;
    if (toggle) {
        const float label_w =
            std::max(measure.width(FontRole::SansBold, layout.tools_text_px, toggle->show_translation),
                     measure.width(FontRole::SansBold, layout.tools_text_px, toggle->show_original));
        button.w = std::round(std::max(label_w + layout.tools_text_px * 2.4f, screen.mm(kToggleTargetMm)));
        button.h = layout.tools_height;
    }

    // Above the page, on the dark surround: what this is.
    out.paragraph(telegram.exhibit_title.in(language), title, page_x, page_width, ColumnWriter::Align::Left);
    out.y += body * 0.15f;
    out.paragraph(telegram.exhibit_subtitle.in(language), subtitle, page_x, page_width, ColumnWriter::Align::Left,
                  1.15f);
    if (!hint.empty()) {
        out.y += body * 0.35f;
        const std::size_t hint_first = layout.texts.size();
        out.paragraph(hint, hint_style, page_x, page_width, ColumnWriter::Align::Left, 1.15f);
        // The translation has no phrases to touch: the hint's room stays (nothing moves), its words go.
        if (translation) layout.texts.resize(hint_first);
    }
    out.y += body * 1.0f;
    layout.toggle = button;

    // The page, headed as the archive prints it.
    const float page_top = std::round(out.y);
    out.y += s.page_padding * 0.8f;
    const PageInside inside{inner_x, inner_w, advance, heading, dateline, min_text_px(screen)};
    if (translation) {
        layout.translated = true;
        layout_translation_page(*translation, inside, theme, layout, out);
    } else {
        out.paragraph(telegram.header.file_line, file_line, inner_x, inner_w, ColumnWriter::Align::Left);
        out.y += body * 0.9f;
        out.paragraph(telegram.header.title, heading, inner_x, inner_w, ColumnWriter::Align::Center, 1.1f);
        out.y += body * 0.5f;
        out.paragraph(telegram.header.dateline, dateline, inner_x, inner_w, ColumnWriter::Align::Right);
        out.y += body * 1.2f;
        layout_original_page(telegram, inside, measure, theme, layout, out);
    }
    out.y += s.page_padding * 0.8f;
    layout.page = Rect{page_x, page_top, page_width, std::round(out.y) - page_top};
    if (!translation) layout.paragraphs = paragraph_boxes(layout);

    // Below the page: where the text comes from.
    out.y += body * 0.8f;
    out.paragraph(telegram.source.in(language), source, page_x, page_width, ColumnWriter::Align::Left, 1.2f);
    out.y += s.outer_margin * 1.2f;  // the buttons have their own strip below the page: no room kept for them here
    layout.column_height = std::ceil(out.y);
    return layout;
}

}  // namespace app
