#include "exports_plot.h"

#include <algorithm>
#include <cmath>

#include "../animation/easing.h"
#include "../text/text_flow.h"

namespace app {
namespace {

constexpr double kBarStagger = 0.12, kBarRise = 0.5, kValueFade = 0.25;

// "Sources: Calendar years — FRUS …, d206; Years from July to June — FRUS …, d324": each way of counting
// with where its figures come from.
std::string sources_line(const ExportsPlot& plot, const InterfaceText& ui, Language language) {
    std::string out = ui.sources.in(language) + ": ";
    for (std::size_t s = 0; s < plot.series.size(); ++s) {
        out += (s ? "; " : "") + plot.series[s].name.in(language) + " — ";
        for (std::size_t i = 0; i < plot.series[s].sources.size(); ++i)
            out += (i ? ", " : "") + plot.series[s].sources[i];
    }
    return out;
}

// Everything about the plot's arrangement that follows from its width alone.
struct Frame {
    bool beside = false;  // the caption stands left of the bars (wide screens), else above them
    float caption_w = 0, caption_h = 0;
    std::vector<std::string> title_lines, unit_lines, source_lines;
    float bars_x = 0;  // from the plot's left
    float slot = 0, bar_w = 0, group_gap = 0;
    float line = 0, title_line = 0;                     // line heights
    std::vector<std::vector<std::string>> notes;        // per bar, in order
    std::vector<std::vector<std::string>> group_names;  // per series
    float note_h = 0, group_h = 0;
    float fixed_h = 0;  // the bar block without its bars
    float min_bars_h = 0;
};

// "12.6", "9.0", "12,6": millions with one decimal in the language's own style (the unit is said once, above).
std::string millions(double amount, const InterfaceText& ui, Language language) {
    const double m = std::round(amount / 100000.0) / 10.0;
    std::string text = std::to_string(static_cast<long long>(std::floor(m))) + "." +
                       std::to_string(static_cast<long long>(std::lround((m - std::floor(m)) * 10)) % 10);
    const std::string& separator = ui.decimal_separator.in(language);
    return text.replace(text.find('.'), 1, separator.empty() ? "." : separator);
}

std::size_t bar_count(const ExportsPlot& plot) {
    std::size_t n = 0;
    for (const ExportSeries& s : plot.series) n += s.bars.size();
    return n;
}

Frame frame_for(const ExportsPlot& plot, const InterfaceText& ui, Language language, float width,
                const PlotStyle& style, const TextMeasure& measure) {
    Frame f;
    const float px = static_cast<float>(style.text_px);
    const TextStyle small{FontRole::Sans, style.text_px, 0, {}};
    const TextStyle title{FontRole::SansBold, style.title_px, 0, {}};
    f.line = std::round(measure.metrics(FontRole::Sans, style.text_px).line_height * 1.05f);
    f.title_line = std::round(measure.metrics(FontRole::SansBold, style.title_px).line_height * 1.05f);
    const float n = static_cast<float>(std::max<std::size_t>(1, bar_count(plot)));
    const float groups = static_cast<float>(std::max<std::size_t>(1, plot.series.size()));
    // Each bar's slot holds its value and its label side by side with the next one's.
    float widest = 0;
    for (const ExportSeries& s : plot.series)
        for (const ExportBar& b : s.bars)
            widest = std::max({widest, measure.width(FontRole::Sans, style.text_px, b.label),
                               measure.width(FontRole::Sans, style.text_px, millions(b.value, ui, language))});
    const float least_slot = std::ceil(widest + 0.6f * px);
    const float least_bars = least_slot * (n + 0.7f * (groups - 1));
    // The caption beside the bars when the screen is wide enough for both, else above them.
    const float gap = 1.5f * px;
    f.beside = !style.caption_above && width >= 36 * px && width - gap - least_bars >= 9 * px;
    f.caption_w = f.beside ? std::min(std::clamp(width * 0.3f, 11 * px, 20 * px), width - gap - least_bars) : width;
    f.title_lines = wrap_lines(plot.title.in(language), title, f.caption_w, measure);
    f.unit_lines = wrap_lines(plot.unit.in(language), small, f.caption_w, measure);
    f.source_lines = wrap_lines(sources_line(plot, ui, language), small, f.caption_w, measure);
    f.caption_h = static_cast<float>(f.title_lines.size()) * f.title_line +
                  static_cast<float>(f.unit_lines.size()) * f.line + px * 0.35f +
                  static_cast<float>(f.source_lines.size()) * f.line;
    f.bars_x = f.beside ? f.caption_w + gap : 0;
    f.slot = std::floor(std::max(least_slot, std::min(6.0f * px, (width - f.bars_x) / (n + 0.7f * (groups - 1)))));
    f.group_gap = std::round(0.7f * f.slot);
    f.bar_w = std::round(std::min(f.slot * 0.62f, 3.2f * px));

    std::size_t note_lines = 0, name_lines = 0;
    for (const ExportSeries& s : plot.series) {
        for (const ExportBar& b : s.bars) {
            f.notes.push_back(b.has_note ? wrap_lines(b.note.in(language), small, f.slot * 1.8f, measure)
                                         : std::vector<std::string>{});
            note_lines = std::max(note_lines, f.notes.back().size());
        }
        const float group_w = static_cast<float>(s.bars.size()) * f.slot + f.group_gap * 0.8f;
        f.group_names.push_back(wrap_lines(s.name.in(language), small, group_w, measure));
        name_lines = std::max(name_lines, f.group_names.back().size());
    }
    f.note_h = static_cast<float>(note_lines) * f.line;
    f.group_h = static_cast<float>(name_lines) * f.line + px * 0.45f;
    f.fixed_h = f.line /* values */ + px * 0.2f + f.line /* labels */ + f.note_h + f.group_h;
    f.min_bars_h = std::round(2.6f * px);
    return f;
}

}  // namespace

float exports_plot_min_height(const ExportsPlot& plot, const InterfaceText& ui, Language language, float width,
                              const PlotStyle& style, const TextMeasure& measure) {
    const Frame f = frame_for(plot, ui, language, width, style, measure);
    const float block = f.fixed_h + f.min_bars_h;
    return std::ceil(f.beside ? std::max(f.caption_h, block) : f.caption_h + style.text_px * 0.7f + block);
}

namespace {

// What the plot is laid out from, passed to each part as one.
struct PlotPen {
    const ExportsPlot& plot;
    const InterfaceText& ui;
    Language language;
    const Rect& area;
    const PlotStyle& style;
    const TextMeasure& measure;
    const TimelineTheme& theme;
};

// A line of small print centred on `centre`, kept inside the plot's area.
Text centred(const PlotPen& pen, const std::string& text, FontRole role, float centre, float top, Color colour) {
    const float w = pen.measure.width(role, pen.style.text_px, text);
    const float x = std::clamp(centre - w / 2, pen.area.x, std::max(pen.area.x, pen.area.right() - w));
    return Text{text, role, pen.style.text_px, {std::round(x), std::round(top)}, colour};
}

// The caption from `top` down: what is shown and where the figures come from.
void place_caption(const PlotPen& pen, const Frame& f, float top, ExportsPlotLayout& out) {
    const Rect& area = pen.area;
    float y = top;
    for (const std::string& line : f.title_lines) {
        out.texts.push_back(
            Text{line, FontRole::SansBold, pen.style.title_px, {area.x, std::round(y)}, pen.theme.title});
        y += f.title_line;
    }
    for (const std::string& line : f.unit_lines) {
        out.texts.push_back(
            Text{line, FontRole::Sans, pen.style.text_px, {area.x, std::round(y)}, pen.theme.muted_text});
        y += f.line;
    }
    y += static_cast<float>(pen.style.text_px) * 0.35f;
    for (const std::string& line : f.source_lines) {
        out.texts.push_back(
            Text{line, FontRole::Sans, pen.style.text_px, {area.x, std::round(y)}, pen.theme.muted_text});
        y += f.line;
    }
}

// The bars standing on `baseline`, the tallest `bars_h`, each with its value above and its label and notes below;
// each series' bars under a bracket with the series' name; the baseline under them all.
void place_bars(const PlotPen& pen, const Frame& f, float baseline, float bars_h, ExportsPlotLayout& out) {
    const ExportsPlot& plot = pen.plot;
    const TimelineTheme& theme = pen.theme;
    const float px = static_cast<float>(pen.style.text_px);
    double top_value = 0;
    for (const ExportSeries& s : plot.series)
        for (const ExportBar& b : s.bars) top_value = std::max(top_value, b.value);
    if (top_value <= 0) top_value = 1;

    float x = pen.area.x + f.bars_x;
    std::size_t bar_index = 0;
    const float labels_top = baseline + px * 0.2f;
    const float notes_top = labels_top + f.line;
    const float bracket_y = std::round(notes_top + f.note_h + px * 0.2f);
    for (std::size_t s = 0; s < plot.series.size(); ++s) {
        const ExportSeries& series = plot.series[s];
        const float group_x = x;
        for (const ExportBar& b : series.bars) {
            const float centre = x + f.slot / 2;
            const float h = std::round(static_cast<float>(b.value / top_value) * bars_h);
            PlotBar bar;
            bar.series = static_cast<int>(s);
            bar.value = b.value;
            bar.full = Rect{std::round(centre - f.bar_w / 2), baseline - h, f.bar_w, h};
            bar.value_text = centred(pen, millions(b.value, pen.ui, pen.language), FontRole::Sans, centre,
                                     baseline - h - f.line, theme.label);
            out.bars.push_back(bar);
            out.texts.push_back(centred(pen, b.label, FontRole::Sans, centre, labels_top, theme.label));
            float note_y = notes_top;
            for (const std::string& line : f.notes[bar_index]) {
                out.texts.push_back(centred(pen, line, FontRole::Sans, centre, note_y, theme.muted_text));
                note_y += f.line;
            }
            ++bar_index;
            x += f.slot;
        }
        // A bracket over the group's name says which bars it names.
        const float inset = f.slot * 0.15f;
        out.rules.push_back(Line{{group_x + inset, bracket_y}, {x - inset, bracket_y}, 1, theme.track});
        float name_y = bracket_y + px * 0.25f;
        for (const std::string& line : f.group_names[s]) {
            out.texts.push_back(centred(pen, line, FontRole::Sans, (group_x + x) / 2, name_y, theme.muted_text));
            name_y += f.line;
        }
        x += f.group_gap;
    }
    out.rules.push_back(Line{{pen.area.x + f.bars_x, baseline}, {x - f.group_gap, baseline}, 1, theme.track});
}

}  // namespace

ExportsPlotLayout layout_exports_plot(const ExportsPlot& plot, const InterfaceText& ui, Language language,
                                      const Rect& area, const PlotStyle& style, const TextMeasure& measure,
                                      const TimelineTheme& theme) {
    ExportsPlotLayout out;
    out.area = area;
    out.series_colours.assign(std::begin(theme.series), std::end(theme.series));
    const Frame f = frame_for(plot, ui, language, area.w, style, measure);
    const float px = static_cast<float>(style.text_px);
    const PlotPen pen{plot, ui, language, area, style, measure, theme};

    // Bars grow with the room up to a limit; what room is left stays above the plot, so it rests on the
    // bottom of its area.
    const float caption_block = f.beside ? 0.0f : f.caption_h + px * 0.7f;
    const float bars_h = std::max(f.min_bars_h, std::min(area.h - caption_block - f.fixed_h, style.max_bars * px));
    const float used = f.beside ? std::max(f.caption_h, f.fixed_h + bars_h) : caption_block + f.fixed_h + bars_h;
    const float top = std::round(area.y + std::max(0.0f, area.h - used));
    place_caption(pen, f, top, out);

    const float block_top = std::round(top + caption_block);
    const float baseline = std::round(block_top + f.line + bars_h);
    place_bars(pen, f, baseline, bars_h, out);
    return out;
}

void draw_exports_plot(const ExportsPlotLayout& plot, double elapsed, DisplayList& out) {
    for (const Line& rule : plot.rules) out.commands.push_back(rule);
    for (const Text& text : plot.texts) out.commands.push_back(text);
    for (std::size_t i = 0; i < plot.bars.size(); ++i) {
        const PlotBar& bar = plot.bars[i];
        const double start = kBarStagger * static_cast<double>(i);
        const float grow = ease_out_cubic(progress(elapsed, start, kBarRise));
        const float h = std::round(bar.full.h * grow);
        const Color colour =
            plot.series_colours.empty()
                ? Color{}
                : plot.series_colours[static_cast<std::size_t>(bar.series) % plot.series_colours.size()];
        if (h > 0) out.commands.push_back(FillRect{{bar.full.x, bar.full.bottom() - h, bar.full.w, h}, colour, 0});
        const float alpha = progress(elapsed, start + kBarRise * 0.8, kValueFade);
        if (alpha > 0) {
            Text value = bar.value_text;
            value.color = faded(value.color, alpha);
            out.commands.push_back(std::move(value));
        }
    }
}

}  // namespace app
