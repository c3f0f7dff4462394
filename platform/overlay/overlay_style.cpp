// Touch-friendly proportions for the overlay: ImGui's defaults suit a mouse on a desktop; a finger on a kiosk
// needs everything larger, in millimetres rather than pixels.
#include <algorithm>
#include <cmath>

#include <imgui.h>

#include "overlay/overlay_parts.h"

namespace platform {

float mm(const ImguiOverlay& overlay, float millimetres) { return millimetres * overlay.px_per_mm; }

float overlay_font_px(const ImguiOverlay& overlay) {
    // 4 mm reads at arm's length; a desktop's 96 dpi gives 15 px, so never below 16 px.
    return std::max(16.0f, std::round(mm(overlay, 4.0f)));
}

void style_for_touch(const ImguiOverlay& overlay, float font_px) {
    ImGuiStyle& style = ImGui::GetStyle();
    // Every frame (slider, checkbox, tab) at least 9 mm tall; spacing that keeps neighbours apart for a finger.
    const float frame_h = std::max(font_px + 8.0f, mm(overlay, 9.0f));
    style.FramePadding = ImVec2(std::round(font_px * 0.6f), std::round((frame_h - font_px) / 2));
    style.ItemSpacing = ImVec2(std::round(mm(overlay, 2.0f)), std::round(mm(overlay, 2.0f)));
    style.ItemInnerSpacing = ImVec2(std::round(mm(overlay, 1.5f)), std::round(mm(overlay, 1.5f)));
    style.WindowPadding = ImVec2(std::round(mm(overlay, 3.0f)), std::round(mm(overlay, 3.0f)));
    style.ScrollbarSize = std::round(mm(overlay, 6.0f));
    style.GrabMinSize = std::round(mm(overlay, 6.0f));
    style.TouchExtraPadding = ImVec2(std::round(mm(overlay, 1.0f)), std::round(mm(overlay, 1.0f)));
    style.WindowRounding = 4;
    style.FrameRounding = 3;
}

float big_button_height(const ImguiOverlay& overlay) { return std::round(mm(overlay, 15.0f)); }

bool big_button(const ImguiOverlay& overlay, const char* label, float width) {
    return ImGui::Button(label, ImVec2(std::max(width, big_button_height(overlay)), big_button_height(overlay)));
}

}  // namespace platform
