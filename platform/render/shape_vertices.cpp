#include "render/shape_vertices.h"

#include <algorithm>
#include <cmath>

namespace platform {
namespace {

constexpr float kHalfPi = 1.57079632679f;

SDL_Vertex vertex(float x, float y, SDL_Color color) { return SDL_Vertex{SDL_FPoint{x, y}, color, SDL_FPoint{0, 0}}; }

}  // namespace

float clamped_radius(app::Rect rect, float radius) { return std::clamp(radius, 0.0f, std::min(rect.w, rect.h) / 2); }

int corner_segments(float radius) {
    return std::clamp(static_cast<int>(std::ceil(std::sqrt(std::max(radius, 0.0f)) * 1.5f)), 2, 16);
}

void append_rounded_rect(std::vector<SDL_Vertex>& out, app::Rect rect, app::Color color, float radius) {
    if (rect.w <= 0 || rect.h <= 0) return;
    SDL_Color c = to_sdl(color);
    radius = clamped_radius(rect, radius);
    int segments = corner_segments(radius);

    // Outline clockwise (in screen coordinates): the four arcs, each from its start to its end angle.
    struct Corner {
        float cx, cy, start;
    };
    const Corner corners[4] = {
        {rect.right() - radius, rect.y + radius, -kHalfPi},  // top right: from straight up to the right
        {rect.right() - radius, rect.bottom() - radius, 0},  // bottom right
        {rect.x + radius, rect.bottom() - radius, kHalfPi},  // bottom left
        {rect.x + radius, rect.y + radius, 2 * kHalfPi},     // top left
    };
    std::vector<SDL_FPoint> outline;
    outline.reserve(static_cast<std::size_t>(4 * (segments + 1)));
    for (const Corner& corner : corners) {
        for (int i = 0; i <= segments; ++i) {
            float a = corner.start + kHalfPi * static_cast<float>(i) / static_cast<float>(segments);
            outline.push_back({corner.cx + radius * std::cos(a), corner.cy + radius * std::sin(a)});
        }
    }
    SDL_FPoint centre{rect.x + rect.w / 2, rect.y + rect.h / 2};
    for (std::size_t i = 0; i < outline.size(); ++i) {
        const SDL_FPoint& a = outline[i];
        const SDL_FPoint& b = outline[(i + 1) % outline.size()];
        if (a.x == b.x && a.y == b.y) continue;  // zero radius repeats each corner point
        out.push_back(vertex(centre.x, centre.y, c));
        out.push_back(vertex(a.x, a.y, c));
        out.push_back(vertex(b.x, b.y, c));
    }
}

void append_rounded_cap(std::vector<SDL_Vertex>& out, app::Rect rect, app::Color color, float radius, float cut,
                        bool top) {
    if (rect.w <= 0 || rect.h <= 0) return;
    SDL_Color c = to_sdl(color);
    radius = clamped_radius(rect, radius);
    const int segments = corner_segments(radius);
    // Clockwise: the two arcs of the cap's corners, then the straight cut.
    std::vector<SDL_FPoint> outline;
    outline.reserve(static_cast<std::size_t>(2 * (segments + 1) + 2));
    const float cy = top ? rect.y + radius : rect.bottom() - radius;
    const float first_cx = top ? rect.x + radius : rect.right() - radius;
    const float second_cx = top ? rect.right() - radius : rect.x + radius;
    const float start = top ? 2 * kHalfPi : 0;  // top: from the left round to straight up; bottom: from the right
    for (int corner = 0; corner < 2; ++corner) {
        const float cx = corner == 0 ? first_cx : second_cx;
        for (int i = 0; i <= segments; ++i) {
            float a =
                start + kHalfPi * (static_cast<float>(corner) + static_cast<float>(i) / static_cast<float>(segments));
            // The arcs end on the corners' centre row, which may lie a fraction past the cut: held at the cut,
            // so the outline stays convex and its fan covers no pixel twice.
            const float y = cy + radius * std::sin(a);
            outline.push_back({cx + radius * std::cos(a), top ? std::min(y, cut) : std::max(y, cut)});
        }
    }
    outline.push_back({top ? rect.right() : rect.x, cut});
    outline.push_back({top ? rect.x : rect.right(), cut});
    SDL_FPoint centre{0, 0};
    for (const SDL_FPoint& p : outline) centre = {centre.x + p.x, centre.y + p.y};
    centre = {centre.x / static_cast<float>(outline.size()), centre.y / static_cast<float>(outline.size())};
    for (std::size_t i = 0; i < outline.size(); ++i) {
        const SDL_FPoint& a = outline[i];
        const SDL_FPoint& b = outline[(i + 1) % outline.size()];
        if (a.x == b.x && a.y == b.y) continue;
        out.push_back(vertex(centre.x, centre.y, c));
        out.push_back(vertex(a.x, a.y, c));
        out.push_back(vertex(b.x, b.y, c));
    }
}

void append_line(std::vector<SDL_Vertex>& out, app::Vec2 from, app::Vec2 to, float width, app::Color color) {
    float dx = to.x - from.x;
    float dy = to.y - from.y;
    float length = std::sqrt(dx * dx + dy * dy);
    if (length <= 0 || width <= 0) return;
    float nx = -dy / length * width / 2;  // half the width along the normal
    float ny = dx / length * width / 2;
    SDL_Color c = to_sdl(color);
    SDL_Vertex a = vertex(from.x + nx, from.y + ny, c);
    SDL_Vertex b = vertex(to.x + nx, to.y + ny, c);
    SDL_Vertex d = vertex(from.x - nx, from.y - ny, c);
    SDL_Vertex e = vertex(to.x - nx, to.y - ny, c);
    out.insert(out.end(), {a, b, e, a, e, d});
}

}  // namespace platform
