// The on-screen PIN pad: a kiosk has no keyboard. Keys of 18 mm, digits shown only as stars, the backoff's
// wait shown as it runs down. A keyboard, where there is one, types too.
#include <cmath>
#include <string>

#include <imgui.h>

#include "overlay/overlay_parts.h"
#include "overlay/pin.h"

namespace platform {
namespace {

void press_digit(ImguiOverlay& overlay, char digit) {
    if (overlay.pin_digits.size() < kMaxPinDigits) overlay.pin_digits += digit;
    overlay.pin_message.clear();
}

void press_delete(ImguiOverlay& overlay) {
    if (!overlay.pin_digits.empty()) overlay.pin_digits.pop_back();
}

}  // namespace

void type_on_pin_pad(ImguiOverlay& overlay, const SDL_Event& event) {
    if (event.type != SDL_KEYDOWN) return;
    const SDL_Keycode k = event.key.keysym.sym;
    if (k >= SDLK_0 && k <= SDLK_9) press_digit(overlay, static_cast<char>('0' + (k - SDLK_0)));
    else if (k >= SDLK_KP_1 && k <= SDLK_KP_9) press_digit(overlay, static_cast<char>('1' + (k - SDLK_KP_1)));
    else if (k == SDLK_KP_0) press_digit(overlay, '0');
    else if (k == SDLK_BACKSPACE) press_delete(overlay);
    else if (k == SDLK_RETURN || k == SDLK_KP_ENTER) overlay.pin_submit = true;
    else if (k == SDLK_ESCAPE) close_overlay(overlay);
}

void draw_pin_pad(ImguiOverlay& overlay, const MaintenanceInfo& m, OverlayActions& actions) {
    const ImGuiIO& io = ImGui::GetIO();
    const ImGuiStyle& style = ImGui::GetStyle();
    // Dim the exhibit: the pad is the only thing to touch now.
    ImGui::GetBackgroundDrawList()->AddRectFilled(ImVec2(0, 0), io.DisplaySize, IM_COL32(0, 0, 0, 200));

    const float key = std::round(mm(overlay, 18));
    const float gap = style.ItemSpacing.x;
    const float pad_w = 3 * key + 2 * gap + 2 * style.WindowPadding.x;
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x / 2, io.DisplaySize.y / 2), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(pad_w, 0), ImGuiCond_Always);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize;
    ImGui::Begin("PIN", nullptr, flags);
    ImGui::TextUnformatted(overlay.pin_purpose == PinPurpose::Open ? "Maintenance PIN" : "PIN to quit the exhibit");

    // Stars for the digits typed: how many, never which.
    std::string stars;
    for (std::size_t i = 0; i < overlay.pin_digits.size(); ++i) stars += i ? " *" : "*";
    ImGui::SetWindowFontScale(1.6f);
    ImGui::TextUnformatted(stars.empty() ? " " : stars.c_str());
    ImGui::SetWindowFontScale(1.0f);

    const bool locked = m.pin_wait_s > 0;
    std::string message = overlay.pin_message;
    if (locked)
        message = "Too many wrong PINs: wait " + std::to_string(static_cast<int>(std::ceil(m.pin_wait_s))) + " s";
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.75f, 0.35f, 1.0f));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 3 * key + 2 * gap);
    ImGui::TextUnformatted(message.empty() ? " " : message.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();

    static const char* const kKeys[12] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "Del", "0", "OK"};
    ImGui::SetWindowFontScale(1.4f);
    for (int i = 0; i < 12; ++i) {
        if (i % 3 != 0) ImGui::SameLine(0, gap);
        const std::string label = kKeys[i];
        const bool ok_key = label == "OK";
        ImGui::BeginDisabled(ok_key && (locked || overlay.pin_digits.size() < kMinPinDigits));
        if (ImGui::Button(label.c_str(), ImVec2(key, key))) {
            if (label == "Del") press_delete(overlay);
            else if (ok_key) overlay.pin_submit = true;
            else press_digit(overlay, label[0]);
        }
        ImGui::EndDisabled();
    }
    ImGui::SetWindowFontScale(1.0f);
    if (ImGui::Button("Cancel", ImVec2(3 * key + 2 * gap, big_button_height(overlay)))) close_overlay(overlay);
    ImGui::End();

    if (overlay.pin_submit) {
        overlay.pin_submit = false;
        if (!locked && overlay.pin_digits.size() >= kMinPinDigits) actions.pin = overlay.pin_digits;
    }
}

}  // namespace platform
