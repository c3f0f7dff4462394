// A small Dear ImGui window for developers, drawn over the exhibit on the same SDL_Renderer. Windowed mode
// only (F12); maintenance tools for kiosks come later, behind an operator PIN.
#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include <SDL.h>

#include "content/problem.h"
#include "frame_stats.h"

namespace platform {

// What the overlay shows; gathered by the main loop each frame the overlay is visible.
struct OverlayInfo {
    FrameStats frames;
    int width_px = 0;
    int height_px = 0;
    float dpi = 0;
    std::string renderer_name;
    std::string video_driver;
    std::string assets_dir;
    std::size_t text_textures = 0;
    std::size_t text_bytes = 0;
    const std::vector<app::Problem>* problems = nullptr;  // warnings of the loaded content
};

// Owns the ImGui context once started; stops it when destroyed (before the renderer goes).
struct ImguiOverlay {
    bool started = false;
    bool visible = false;
    // TrueType/OpenType bytes for the overlay's text (the content's sans font), kept alive for ImGui's atlas.
    // ImGui's built-in font is ASCII only, and content problems quote Russian and Portuguese.
    std::shared_ptr<const std::string> font_bytes;

    // Where the overlay window was last drawn, in window coordinates. ImGui's WantCaptureMouse is only updated
    // once per frame, so a tap that moves and presses in one batch of events (every touch does) would reach
    // both the overlay and the exhibit; a press inside this rectangle belongs to the overlay at once.
    SDL_FRect bounds{0, 0, 0, 0};
    SDL_Window* window = nullptr;
    bool owns_mouse = false;                // the left button went down on the overlay
    std::vector<SDL_FingerID> owned_fingers;  // fingers that went down on the overlay
    ImguiOverlay() = default;
    ImguiOverlay(const ImguiOverlay&) = delete;
    ImguiOverlay& operator=(const ImguiOverlay&) = delete;
    ~ImguiOverlay();
};

// Shows or hides the overlay, starting ImGui the first time. False if ImGui could not start.
bool toggle_overlay(ImguiOverlay& overlay, SDL_Window* window, SDL_Renderer* renderer);

// Gives `event` to ImGui while the overlay is visible. True when ImGui wants it for itself (pointer over the
// overlay, typing in it): then the exhibit must not see it.
bool overlay_takes_event(ImguiOverlay& overlay, const SDL_Event& event);

// Draws the overlay if visible. Call after the display list is rendered, before SDL_RenderPresent.
void draw_overlay(ImguiOverlay& overlay, const OverlayInfo& info);

}  // namespace platform
