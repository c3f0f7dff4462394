#include "problem_banner.h"

#include <algorithm>
#include <cmath>

#include "../text/text_flow.h"

namespace app {

void draw_problem_banner(const std::vector<std::string>& lines, const Screen& screen, const TextMeasure& measure,
                         const Theme& theme, DisplayList& out) {
    if (lines.empty()) return;
    const float w = static_cast<float>(screen.width_px);
    const int text_px =
        std::max(12, static_cast<int>(std::lround(std::max(screen.mm(3.0f), screen.height_px / 60.0f))));
    const float pad = std::round(text_px * 0.8f);
    const float pitch = std::round(measure.metrics(FontRole::Sans, text_px).line_height * 1.1f);
    const float max_h = screen.height_px / 3.0f;
    const TextStyle heading{FontRole::SansBold, text_px, 0, theme.banner_text};
    const TextStyle body{FontRole::Sans, text_px, 0, theme.banner_text};

    std::vector<std::string> wrapped;
    std::size_t shown = 0;
    for (const std::string& line : lines) {
        std::vector<std::string> parts = wrap_lines(line, body, w - 2 * pad, measure);
        if ((wrapped.size() + parts.size() + 2) * pitch + 2 * pad > max_h) break;
        wrapped.insert(wrapped.end(), parts.begin(), parts.end());
        ++shown;
    }
    const std::size_t hidden = lines.size() - shown;
    const std::string title = "The content has " + std::to_string(lines.size()) +
                              (lines.size() == 1 ? " problem" : " problems") +
                              "; the exhibit still shows the last good content. Fix and save to try again.";
    const float h = pad * 2 + pitch * static_cast<float>(wrapped.size() + 1 + (hidden > 0 ? 1 : 0));
    out.commands.push_back(FillRect{{0, 0, w, h}, theme.banner, 0});
    float y = pad;
    for (const std::string& part : wrap_lines(title, heading, w - 2 * pad, measure)) {
        out.commands.push_back(Text{part, heading.role, heading.size_px, {pad, y}, heading.color});
        y += pitch;
    }
    for (const std::string& part : wrapped) {
        out.commands.push_back(Text{part, body.role, body.size_px, {pad, y}, body.color});
        y += pitch;
    }
    if (hidden > 0) {
        out.commands.push_back(Text{"… and " + std::to_string(hidden) + " more (exhibit --check lists them all)",
                                    body.role,
                                    body.size_px,
                                    {pad, y},
                                    body.color});
    }
}

}  // namespace app
