#include "card_layout.h"

#include <algorithm>
#include <cmath>

#include "../text/text_flow.h"
#include "../text/text_size.h"
#include "card_links.h"

namespace app {
namespace {

std::string join(const std::vector<std::string>& items, const std::string& separator) {
    std::string out;
    for (const std::string& s : items) out += (out.empty() ? "" : separator) + s;
    return out;
}

// The picture at the text's left edge, no taller than about ten lines of the text or a fifth of the screen (so the words
// stay the card's subject and the card still fits beside its phrase on a short screen; a tap shows it whole), its
// caption and "Photo: …" in the sources' small type beside it where there is room, else under it. Returns the y under
// them.
float lay_out_picture(CardLayout& card, const Picture& picture, const InterfaceText& ui, Language language, float width,
                      float pad, float y, const Screen& screen, const TextMeasure& measure, const Theme& theme) {
    const float t = static_cast<float>(card.text_px);
    const float room_w = width - 2 * pad;
    const float max_h =
        std::round(std::max(std::min(t * 10.0f, screen.height_px * 0.2f), screen.mm(kMinTouchTargetMm)));
    const float aspect = static_cast<float>(picture.width) / static_cast<float>(picture.height);
    float w = room_w, h = room_w / aspect;
    if (h > max_h) {
        h = max_h;
        w = max_h * aspect;
    }
    card.has_picture = true;
    card.picture = Rect{pad, std::round(y), std::round(w), std::round(h)};
    card.picture_target = touch_target(card.picture, screen);

    const float gap = std::round(t * 0.8f);
    const bool beside = room_w - card.picture.w - gap >= t * 11.0f;
    const float text_x = beside ? card.picture.right() + gap : pad;
    const float text_w = beside ? room_w - card.picture.w - gap : room_w;
    y = beside ? card.picture.y - std::round(t * 0.1f) : card.picture.bottom() + std::round(t * 0.35f);
    const TextStyle caption{FontRole::Sans, at_least_min_text(screen, t * 0.78f), 0, theme.card_text};
    const TextStyle credit{FontRole::Sans, at_least_min_text(screen, t * 0.78f), 0, theme.card_muted};
    const float pitch = measure.metrics(caption.role, caption.size_px).line_height * 1.15f;
    for (const std::string& line : wrap_lines(picture.caption.in(language), caption, text_w, measure)) {
        card.texts.push_back(Text{line, caption.role, caption.size_px, {text_x, std::round(y)}, caption.color});
        y += pitch;
    }
    y += std::round(t * 0.2f);
    const std::string credit_line = fill_placeholder(ui.picture_credit.in(language), "credit", picture.credit);
    for (const std::string& line : wrap_lines(credit_line, credit, text_w, measure)) {
        card.texts.push_back(Text{line, credit.role, credit.size_px, {text_x, std::round(y)}, credit.color});
        y += pitch;
    }
    if (beside) y = std::max(y, card.picture.bottom());
    return y + t * 0.6f;
}

}  // namespace

CardContent card_content(const Annotation& annotation, const Content& content, bool sound) {
    CardContent card{
        annotation.title, annotation.body, annotation.sources, std::nullopt, annotation_links(annotation), {}, {}};
    if (annotation.has_chart) card.chart = annotation.chart;
    card.picture = annotation.picture;
    if (sound) {
        card.narration = annotation_narration(annotation.id);
        for (Language language : kLanguages)
            card.narrated[static_cast<int>(language)] = find_narration(content, card.narration, language) != nullptr;
    }
    return card;
}

CardHit card_hit(const CardLayout& layout, const Rect& card_rect, Vec2 p) {
    const Vec2 local{p.x - card_rect.x, p.y - card_rect.y};
    if (layout.close_target.contains(local)) return {CardHit::Part::Close, -1};
    if (layout.has_listen && layout.listen.target.contains(local)) return {CardHit::Part::Listen, -1};
    for (std::size_t i = 0; i < layout.link_buttons.size(); ++i)
        if (layout.link_buttons[i].target.contains(local)) return {CardHit::Part::Link, static_cast<int>(i)};
    if (layout.has_picture && layout.picture_target.contains(local)) return {CardHit::Part::Picture, -1};
    return {card_rect.contains(p) ? CardHit::Part::Inside : CardHit::Part::Outside, -1};
}

float card_width(int text_px, const Screen& screen, float margin) {
    return std::floor(std::min(static_cast<float>(screen.width_px) - 2 * margin, text_px * 31.0f));
}

ClosePill close_pill(const InterfaceText& ui, Language language, float right, float top, int text_px,
                     const Screen& screen, const TextMeasure& measure, const Theme& theme) {
    const float t = static_cast<float>(text_px);
    const TextStyle button{FontRole::SansBold, at_least_min_text(screen, t * 0.9f), 0, theme.button_text};
    const std::string label = "× " + ui.close.in(language);
    const float h = std::round(std::max(t * 2.2f, screen.mm(9.0f)));
    const float w = std::round(measure.width(button.role, button.size_px, label) + h * 0.9f);
    ClosePill pill;
    pill.visual = Rect{right - w, top, w, h};
    pill.target = touch_target(pill.visual, screen);
    const float line_height = measure.metrics(button.role, button.size_px).line_height;
    pill.label = Text{label,
                      button.role,
                      button.size_px,
                      {std::round(pill.visual.x + h * 0.45f), std::round(top + (h - line_height) / 2)},
                      button.color};
    return pill;
}

namespace {

// What every part of a card is laid out with, so each part takes one argument for all of it.
struct CardPen {
    const InterfaceText& ui;
    Language language;
    float width;  // the card's
    float pad;    // inside its edges
    const Screen& screen;
    const TextMeasure& measure;
    const Theme& theme;
};

// The close button, a labelled pill in the top-right corner whose touch area is larger than it looks, and the title
// beside it. Returns the y under both.
float lay_out_title(CardLayout& card, const CardContent& content, const CardPen& pen) {
    const float t = static_cast<float>(card.text_px);
    const float pad = pen.pad;
    const TextStyle title{FontRole::SansBold, round_px(t * 1.3f), 0, pen.theme.card_title};
    const ClosePill close = close_pill(pen.ui, pen.language, pen.width - pad * 0.6f, pad * 0.6f, card.text_px,
                                       pen.screen, pen.measure, pen.theme);
    card.close_visual = close.visual;
    card.close_target = close.target;
    card.texts.push_back(close.label);

    float y = pad;
    const float title_width = card.close_visual.x - pad - pad * 0.5f;
    const float title_pitch = pen.measure.metrics(title.role, title.size_px).line_height * 1.05f;
    const std::vector<std::string> title_lines =
        wrap_lines(content.title.in(pen.language), title, title_width, pen.measure);
    // Centre a one-line title on the button so the top row reads as one line.
    if (title_lines.size() == 1) y = std::round(card.close_visual.y + (close.visual.h - title_pitch) / 2);
    for (const std::string& line : title_lines) {
        card.texts.push_back(Text{line, title.role, title.size_px, {pad, std::round(y)}, title.color});
        y += title_pitch;
    }
    return std::max(y, card.close_visual.bottom()) + t * 0.7f;
}

// The body text from `y`, then the chart's place under it where the card has one. Returns the y under them.
float lay_out_body(CardLayout& card, const CardContent& content, const CardPen& pen, float y) {
    const float t = static_cast<float>(card.text_px);
    const TextStyle body{FontRole::Sans, card.text_px, 0, pen.theme.card_text};
    const float body_pitch = std::round(std::max(pen.measure.metrics(body.role, body.size_px).line_height, t * 1.45f));
    card.body_first = card.texts.size();
    card.body_pitch = body_pitch;
    for (const std::string& line :
         wrap_lines(content.body.in(pen.language), body, pen.width - 2 * pen.pad, pen.measure)) {
        card.texts.push_back(Text{line, body.role, body.size_px, {pen.pad, std::round(y)}, body.color});
        y += body_pitch;
    }
    card.body_lines = card.texts.size() - card.body_first;

    if (content.chart) {
        y += t * 0.6f;
        card.has_chart = true;
        card.chart = Rect{pen.pad, std::round(y), pen.width - 2 * pen.pad, std::round(t * 9.5f)};
        y += card.chart.h;
    }
    return y;
}

// The buttons' labels ("" for Listen, which draw_card labels "Listen" or "Stop") and widths, Listen first.
void button_labels(const CardContent& content, const CardPen& pen, const TextStyle& button, float button_h, float icon,
                   bool listen, std::vector<std::string>& labels, std::vector<float>& widths) {
    const InterfaceText& ui = pen.ui;
    if (listen) {
        labels.push_back("");
        const float words =
            std::max(pen.measure.width(button.role, button.size_px, ui.listen.in(pen.language)),
                     pen.measure.width(button.role, button.size_px, ui.stop_listening.in(pen.language)));
        widths.push_back(std::round(words + icon * 1.6f + button_h * 0.9f));
    }
    for (const CardLink& link : content.links) {
        const Localized& words = link.to == CardLink::To::Telegram        ? ui.link_telegram
                                 : link.to == CardLink::To::TimelineEvent ? ui.link_timeline
                                                                          : ui.link_map;
        labels.push_back(words.in(pen.language) + " →");
        widths.push_back(std::round(pen.measure.width(button.role, button.size_px, labels.back()) + button_h * 0.9f));
    }
}

// Listen and the link buttons: one row when they fit, else one under another; labelled in words. Returns the y
// under them (`y` itself when the card has none).
float lay_out_buttons(CardLayout& card, const CardContent& content, const CardPen& pen, float y) {
    const bool listen = content.narrated[static_cast<int>(pen.language)];
    if (!listen && content.links.empty()) return y;
    const float t = static_cast<float>(card.text_px);
    const float pad = pen.pad, width = pen.width;
    const TextStyle button{FontRole::SansBold, at_least_min_text(pen.screen, t * 0.9f), 0, pen.theme.button_text};
    const float button_h = card.close_visual.h;  // every button as tall as Close
    const FontMetrics button_metrics = pen.measure.metrics(button.role, button.size_px);
    y += t * 0.9f;
    const float gap = std::round(t * 0.7f);
    const float row_pitch = std::max(button_h + gap, std::ceil(pen.screen.mm(kMinTouchTargetMm)));
    const float icon = std::round(button.size_px * 0.8f);
    std::vector<std::string> labels;
    std::vector<float> widths;
    button_labels(content, pen, button, button_h, icon, listen, labels, widths);
    float row_width = -gap;
    for (float w : widths) row_width += w + gap;
    const bool one_row = row_width <= width - 2 * pad;
    float x = pad;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const float w = one_row ? widths[i] : std::min(widths[i], width - 2 * pad);
        CardLayout::Button b;
        b.visual = Rect{x, std::round(y), w, button_h};
        b.target = touch_target(b.visual, pen.screen);
        const Vec2 text_at{std::round(b.visual.x + button_h * 0.45f),
                           std::round(b.visual.y + (button_h - button_metrics.line_height) / 2)};
        if (listen && i == 0) {
            card.has_listen = true;
            card.listen = b;
            card.listen_icon = Rect{text_at.x, std::round(b.visual.y + (button_h - icon) / 2), icon, icon};
            card.listen_text_at = Vec2{std::round(text_at.x + icon * 1.6f), text_at.y};
            card.listen_text_px = button.size_px;
        } else {
            card.link_buttons.push_back(b);
            card.texts.push_back(Text{labels[i], button.role, button.size_px, text_at, button.color});
        }
        if (one_row) {
            x += w + gap;
        } else if (i + 1 < labels.size()) {
            y += row_pitch;
        }
    }
    // The touch areas reach a little past the buttons, over the sources' small print, which is not a target.
    return y + button_h;
}

// The sources in small print at the foot, the chart's own after the card's. Returns the y under them.
float lay_out_sources(CardLayout& card, const CardContent& content, const CardPen& pen, float y) {
    const float t = static_cast<float>(card.text_px);
    const TextStyle sources{FontRole::Sans, at_least_min_text(pen.screen, t * 0.78f), 0, pen.theme.card_muted};
    y += t * 0.6f;
    std::vector<std::string> all_sources = content.sources;
    if (content.chart)
        for (const std::string& s : content.chart->sources)
            if (std::find(all_sources.begin(), all_sources.end(), s) == all_sources.end()) all_sources.push_back(s);
    const std::string source_line = pen.ui.sources.in(pen.language) + ": " + join(all_sources, "; ");
    const float source_pitch = pen.measure.metrics(sources.role, sources.size_px).line_height * 1.15f;
    for (const std::string& line : wrap_lines(source_line, sources, pen.width - 2 * pen.pad, pen.measure)) {
        card.texts.push_back(Text{line, sources.role, sources.size_px, {pen.pad, std::round(y)}, sources.color});
        y += source_pitch;
    }
    return y;
}

}  // namespace

CardLayout layout_card(const CardContent& content, const InterfaceText& ui, Language language, float width, int text_px,
                       const Screen& screen, const TextMeasure& measure, const Theme& theme) {
    CardLayout card;
    card.text_px = text_px;
    const float t = static_cast<float>(text_px);
    const CardPen pen{ui, language, width, std::round(t * 1.1f), screen, measure, theme};
    card.corner_radius = std::round(t * 0.5f);
    float y = lay_out_title(card, content, pen);
    if (content.picture.present())
        y = lay_out_picture(card, content.picture, ui, language, width, pen.pad, y, screen, measure, theme);
    y = lay_out_body(card, content, pen, y);
    y = lay_out_buttons(card, content, pen, y);
    y = lay_out_sources(card, content, pen, y);
    card.size = Vec2{width, std::ceil(y + pen.pad * 0.8f)};
    return card;
}

}  // namespace app
