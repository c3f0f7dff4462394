#include "bar_chart.h"

#include <algorithm>
#include <cmath>

#include "../animation/easing.h"

namespace app {

void draw_bar_chart(const BarChart& chart, const InterfaceText& ui, Language language, const Rect& area, int text_px,
                    int min_px, double elapsed, float opacity, const TextMeasure& measure, const Theme& theme,
                    DisplayList& out) {
    if (chart.bars.empty()) return;
    const float t = static_cast<float>(text_px);
    const int title_px = std::max(min_px, static_cast<int>(std::lround(t * 0.9f)));
    const int label_px = std::max(min_px, static_cast<int>(std::lround(t * 0.8f)));
    const float title_h = measure.metrics(FontRole::SansBold, title_px).line_height;
    const float label_h = measure.metrics(FontRole::Sans, label_px).line_height;

    out.commands.push_back(Text{
        chart.title.in(language), FontRole::SansBold, title_px, {area.x, area.y}, faded(theme.card_text, opacity)});

    // The plot: bars stand on a baseline with their years beneath and values above.
    const float plot_top = area.y + title_h + label_h * 1.6f;
    const float baseline = area.bottom() - label_h * 1.2f;
    const float plot_h = baseline - plot_top;
    double top_value = chart.has_reference ? chart.reference_value : 0;
    for (const Bar& b : chart.bars) top_value = std::max(top_value, b.value);
    if (top_value <= 0) top_value = 1;

    const std::size_t n = chart.bars.size();
    const float slot = area.w * 0.62f / static_cast<float>(n);  // the right third is left for the reference label
    const float bar_w = std::round(slot * 0.62f);
    out.commands.push_back(Line{
        {area.x, baseline}, {area.x + slot * static_cast<float>(n), baseline}, 1.0f, faded(theme.card_muted, opacity)});

    constexpr double kStagger = 0.18, kRise = 0.5;
    for (std::size_t i = 0; i < n; ++i) {
        const Bar& bar = chart.bars[i];
        const float grow = ease_out_cubic(progress(elapsed, kStagger * static_cast<double>(i), kRise));
        const float full_h = static_cast<float>(bar.value / top_value) * plot_h;
        const float h = std::round(full_h * grow);
        const float x = std::round(area.x + slot * static_cast<float>(i) + (slot - bar_w) / 2);
        if (h > 0) out.commands.push_back(FillRect{{x, baseline - h, bar_w, h}, faded(theme.chart_bar, opacity), 0});

        const std::string year = bar.label;
        const float year_w = measure.width(FontRole::Sans, label_px, year);
        out.commands.push_back(Text{year,
                                    FontRole::Sans,
                                    label_px,
                                    {std::round(x + (bar_w - year_w) / 2), baseline + label_h * 0.15f},
                                    faded(theme.card_muted, opacity)});
        const float value_alpha = progress(elapsed, kStagger * static_cast<double>(i) + kRise * 0.8, 0.2);
        if (value_alpha > 0) {
            const std::string value = format_money_millions(ui, language, bar.value);
            const float value_w = measure.width(FontRole::Sans, label_px, value);
            out.commands.push_back(
                Text{value,
                     FontRole::Sans,
                     label_px,
                     {std::round(x + (bar_w - value_w) / 2), std::round(baseline - full_h - label_h * 1.1f)},
                     faded(theme.card_text, opacity * value_alpha)});
        }
    }

    if (!chart.has_reference) return;
    // The reference draws across after the bars: a dashed line with its label at the right.
    const double ref_start = kStagger * static_cast<double>(n - 1) + kRise;
    const float sweep = ease_out_cubic(progress(elapsed, ref_start, kChartDrawSeconds - ref_start));
    if (sweep <= 0) return;
    const float y = std::round(baseline - static_cast<float>(chart.reference_value / top_value) * plot_h);
    const float end_x = area.x + area.w * sweep;
    const float dash = std::max(4.0f, t * 0.5f);
    const Color ref = faded(theme.chart_reference, opacity);
    for (float x = area.x; x < end_x; x += dash * 1.8f)
        out.commands.push_back(Line{{x, y}, {std::min(x + dash, end_x), y}, std::max(2.0f, t * 0.12f), ref});
    const std::string label = chart.reference_label.in(language);
    const float label_w = measure.width(FontRole::SansBold, label_px, label);
    out.commands.push_back(Text{label,
                                FontRole::SansBold,
                                label_px,
                                {std::round(area.right() - label_w), std::round(y - label_h * 1.15f)},
                                faded(ref, sweep)});
}

}  // namespace app
