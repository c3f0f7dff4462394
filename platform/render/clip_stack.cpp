#include "render/clip_stack.h"

#include <algorithm>
#include <cmath>

namespace platform {

app::Rect intersect(app::Rect a, app::Rect b) {
    float left = std::max(a.x, b.x);
    float top = std::max(a.y, b.y);
    float right = std::min(a.right(), b.right());
    float bottom = std::min(a.bottom(), b.bottom());
    return app::Rect{left, top, std::max(0.0f, right - left), std::max(0.0f, bottom - top)};
}

SDL_Rect covering_pixels(app::Rect r) {
    int left = static_cast<int>(std::floor(r.x));
    int top = static_cast<int>(std::floor(r.y));
    int right = static_cast<int>(std::ceil(r.right()));
    int bottom = static_cast<int>(std::ceil(r.bottom()));
    return SDL_Rect{left, top, std::max(0, right - left), std::max(0, bottom - top)};
}

void push_clip(ClipStack& stack, app::Rect rect) {
    if (rect.w < 0) rect.w = 0;
    if (rect.h < 0) rect.h = 0;
    stack.rects.push_back(stack.rects.empty() ? rect : intersect(stack.rects.back(), rect));
}

void pop_clip(ClipStack& stack) {
    if (!stack.rects.empty()) stack.rects.pop_back();
}

std::optional<app::Rect> current_clip(const ClipStack& stack) {
    if (stack.rects.empty()) return std::nullopt;
    return stack.rects.back();
}

bool clips_everything(const ClipStack& stack) {
    return !stack.rects.empty() && (stack.rects.back().w <= 0 || stack.rects.back().h <= 0);
}

}  // namespace platform
