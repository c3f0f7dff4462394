#include "resting_view.h"

#include <algorithm>
#include <cmath>

namespace app {

const std::array<RestingLine, 3>& resting_lines() {
    static const std::array<RestingLine, 3> lines = {{
        {"This exhibit is resting", "Please come back a little later."},
        {"Экспозиция отдыхает", "Пожалуйста, загляните чуть позже."},
        {"Esta exposição está descansando", "Volte um pouco mais tarde, por favor."},
    }};
    return lines;
}

DisplayList draw_resting(const Screen& screen, const TextMeasure& measure, const Theme& theme) {
    DisplayList list;
    list.clear_color = theme.surround;
    const float w = static_cast<float>(screen.width_px), h = static_cast<float>(screen.height_px);
    const float unit = std::max(1.0f, std::min(w, h) / 40.0f);
    const int title_px = std::max(1, static_cast<int>(std::lround(unit * 1.5f)));
    const int detail_px = std::max(1, static_cast<int>(std::lround(unit * 1.0f)));
    const float title_h = measure.metrics(FontRole::SansBold, title_px).line_height;
    const float detail_h = measure.metrics(FontRole::Sans, detail_px).line_height;
    const float block_h = title_h + detail_h * 1.2f;
    const float gap = unit * 1.6f;
    const auto& lines = resting_lines();
    const float total = lines.size() * block_h + (lines.size() - 1) * gap;

    // A slip of paper, as the telegram's, behind the words: the exhibit's look without its content.
    float widest = 0;
    for (const RestingLine& l : lines)
        widest = std::max({widest, measure.width(FontRole::SansBold, title_px, l.title),
                           measure.width(FontRole::Sans, detail_px, l.detail)});
    const float slip_w = std::min(w - 2 * unit, widest + 6 * unit), slip_h = std::min(h - 2 * unit, total + 5 * unit);
    const Rect slip{std::round((w - slip_w) / 2), std::round((h - slip_h) / 2), std::round(slip_w), std::round(slip_h)};
    list.commands.push_back(
        FillRect{{slip.x + unit * 0.3f, slip.y + unit * 0.5f, slip.w, slip.h}, theme.paper_shadow, unit * 0.4f});
    list.commands.push_back(FillRect{slip, theme.paper, unit * 0.4f});

    float y = std::round((h - total) / 2);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const RestingLine& l = lines[i];
        const float tw = measure.width(FontRole::SansBold, title_px, l.title);
        const float dw = measure.width(FontRole::Sans, detail_px, l.detail);
        list.commands.push_back(Text{l.title, FontRole::SansBold, title_px, {std::round((w - tw) / 2), y}, theme.ink});
        list.commands.push_back(Text{l.detail,
                                     FontRole::Sans,
                                     detail_px,
                                     {std::round((w - dw) / 2), std::round(y + title_h * 1.1f)},
                                     theme.apparatus_ink});
        y += block_h + gap;
        if (i + 1 < lines.size())
            list.commands.push_back(Line{{std::round(w / 2 - unit * 2), std::round(y - gap / 2)},
                                         {std::round(w / 2 + unit * 2), std::round(y - gap / 2)},
                                         1,
                                         theme.rule});
    }
    return list;
}

}  // namespace app
