#include "telegram_view.h"

#include <algorithm>
#include <cmath>

namespace app {
namespace {

constexpr float kWheelLines = 3;  // lines of text per wheel notch, as desktop systems do

// Draws a soft dark fade along the bottom edge, telling the visitor there is more below.
void draw_more_below_fade(const Screen& screen, const Theme& theme, float strength, DisplayList& out) {
    const float h = std::round(screen.height_px * 0.07f);
    const float top = screen.height_px - h;
    const float right = static_cast<float>(screen.width_px);
    const Color clear = faded(theme.surround, 0);
    const Color solid = faded(theme.surround, 0.85f * strength);
    auto vertices = std::make_shared<std::vector<Vertex>>(std::vector<Vertex>{
        {{0, top}, clear}, {{right, top}, clear}, {{right, top + h}, solid},
        {{0, top}, clear}, {{right, top + h}, solid}, {{0, top + h}, solid},
    });
    out.commands.push_back(Triangles{std::move(vertices), {0, 0}, 1, 1});
}

void draw_scroll_indicator(const TelegramView& view, const Screen& screen, const Theme& theme, DisplayList& out) {
    const float h = static_cast<float>(screen.height_px);
    const float total = view.layout.column_height;
    if (total <= h) return;
    const float margin = std::max(screen.mm(1.5f), 4.0f);
    const float track = h - 2 * margin;
    const float thumb = std::max(track * h / total, screen.mm(8));
    const float t = view.scroll_y / max_scroll(view, screen);
    const float width = std::max(screen.mm(1.2f), 4.0f);
    out.commands.push_back(
        FillRect{{screen.width_px - margin - width, margin + (track - thumb) * t, width, thumb}, theme.scrollbar, width / 2});
}

}  // namespace

float max_scroll(const TelegramView& view, const Screen& screen) {
    return std::max(0.0f, view.layout.column_height - static_cast<float>(screen.height_px));
}

bool scroll_by(TelegramView& view, const Screen& screen, float dy) {
    float before = view.scroll_y;
    view.scroll_y = std::clamp(view.scroll_y + dy, 0.0f, max_scroll(view, screen));
    return view.scroll_y != before;
}

bool telegram_handle_input(TelegramView& view, const Screen& screen, const InputEvent& event) {
    const float page_step = static_cast<float>(screen.height_px) * 0.8f;
    const float line_step = view.layout.scale.line_pitch;
    if (const auto* pointer = std::get_if<PointerEvent>(&event)) {
        switch (pointer->phase) {
            case PointerPhase::Down:
                if (!view.drag) view.drag = TelegramDrag{pointer->finger, pointer->pos.y};
                return false;
            case PointerPhase::Move: {
                if (!view.drag || view.drag->finger != pointer->finger) return false;
                float dy = view.drag->last_y - pointer->pos.y;
                view.drag->last_y = pointer->pos.y;
                return scroll_by(view, screen, dy);
            }
            case PointerPhase::Up:
                if (view.drag && view.drag->finger == pointer->finger) view.drag.reset();
                return false;
        }
    }
    if (const auto* wheel = std::get_if<WheelEvent>(&event)) {
        return scroll_by(view, screen, -wheel->lines * kWheelLines * line_step);
    }
    if (const auto* key = std::get_if<KeyEvent>(&event)) {
        if (key->key == "Down") return scroll_by(view, screen, line_step);
        if (key->key == "Up") return scroll_by(view, screen, -line_step);
        if (key->key == "PageDown" || key->key == "Space") return scroll_by(view, screen, page_step);
        if (key->key == "PageUp") return scroll_by(view, screen, -page_step);
        if (key->key == "Home") return scroll_by(view, screen, -view.scroll_y);
        if (key->key == "End") return scroll_by(view, screen, max_scroll(view, screen));
    }
    return false;
}

void draw_telegram(const TelegramView& view, const Screen& screen, const Theme& theme, DisplayList& out) {
    const TelegramLayout& layout = view.layout;
    const float dy = -std::round(view.scroll_y);
    const float h = static_cast<float>(screen.height_px);
    auto visible = [&](float top, float height) { return top + dy + height >= 0 && top + dy <= h; };

    // The page with a soft shadow, so it sits on the dark surround like paper on a table.
    Rect page = layout.page;
    page.y += dy;
    const float shadow = std::max(2.0f, screen.mm(1.0f));
    out.commands.push_back(FillRect{{page.x + shadow, page.y + shadow * 1.5f, page.w, page.h}, theme.paper_shadow, shadow});
    out.commands.push_back(FillRect{page, theme.paper, std::max(1.0f, screen.mm(0.4f))});

    for (const Line& rule : layout.rules) {
        if (!visible(rule.from.y, 1)) continue;
        out.commands.push_back(Line{{rule.from.x, rule.from.y + dy}, {rule.to.x, rule.to.y + dy}, rule.width, rule.color});
    }
    for (const Text& text : layout.texts) {
        if (!visible(text.top_left.y, static_cast<float>(text.size_px) * 2)) continue;
        Text moved = text;
        moved.top_left.y += dy;
        out.commands.push_back(std::move(moved));
    }
    for (const BodyLine& line : layout.body) {
        if (!visible(line.origin.y, line.height)) continue;
        for (const PlacedRun& run : line.runs) {
            float top = line.origin.y + dy - run.style.rise;
            out.commands.push_back(
                Text{run.text, run.style.role, run.style.size_px, {line.origin.x + run.x, top}, run.style.color});
        }
    }

    const float remaining = max_scroll(view, screen) - view.scroll_y;
    if (remaining > 1) draw_more_below_fade(screen, theme, std::min(1.0f, remaining / (h * 0.1f)), out);
    draw_scroll_indicator(view, screen, theme, out);
}

}  // namespace app
