// Screen tests for installing a display: the touch test (every finger drawn with its id and coordinates, to
// check calibration and rotation) and a test pattern (grey ramp, colour bars, a 1-pixel grid, to check
// contrast, colour, scaling and overscan). Both cover the whole screen; a button in the middle leaves.
#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "overlay/overlay_parts.h"

namespace platform {
namespace {

void back_button(ImguiOverlay& overlay, const char* hint) {
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x / 2, io.DisplaySize.y / 2), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowBgAlpha(0.85f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize;
    ImGui::Begin("screen test", nullptr, flags);
    ImGui::TextUnformatted(hint);
    if (big_button(overlay, "Back to the panel", mm(overlay, 60))) {
        overlay.screen = OverlayScreen::Panel;
        overlay.touches.clear();
    }
    ImGui::End();
}

ImU32 grey(int v) { return IM_COL32(v, v, v, 255); }

}  // namespace

void note_touch_test_event(ImguiOverlay& overlay, const SDL_Event& event) {
    auto& touches = overlay.touches;
    auto find = [&](SDL_FingerID id) {
        return std::find_if(touches.begin(), touches.end(), [&](const auto& t) { return t.first == id; });
    };
    int w = 0;
    int h = 0;
    if (overlay.window) SDL_GetWindowSize(overlay.window, &w, &h);
    switch (event.type) {
        case SDL_FINGERDOWN:
        case SDL_FINGERMOTION: {
            const ImguiOverlay::Touch at{event.tfinger.x * static_cast<float>(w),
                                         event.tfinger.y * static_cast<float>(h)};
            auto it = find(event.tfinger.fingerId);
            if (it != touches.end()) it->second = at;
            else if (touches.size() < 20) touches.emplace_back(event.tfinger.fingerId, at);  // a palm cannot grow it
            break;
        }
        case SDL_FINGERUP: {
            auto it = find(event.tfinger.fingerId);
            if (it != touches.end()) touches.erase(it);
            break;
        }
        case SDL_MOUSEBUTTONDOWN:
        case SDL_MOUSEBUTTONUP:
        case SDL_MOUSEMOTION:
            if (event.type == SDL_MOUSEMOTION ? event.motion.which == SDL_TOUCH_MOUSEID
                                              : event.button.which == SDL_TOUCH_MOUSEID)
                break;  // the finger events already say it
            if (event.type == SDL_MOUSEBUTTONDOWN) overlay.mouse_down = true;
            if (event.type == SDL_MOUSEBUTTONUP) overlay.mouse_down = false;
            if (event.type == SDL_MOUSEMOTION) overlay.mouse = {float(event.motion.x), float(event.motion.y)};
            else overlay.mouse = {float(event.button.x), float(event.button.y)};
            break;
        default: break;
    }
}

void draw_touch_test(ImguiOverlay& overlay) {
    const ImGuiIO& io = ImGui::GetIO();
    ImDrawList* draw = ImGui::GetBackgroundDrawList();
    draw->AddRectFilled(ImVec2(0, 0), io.DisplaySize, IM_COL32(16, 20, 28, 255));
    // A 10 mm grid: a finger's circle should sit on the grid where the finger is.
    const float step = mm(overlay, 10);
    for (float x = 0; x < io.DisplaySize.x; x += step)
        draw->AddLine(ImVec2(x, 0), ImVec2(x, io.DisplaySize.y), IM_COL32(60, 70, 90, 255));
    for (float y = 0; y < io.DisplaySize.y; y += step)
        draw->AddLine(ImVec2(0, y), ImVec2(io.DisplaySize.x, y), IM_COL32(60, 70, 90, 255));
    const float radius = mm(overlay, 8);
    auto mark = [&](const ImguiOverlay::Touch& t, const std::string& label, ImU32 colour) {
        const ImVec2 c(t.x, t.y);
        draw->AddCircle(c, radius, colour, 48, 3.0f);
        draw->AddLine(ImVec2(c.x - radius * 1.5f, c.y), ImVec2(c.x + radius * 1.5f, c.y), colour, 1.0f);
        draw->AddLine(ImVec2(c.x, c.y - radius * 1.5f), ImVec2(c.x, c.y + radius * 1.5f), colour, 1.0f);
        char text[96];
        std::snprintf(text, sizeof text, "%s  %.0f, %.0f", label.c_str(), static_cast<double>(t.x),
                      static_cast<double>(t.y));
        draw->AddText(ImVec2(c.x + radius + 4, c.y - radius - ImGui::GetFontSize()), colour, text);
    };
    for (const auto& [id, t] : overlay.touches)
        mark(t, "finger " + std::to_string(static_cast<long long>(id)), IM_COL32(255, 210, 80, 255));
    if (overlay.mouse_down) mark(overlay.mouse, "mouse", IM_COL32(120, 220, 255, 255));
    char hint[128];
    std::snprintf(hint, sizeof hint, "Touch test: %zu finger(s) down. Screen %.0f x %.0f; grid 10 mm.",
                  overlay.touches.size(), static_cast<double>(io.DisplaySize.x), static_cast<double>(io.DisplaySize.y));
    back_button(overlay, hint);
}

void draw_test_pattern(ImguiOverlay& overlay) {
    const ImGuiIO& io = ImGui::GetIO();
    ImDrawList* draw = ImGui::GetBackgroundDrawList();
    // Exact pixels: no anti-aliasing, whole-pixel rectangles only.
    const ImDrawListFlags saved = draw->Flags;
    draw->Flags &=
        ~(ImDrawListFlags_AntiAliasedLines | ImDrawListFlags_AntiAliasedLinesUseTex | ImDrawListFlags_AntiAliasedFill);
    const int w = static_cast<int>(io.DisplaySize.x);
    const int h = static_cast<int>(io.DisplaySize.y);
    auto rect = [&](int x0, int y0, int x1, int y1, ImU32 c) {
        draw->AddRectFilled(ImVec2(float(x0), float(y0)), ImVec2(float(x1), float(y1)), c);
    };
    rect(0, 0, w, h, grey(0));
    // Top third: colour bars (white, yellow, cyan, green, magenta, red, blue, black).
    const ImU32 bars[8] = {IM_COL32(255, 255, 255, 255), IM_COL32(255, 255, 0, 255), IM_COL32(0, 255, 255, 255),
                           IM_COL32(0, 255, 0, 255),     IM_COL32(255, 0, 255, 255), IM_COL32(255, 0, 0, 255),
                           IM_COL32(0, 0, 255, 255),     IM_COL32(0, 0, 0, 255)};
    const int third = h / 3;
    for (int i = 0; i < 8; ++i) rect(w * i / 8, 0, w * (i + 1) / 8, third, bars[i]);
    // Middle third: a grey ramp in 32 steps (steps show banding plainly), over a smooth one below it.
    for (int i = 0; i < 32; ++i) rect(w * i / 32, third, w * (i + 1) / 32, third + third / 2, grey(i * 255 / 31));
    for (int x = 0; x < w; ++x) rect(x, third + third / 2, x + 1, 2 * third, grey(w > 1 ? x * 255 / (w - 1) : 0));
    // Bottom third: a 1-pixel grid every 8 pixels, and a 1-pixel checkerboard patch that blurs to grey when the
    // picture is scaled.
    rect(0, 2 * third, w, h, grey(0));
    for (int x = 0; x < w; x += 8) rect(x, 2 * third, x + 1, h, grey(255));
    for (int y = 2 * third; y < h; y += 8) rect(0, y, w, y + 1, grey(255));
    const int patch = std::min(64, third / 2);
    const int px0 = w - patch - 16;
    const int py0 = h - patch - 16;
    rect(px0 - 1, py0 - 1, px0 + patch + 1, py0 + patch + 1, grey(0));
    for (int y = 0; y < patch; ++y)
        for (int x = (y % 2); x < patch; x += 2) rect(px0 + x, py0 + y, px0 + x + 1, py0 + y + 1, grey(255));
    // The outermost pixels in red: a screen that crops (overscan) loses them.
    const ImU32 red = IM_COL32(255, 0, 0, 255);
    rect(0, 0, w, 1, red);
    rect(0, h - 1, w, h, red);
    rect(0, 0, 1, h, red);
    rect(w - 1, 0, w, h, red);
    draw->Flags = saved;
    back_button(overlay, "Test pattern: colour bars, grey ramp, 1-pixel grid; red edge pixels must all show.");
}

}  // namespace platform
