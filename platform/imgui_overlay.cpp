#include "imgui_overlay.h"

#include <algorithm>

#include <imgui.h>
#include <imgui_impl_sdl.h>
#include <imgui_impl_sdlrenderer.h>

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
constexpr float kFontSizePx = 16.0f;

void use_font(const std::shared_ptr<const std::string>& bytes) {
    if (!bytes || bytes->empty()) return;
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
    ImGui::BeginChild("problems", ImVec2(ImGui::GetFontSize() * 36.0f, ImGui::GetFontSize() * 16.0f), true);
    for (const app::Problem& p : *problems) {
        ImVec4 colour = p.warning ? ImVec4(1.0f, 0.8f, 0.3f, 1.0f) : ImVec4(1.0f, 0.4f, 0.4f, 1.0f);
        ImGui::PushStyleColor(ImGuiCol_Text, colour);
        ImGui::TextWrapped("%s", app::format_problem(p).c_str());
        ImGui::PopStyleColor();
    }
    ImGui::EndChild();
}

}  // namespace

ImguiOverlay::~ImguiOverlay() {
    if (!started) return;
    ImGui_ImplSDLRenderer_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
}

bool toggle_overlay(ImguiOverlay& overlay, SDL_Window* window, SDL_Renderer* renderer) {
    if (!overlay.started) {
        IMGUI_CHECKVERSION();
        ImGui::CreateContext();
        ImGui::GetIO().IniFilename = nullptr;  // no imgui.ini appearing next to a kiosk's working directory
        ImGui::StyleColorsDark();
        use_font(overlay.font_bytes);
        if (!ImGui_ImplSDL2_InitForSDLRenderer(window)) {
            ImGui::DestroyContext();
            return false;
        }
        if (!ImGui_ImplSDLRenderer_Init(renderer)) {
            ImGui_ImplSDL2_Shutdown();
            ImGui::DestroyContext();
            return false;
        }
        overlay.started = true;
        overlay.window = window;
    }
    overlay.visible = !overlay.visible;
    overlay.bounds = SDL_FRect{0, 0, 0, 0};  // until drawn
    overlay.owns_mouse = false;
    overlay.owned_fingers.clear();
    return true;
}

bool overlay_takes_event(ImguiOverlay& overlay, const SDL_Event& event) {
    if (!overlay.started || !overlay.visible) return false;
    ImGui_ImplSDL2_ProcessEvent(&event);
    const ImGuiIO& io = ImGui::GetIO();
    if (is_pointer_event(event.type)) return overlay_takes_pointer(overlay, event, io.WantCaptureMouse);
    if (is_keyboard_event(event.type)) return io.WantCaptureKeyboard;
    return false;
}

void draw_overlay(ImguiOverlay& overlay, const OverlayInfo& info) {
    if (!overlay.started || !overlay.visible) return;
    ImGui_ImplSDLRenderer_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();

    ImGui::SetNextWindowPos(ImVec2(12, 12), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowBgAlpha(0.85f);
    if (ImGui::Begin("Developer (F12)", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::Text("Frame: %.2f ms last, %.2f ms average", info.frames.last_ms, info.frames.average_ms);
        ImGui::Text("Frames drawn: %llu", static_cast<unsigned long long>(info.frames.frames));
        ImGui::Text("Window: %d x %d px at %.0f dpi", info.width_px, info.height_px, static_cast<double>(info.dpi));
        ImGui::Text("Renderer: %s", info.renderer_name.c_str());
        ImGui::Text("Video driver: %s", info.video_driver.c_str());
        ImGui::Text("Text cache: %zu textures, %.1f MiB", info.text_textures,
                    static_cast<double>(info.text_bytes) / (1024.0 * 1024.0));
        ImGui::Text("Assets: %s", info.assets_dir.c_str());
        ImGui::Separator();
        show_problems(info.problems);
    }
    ImVec2 pos = ImGui::GetWindowPos();
    ImVec2 size = ImGui::GetWindowSize();
    overlay.bounds = SDL_FRect{pos.x, pos.y, size.x, size.y};
    ImGui::End();

    ImGui::Render();
    ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
}

}  // namespace platform
