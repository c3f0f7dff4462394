#include "overlay/imgui_overlay.h"

#include <algorithm>

#include <cmath>

#include <imgui.h>
#include <imgui_impl_sdl.h>
#include <imgui_impl_sdlrenderer.h>

#include "overlay/overlay_parts.h"

namespace platform {
namespace {

bool inside(const SDL_FRect& r, float x, float y) { return x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h; }

// Whether a pointer event belongs to the overlay: it started there, or ImGui is busy with the pointer.
// ImGui itself sees fingers only as the mouse events SDL synthesises from them.
bool overlay_takes_pointer(ImguiOverlay& overlay, const SDL_Event& event, bool imgui_wants_mouse) {
    switch (event.type) {
        case SDL_MOUSEBUTTONDOWN: {
            bool take = imgui_wants_mouse || inside(overlay.bounds, float(event.button.x), float(event.button.y));
            if (take && event.button.button == SDL_BUTTON_LEFT) overlay.owns_mouse = true;
            return take;
        }
        case SDL_MOUSEBUTTONUP: {
            bool take = imgui_wants_mouse || overlay.owns_mouse;
            if (event.button.button == SDL_BUTTON_LEFT) overlay.owns_mouse = false;
            return take;
        }
        case SDL_MOUSEMOTION: return imgui_wants_mouse || overlay.owns_mouse;
        case SDL_MOUSEWHEEL:
            return imgui_wants_mouse || inside(overlay.bounds, float(event.wheel.mouseX), float(event.wheel.mouseY));
        case SDL_FINGERDOWN: {
            int w = 0;
            int h = 0;
            SDL_GetWindowSize(overlay.window, &w, &h);
            if (!inside(overlay.bounds, event.tfinger.x * float(w), event.tfinger.y * float(h))) return false;
            overlay.owned_fingers.push_back(event.tfinger.fingerId);
            return true;
        }
        case SDL_FINGERMOTION:
        case SDL_FINGERUP: {
            auto& owned = overlay.owned_fingers;
            auto it = std::find(owned.begin(), owned.end(), event.tfinger.fingerId);
            if (it == owned.end()) return false;
            if (event.type == SDL_FINGERUP) owned.erase(it);
            return true;
        }
        default: return false;
    }
}

bool is_pointer_event(Uint32 type) {
    return type == SDL_MOUSEBUTTONDOWN || type == SDL_MOUSEBUTTONUP || type == SDL_MOUSEMOTION ||
           type == SDL_MOUSEWHEEL || type == SDL_FINGERDOWN || type == SDL_FINGERMOTION || type == SDL_FINGERUP;
}

bool is_keyboard_event(Uint32 type) { return type == SDL_KEYDOWN || type == SDL_KEYUP || type == SDL_TEXTINPUT; }

// Latin with Portuguese, Cyrillic, and the typographic punctuation (dashes, quotes) content uses.
const ImWchar kGlyphRanges[] = {0x0020, 0x017F, 0x0400, 0x052F, 0x2000, 0x206F, 0x20AC, 0x20AC, 0};

void use_font(const std::shared_ptr<const std::string>& bytes, float kFontSizePx) {
    if (!bytes || bytes->empty()) {
        // ImGui's own font is a 13 px bitmap: scaled, so the overlay keeps its physical size on any screen.
        ImGui::GetIO().FontGlobalScale = kFontSizePx / 13.0f;
        return;
    }
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // the bytes belong to the overlay, not to ImGui
    ImGuiIO& io = ImGui::GetIO();
    // ImGui takes non-const data but does not write to it when it does not own it.
    io.Fonts->AddFontFromMemoryTTF(const_cast<char*>(bytes->data()), static_cast<int>(bytes->size()), kFontSizePx,
                                   &config, kGlyphRanges);
}

void show_problems(const std::vector<app::Problem>* problems) {
    std::size_t count = problems ? problems->size() : 0;
    if (count == 0) {
        ImGui::TextUnformatted("Content problems: none");
        return;
    }
    std::string title = "Content problems: " + std::to_string(count);
    if (!ImGui::CollapsingHeader(title.c_str())) return;
    // A scrolling box, so fifty warnings do not turn a small overlay into a wall of text.
    ImGui::BeginChild("problems", ImVec2(0, ImGui::GetFontSize() * 12.0f), true);  // as wide as the panel
    for (const app::Problem& p : *problems) {
        ImVec4 colour = p.warning ? ImVec4(1.0f, 0.8f, 0.3f, 1.0f) : ImVec4(1.0f, 0.4f, 0.4f, 1.0f);
        ImGui::PushStyleColor(ImGuiCol_Text, colour);
        ImGui::TextWrapped("%s", app::format_problem(p).c_str());
        ImGui::PopStyleColor();
    }
    ImGui::EndChild();
}

// The panel closes by itself when nobody touches it: the PIN pad after a minute, the rest after ten minutes
// on a kiosk (a desktop's developer closes it with F12).
bool left_alone(const ImguiOverlay& overlay, const MaintenanceInfo& m) {
    const double idle = m.now_s - overlay.last_input_s;
    if (overlay.screen == OverlayScreen::PinPad) return idle > 60;
    return m.kiosk && idle > 600;
}

ImGuiTabItemFlags tab_flags(const ImguiOverlay& overlay, const char* name) {
    return overlay.select_tab == name ? ImGuiTabItemFlags_SetSelected : ImGuiTabItemFlags_None;
}

void draw_panel(ImguiOverlay& overlay, const OverlayInfo& info, OverlayActions& actions) {
    const MaintenanceInfo& m = info.maintenance;
    const ImGuiIO& io = ImGui::GetIO();
    const float margin = mm(overlay, 3);
    // Half the screen or 170 mm, whichever is wider: the exhibit stays in view beside the graphs.
    const float width = std::min(io.DisplaySize.x - 2 * margin, std::max(io.DisplaySize.x * 0.5f, mm(overlay, 170)));
    ImGui::SetNextWindowPos(ImVec2(margin, margin), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(width, io.DisplaySize.y - 2 * margin), ImGuiCond_Always);
    ImGui::SetNextWindowBgAlpha(0.92f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse |
                                   ImGuiWindowFlags_NoSavedSettings;
    if (ImGui::Begin(m.kiosk ? "Maintenance" : "Maintenance (F12)", nullptr, flags)) {
        // The tabs scroll; the buttons to leave stay at the bottom, always in reach.
        const float buttons_h = big_button_height(overlay) + ImGui::GetStyle().ItemSpacing.y * 2;
        if (ImGui::BeginTabBar("tabs")) {
            if (ImGui::BeginTabItem("System", nullptr, tab_flags(overlay, "System"))) {
                ImGui::BeginChild("system", ImVec2(0, -buttons_h));
                draw_system_tab(overlay, info);
                ImGui::EndChild();
                ImGui::EndTabItem();
            }
            if (ImGui::BeginTabItem("Content", nullptr, tab_flags(overlay, "Content"))) {
                ImGui::BeginChild("content", ImVec2(0, -buttons_h));
                draw_content_tab(overlay, info, actions);
                show_problems(info.problems);
                ImGui::EndChild();
                ImGui::EndTabItem();
            }
            if (ImGui::BeginTabItem("Settings", nullptr, tab_flags(overlay, "Settings"))) {
                ImGui::BeginChild("settings", ImVec2(0, -buttons_h));
                draw_settings_tab(overlay, m, actions);
                ImGui::EndChild();
                ImGui::EndTabItem();
            }
            if (ImGui::BeginTabItem("Visitors", nullptr, tab_flags(overlay, "Visitors"))) {
                ImGui::BeginChild("visitors", ImVec2(0, -buttons_h));
                draw_visitors_tab(overlay, m, actions);
                ImGui::EndChild();
                ImGui::EndTabItem();
            }
            ImGui::EndTabBar();
        }
        overlay.select_tab.clear();
        ImGui::Separator();
        const float w = (ImGui::GetContentRegionAvail().x - 3 * ImGui::GetStyle().ItemSpacing.x) / 4;
        if (big_button(overlay, "Leave", w)) close_overlay(overlay);
        ImGui::SameLine();
        if (big_button(overlay, "Touch test", w)) overlay.screen = OverlayScreen::TouchTest;
        ImGui::SameLine();
        if (big_button(overlay, "Test pattern", w)) overlay.screen = OverlayScreen::TestPattern;
        ImGui::SameLine();
        if (big_button(overlay, "Quit exhibit", w)) {
            // Quitting a kiosk takes the PIN again: the panel may have been left open.
            if (m.pin_set) {
                overlay.screen = OverlayScreen::PinPad;
                overlay.pin_purpose = PinPurpose::Quit;
                overlay.pin_digits.clear();
                overlay.pin_message.clear();
            } else {
                actions.quit = true;
            }
        }
    }
    ImVec2 pos = ImGui::GetWindowPos();
    ImVec2 size = ImGui::GetWindowSize();
    overlay.bounds = SDL_FRect{pos.x, pos.y, size.x, size.y};
    ImGui::End();
}

}  // namespace

ImguiOverlay::~ImguiOverlay() {
    if (!started) return;
    ImGui_ImplSDLRenderer_Shutdown();
    if (window) ImGui_ImplSDL2_Shutdown();  // no window: the platform backend never started (golden tests)
    ImGui::DestroyContext();
}

bool start_overlay(ImguiOverlay& overlay, SDL_Window* window, SDL_Renderer* renderer) {
    if (overlay.started) return true;
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;  // no imgui.ini appearing next to a kiosk's working directory
    ImGui::StyleColorsDark();
    const float font_px = overlay_font_px(overlay);
    use_font(overlay.font_bytes, font_px);
    style_for_touch(overlay, font_px);
    if (window && !ImGui_ImplSDL2_InitForSDLRenderer(window)) {
        ImGui::DestroyContext();
        return false;
    }
    if (!ImGui_ImplSDLRenderer_Init(renderer)) {
        if (window) ImGui_ImplSDL2_Shutdown();
        ImGui::DestroyContext();
        return false;
    }
    overlay.started = true;
    overlay.window = window;
    return true;
}

bool toggle_overlay(ImguiOverlay& overlay, SDL_Window* window, SDL_Renderer* renderer) {
    if (!start_overlay(overlay, window, renderer)) return false;
    overlay.visible = !overlay.visible;
    overlay.screen = OverlayScreen::Panel;   // F12 is the developer's: no PIN
    overlay.bounds = SDL_FRect{0, 0, 0, 0};  // until drawn
    overlay.owns_mouse = false;
    overlay.owned_fingers.clear();
    overlay.last_input_s = -1;
    return true;
}

bool open_pin_pad(ImguiOverlay& overlay, SDL_Window* window, SDL_Renderer* renderer, PinPurpose purpose) {
    if (!start_overlay(overlay, window, renderer)) return false;
    overlay.visible = true;
    overlay.screen = OverlayScreen::PinPad;
    overlay.pin_purpose = purpose;
    overlay.pin_digits.clear();
    overlay.pin_message.clear();
    overlay.owns_mouse = false;
    overlay.owned_fingers.clear();
    overlay.last_input_s = -1;
    return true;
}

void answer_pin(ImguiOverlay& overlay, PinVerdict verdict, double wait_s) {
    overlay.pin_digits.clear();
    switch (verdict) {
        case PinVerdict::Right:
            overlay.pin_message.clear();
            overlay.screen = OverlayScreen::Panel;
            overlay.edited_loaded = false;
            break;
        case PinVerdict::Wrong: overlay.pin_message = "Wrong PIN"; break;
        case PinVerdict::Wait:
            overlay.pin_message =
                "Too many wrong PINs: wait " + std::to_string(static_cast<int>(std::ceil(wait_s))) + " s";
            break;
        case PinVerdict::NoPinSet:
            overlay.pin_message = "No PIN is set on this machine. Set one with: exhibit --set-pin";
            break;
    }
}

void close_overlay(ImguiOverlay& overlay) {
    overlay.visible = false;
    overlay.screen = OverlayScreen::Panel;
    overlay.pin_digits.clear();
    overlay.touches.clear();
    overlay.mouse_down = false;
    overlay.owns_mouse = false;
    overlay.owned_fingers.clear();
}

bool overlay_takes_event(ImguiOverlay& overlay, const SDL_Event& event) {
    if (!overlay.started || !overlay.visible) return false;
    if (overlay.window) ImGui_ImplSDL2_ProcessEvent(&event);
    if (is_pointer_event(event.type) || is_keyboard_event(event.type)) overlay.input_seen = true;
    if (overlay.screen != OverlayScreen::Panel) {
        // The PIN pad and the screen tests cover the screen: nothing reaches the exhibit behind them.
        note_touch_test_event(overlay, event);
        if (overlay.screen == OverlayScreen::PinPad) type_on_pin_pad(overlay, event);
        return is_pointer_event(event.type) || is_keyboard_event(event.type);
    }
    const ImGuiIO& io = ImGui::GetIO();
    if (is_pointer_event(event.type)) return overlay_takes_pointer(overlay, event, io.WantCaptureMouse);
    if (is_keyboard_event(event.type)) return io.WantCaptureKeyboard;
    return false;
}

OverlayActions draw_overlay(ImguiOverlay& overlay, const OverlayInfo& info) {
    OverlayActions actions;
    if (!overlay.started || !overlay.visible) return actions;
    const MaintenanceInfo& m = info.maintenance;
    if (overlay.input_seen || overlay.last_input_s < 0) overlay.last_input_s = m.now_s;
    overlay.input_seen = false;
    if (left_alone(overlay, m)) {
        close_overlay(overlay);  // a technician walked away: visitors get their exhibit back
        return actions;
    }
    ImGui_ImplSDLRenderer_NewFrame();
    if (overlay.window) {
        ImGui_ImplSDL2_NewFrame();
    } else {
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(static_cast<float>(info.width_px), static_cast<float>(info.height_px));
        io.DeltaTime = 1.0f / 60.0f;
    }
    ImGui::NewFrame();
    switch (overlay.screen) {
        case OverlayScreen::Panel: draw_panel(overlay, info, actions); break;
        case OverlayScreen::PinPad: draw_pin_pad(overlay, m, actions); break;
        case OverlayScreen::TouchTest: draw_touch_test(overlay); break;
        case OverlayScreen::TestPattern: draw_test_pattern(overlay); break;
    }
    ImGui::Render();
    ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
    return actions;
}

}  // namespace platform
