#include "window/input_translation.h"

#include <string>

namespace platform {
namespace {

app::Vec2 mouse_pixels(int x, int y, const PointerSpace& space) {
    return {static_cast<float>(x) * space.px_per_point_x, static_cast<float>(y) * space.px_per_point_y};
}

app::InputEvent finger(app::PointerPhase phase, const SDL_TouchFingerEvent& e, const PointerSpace& space) {
    return app::PointerEvent{
        phase, static_cast<std::int64_t>(e.fingerId), {e.x * space.width_px, e.y * space.height_px}};
}

}  // namespace

PointerSpace pointer_space_of(SDL_Window* window) {
    PointerSpace space;
    if (!window) return space;
    int w = 0;
    int h = 0;
    SDL_GetWindowSize(window, &w, &h);
    int pw = w;
    int ph = h;
    if (SDL_Renderer* renderer = SDL_GetRenderer(window)) SDL_GetRendererOutputSize(renderer, &pw, &ph);
    space.width_px = static_cast<float>(pw);
    space.height_px = static_cast<float>(ph);
    space.px_per_point_x = w > 0 ? static_cast<float>(pw) / static_cast<float>(w) : 1.0f;
    space.px_per_point_y = h > 0 ? static_cast<float>(ph) / static_cast<float>(h) : 1.0f;
    return space;
}

SDL_Window* window_of_event(const SDL_Event& event, SDL_Window* fallback) {
    Uint32 id = 0;
    switch (event.type) {
        case SDL_FINGERDOWN:
        case SDL_FINGERMOTION:
        case SDL_FINGERUP: id = event.tfinger.windowID; break;
        case SDL_MOUSEBUTTONDOWN:
        case SDL_MOUSEBUTTONUP: id = event.button.windowID; break;
        case SDL_MOUSEMOTION: id = event.motion.windowID; break;
        case SDL_MOUSEWHEEL: id = event.wheel.windowID; break;
        case SDL_WINDOWEVENT: id = event.window.windowID; break;
        default: break;
    }
    SDL_Window* window = id != 0 ? SDL_GetWindowFromID(id) : nullptr;
    return window ? window : fallback;
}

std::optional<app::InputEvent> translate_event(const SDL_Event& event, const PointerSpace& space) {
    switch (event.type) {
        case SDL_FINGERDOWN: return finger(app::PointerPhase::Down, event.tfinger, space);
        case SDL_FINGERMOTION: return finger(app::PointerPhase::Move, event.tfinger, space);
        case SDL_FINGERUP: return finger(app::PointerPhase::Up, event.tfinger, space);

        case SDL_MOUSEBUTTONDOWN:
        case SDL_MOUSEBUTTONUP: {
            const SDL_MouseButtonEvent& b = event.button;
            if (b.which == SDL_TOUCH_MOUSEID || b.button != SDL_BUTTON_LEFT) return std::nullopt;
            auto phase = event.type == SDL_MOUSEBUTTONDOWN ? app::PointerPhase::Down : app::PointerPhase::Up;
            return app::PointerEvent{phase, app::kMouseFinger, mouse_pixels(b.x, b.y, space)};
        }
        case SDL_MOUSEMOTION: {
            const SDL_MouseMotionEvent& m = event.motion;
            if (m.which == SDL_TOUCH_MOUSEID || (m.state & SDL_BUTTON_LMASK) == 0) return std::nullopt;
            return app::PointerEvent{app::PointerPhase::Move, app::kMouseFinger, mouse_pixels(m.x, m.y, space)};
        }
        case SDL_MOUSEWHEEL: {
            const SDL_MouseWheelEvent& w = event.wheel;
            if (w.which == SDL_TOUCH_MOUSEID) return std::nullopt;
            // preciseY is y with the fractions of smooth touchpads and wheels kept (equal to y for notched ones).
            float lines = w.preciseY != 0.0f ? w.preciseY : static_cast<float>(w.y);
            if (w.direction == SDL_MOUSEWHEEL_FLIPPED) lines = -lines;
            if (lines == 0.0f) return std::nullopt;  // horizontal only
            return app::WheelEvent{mouse_pixels(w.mouseX, w.mouseY, space), lines};
        }
        case SDL_KEYDOWN: {
            std::string name = SDL_GetKeyName(event.key.keysym.sym);  // copied at once: SDL reuses its buffer
            if (name.empty()) return std::nullopt;                    // a key SDL has no name for
            return app::KeyEvent{std::move(name)};
        }
        default: return std::nullopt;
    }
}

}  // namespace platform
