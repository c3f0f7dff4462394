#include "card_layout.h"

#include <algorithm>
#include <cmath>

#include "../text/text_flow.h"
#include "../text/text_size.h"
#include "card_links.h"

namespace app {
namespace {

int round_px(float v) { return std::max(1, static_cast<int>(std::lround(v))); }

std::string join(const std::vector<std::string>& items, const std::string& separator) {
    std::string out;
    for (const std::string& s : items) out += (out.empty() ? "" : separator) + s;
    return out;
}

}  // namespace

CardContent card_content(const Annotation& annotation, const Content& content, bool sound) {
    CardContent card{annotation.title, annotation.body, annotation.sources, std::nullopt, annotation_links(annotation), {}, {}};
    if (annotation.has_chart) card.chart = annotation.chart;
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
    return {card_rect.contains(p) ? CardHit::Part::Inside : CardHit::Part::Outside, -1};
}

int card_text_px(int body_px, const Screen& screen) {
    return round_px(std::max(body_px * 0.82f, screen.mm(kMinTextMm)));
}

float card_width(int text_px, const Screen& screen, float margin) {
    return std::floor(std::min(static_cast<float>(screen.width_px) - 2 * margin, text_px * 31.0f));
}

CardLayout layout_card(const CardContent& content, const InterfaceText& ui, Language language, float width,
                       int text_px, const Screen& screen, const TextMeasure& measure, const Theme& theme) {
    CardLayout card;
    card.text_px = text_px;
    const float t = static_cast<float>(text_px);
    const float pad = std::round(t * 1.1f);
    card.corner_radius = std::round(t * 0.5f);

    const TextStyle title{FontRole::SansBold, round_px(t * 1.3f), 0, theme.card_title};
    const TextStyle body{FontRole::Sans, text_px, 0, theme.card_text};
    const TextStyle button{FontRole::SansBold, at_least_min_text(screen, t * 0.9f), 0, theme.button_text};
    const TextStyle sources{FontRole::Sans, at_least_min_text(screen, t * 0.78f), 0, theme.card_muted};

    // The close button: a labelled pill in the top-right corner; its touch area is larger than it looks.
    const std::string close_label = "× " + ui.close.in(language);
    const float button_h = std::round(std::max(t * 2.2f, screen.mm(9.0f)));
    const float button_w = std::round(measure.width(button.role, button.size_px, close_label) + button_h * 0.9f);
    card.close_visual = Rect{width - pad * 0.6f - button_w, pad * 0.6f, button_w, button_h};
    const float target = screen.mm(kMinTouchTargetMm);
    const float grow_w = std::max(0.0f, target - button_w) / 2, grow_h = std::max(0.0f, target - button_h) / 2;
    card.close_target = Rect{card.close_visual.x - grow_w, card.close_visual.y - grow_h, button_w + 2 * grow_w,
                             button_h + 2 * grow_h};
    const FontMetrics button_metrics = measure.metrics(button.role, button.size_px);
    card.texts.push_back(Text{close_label, button.role, button.size_px,
                              {std::round(card.close_visual.x + button_h * 0.45f),
                               std::round(card.close_visual.y + (button_h - button_metrics.line_height) / 2)},
                              button.color});

    float y = pad;
    const float title_width = card.close_visual.x - pad - pad * 0.5f;
    const float title_pitch = measure.metrics(title.role, title.size_px).line_height * 1.05f;
    const std::vector<std::string> title_lines = wrap_lines(content.title.in(language), title, title_width, measure);
    // Centre a one-line title on the button so the top row reads as one line.
    if (title_lines.size() == 1) y = std::round(card.close_visual.y + (button_h - title_pitch) / 2);
    for (const std::string& line : title_lines) {
        card.texts.push_back(Text{line, title.role, title.size_px, {pad, std::round(y)}, title.color});
        y += title_pitch;
    }
    y = std::max(y, card.close_visual.bottom()) + t * 0.7f;

    const float body_pitch = std::round(std::max(measure.metrics(body.role, body.size_px).line_height, t * 1.45f));
    card.body_first = card.texts.size();
    card.body_pitch = body_pitch;
    for (const std::string& line : wrap_lines(content.body.in(language), body, width - 2 * pad, measure)) {
        card.texts.push_back(Text{line, body.role, body.size_px, {pad, std::round(y)}, body.color});
        y += body_pitch;
    }
    card.body_lines = card.texts.size() - card.body_first;

    if (content.chart) {
        y += t * 0.6f;
        card.has_chart = true;
        card.chart = Rect{pad, std::round(y), width - 2 * pad, std::round(t * 9.5f)};
        y += card.chart.h;
    }

    // Listen and the link buttons: one row when they fit, else one under another; labelled in words.
    const bool listen = content.narrated[static_cast<int>(language)];
    if (listen || !content.links.empty()) {
        y += t * 0.9f;
        const float gap = std::round(t * 0.7f);
        const float row_pitch = std::max(button_h + gap, std::ceil(target));
        const float icon = std::round(button.size_px * 0.8f);
        std::vector<std::string> labels;
        std::vector<float> widths;
        float row_width = -gap;
        if (listen) {
            labels.push_back("");  // drawn by draw_card: "Listen" or "Stop"
            const float words = std::max(measure.width(button.role, button.size_px, ui.listen.in(language)),
                                         measure.width(button.role, button.size_px, ui.stop_listening.in(language)));
            widths.push_back(std::round(words + icon * 1.6f + button_h * 0.9f));
            row_width += widths.back() + gap;
        }
        for (const CardLink& link : content.links) {
            const Localized& words = link.to == CardLink::To::Telegram        ? ui.link_telegram
                                     : link.to == CardLink::To::TimelineEvent ? ui.link_timeline
                                                                              : ui.link_map;
            labels.push_back(words.in(language) + " →");
            widths.push_back(std::round(measure.width(button.role, button.size_px, labels.back()) + button_h * 0.9f));
            row_width += widths.back() + gap;
        }
        const bool one_row = row_width <= width - 2 * pad;
        float x = pad;
        for (std::size_t i = 0; i < labels.size(); ++i) {
            const float w = one_row ? widths[i] : std::min(widths[i], width - 2 * pad);
            CardLayout::Button b;
            b.visual = Rect{x, std::round(y), w, button_h};
            const float gw = std::max(0.0f, target - w) / 2, gh = std::max(0.0f, target - button_h) / 2;
            b.target = Rect{b.visual.x - gw, b.visual.y - gh, w + 2 * gw, button_h + 2 * gh};
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
        y += button_h;
    }

    y += t * 0.6f;
    std::vector<std::string> all_sources = content.sources;
    if (content.chart)
        for (const std::string& s : content.chart->sources)
            if (std::find(all_sources.begin(), all_sources.end(), s) == all_sources.end()) all_sources.push_back(s);
    const std::string source_line = ui.sources.in(language) + ": " + join(all_sources, "; ");
    const float source_pitch = measure.metrics(sources.role, sources.size_px).line_height * 1.15f;
    for (const std::string& line : wrap_lines(source_line, sources, width - 2 * pad, measure)) {
        card.texts.push_back(Text{line, sources.role, sources.size_px, {pad, std::round(y)}, sources.color});
        y += source_pitch;
    }
    card.size = Vec2{width, std::ceil(y + pad * 0.8f)};
    return card;
}

}  // namespace app
