// The pieces of the maintenance overlay (imgui_overlay.cpp puts them together). Each draws with Dear ImGui
// inside a frame that imgui_overlay.cpp begins and ends. Internal to the overlay.
#pragma once
#include <SDL.h>

#include "overlay/imgui_overlay.h"

namespace platform {

// Sizes in millimetres of the screen, so touch targets keep their size on any display.
float mm(const ImguiOverlay& overlay, float millimetres);
float overlay_font_px(const ImguiOverlay& overlay);
void style_for_touch(const ImguiOverlay& overlay, float font_px);
float big_button_height(const ImguiOverlay& overlay);  // 15 mm: a fingertip's target, never smaller
bool big_button(const ImguiOverlay& overlay, const char* label, float width);

// overlay_pin_pad.cpp
void draw_pin_pad(ImguiOverlay& overlay, const MaintenanceInfo& m, OverlayActions& actions);
void type_on_pin_pad(ImguiOverlay& overlay, const SDL_Event& event);  // digits, Backspace, Enter, Escape

// overlay_screen_tests.cpp
void note_touch_test_event(ImguiOverlay& overlay, const SDL_Event& event);
void draw_touch_test(ImguiOverlay& overlay);
void draw_test_pattern(ImguiOverlay& overlay);

// overlay_tabs.cpp
void draw_system_tab(const ImguiOverlay& overlay, const OverlayInfo& info);
void draw_content_tab(const ImguiOverlay& overlay, const OverlayInfo& info, OverlayActions& actions);
void draw_settings_tab(ImguiOverlay& overlay, const MaintenanceInfo& m, OverlayActions& actions);
void draw_visitors_tab(const ImguiOverlay& overlay, const MaintenanceInfo& m, OverlayActions& actions);

}  // namespace platform
