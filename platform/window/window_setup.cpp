#include "window/window_setup.h"

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

#include "window/kiosk_console.h"

namespace platform {
namespace {

int render_driver_index(const char* name) {
    for (int i = 0; i < SDL_GetNumRenderDrivers(); ++i) {
        SDL_RendererInfo info{};
        if (SDL_GetRenderDriverInfo(i, &info) == 0 && std::string(info.name) == name) return i;
    }
    return -1;
}

// A DRM render node is how Mesa reaches a GPU. Without one, OpenGL on a desktop is Mesa drawing on the CPU
// (llvmpipe): it maps LLVM (36 MiB of PSS here) and redraws through a GPU pipeline emulated in software.
bool has_render_node() {
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator("/dev/dri", ec)) {
        if (entry.path().filename().string().rfind("renderD", 0) == 0) return true;
    }
    return false;
}

}  // namespace

void prepare_video(bool kiosk) {
    SDL_SetHint(SDL_HINT_APP_NAME, "Exhibit");
    if (kiosk) {
        const std::string console = lock_kiosk_console();
        if (!console.empty()) std::cerr << "exhibit: " << console << "\n";
        // The window manager's close button (or Alt+F4) must not end the exhibit; signals (systemd) still do,
        // since they arrive as SDL_QUIT without a window closing.
        SDL_SetHint(SDL_HINT_QUIT_ON_LAST_WINDOW_CLOSE, "0");
        // A notification stealing focus must not minimise a full-screen exhibit.
        SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
        SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "1");
    } else {
        // A developer's desktop: keep its compositor and its screensaver.
        SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");
        SDL_SetHint(SDL_HINT_VIDEO_ALLOW_SCREENSAVER, "1");
    }
}

bool invisible_driver_by_accident() {
    const char* driver = SDL_GetCurrentVideoDriver();
    if (!driver) return true;
    std::string name = driver;
    if (name != "offscreen" && name != "dummy" && name != "evdev") return false;
    const char* asked = SDL_GetHint(SDL_HINT_VIDEODRIVER);
    const char* env = std::getenv("SDL_VIDEODRIVER");
    return !(asked && *asked) && !(env && *env);
}

void explain_no_display(const std::string& why) {
    std::cerr << "exhibit: cannot open a display: " << why << "\n";
    const char* x11 = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    if ((!x11 || !*x11) && (!wayland || !*wayland)) {
        std::cerr << "  Neither DISPLAY nor WAYLAND_DISPLAY is set, and KMSDRM could not take the screen\n"
                  << "  (no /dev/dri device, another program owns it, or this user is not in the 'video' group).\n";
    }
    std::cerr << "  To get a picture without any display:  exhibit --screenshot out.png --size 1920x1080\n";
}

WindowPtr create_window(const Options& options) {
    if (!options.kiosk) {
        PixelSize size = options.size.value_or(kDefaultWindowSize);
        return WindowPtr(SDL_CreateWindow("Exhibit", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, size.width,
                                          size.height, SDL_WINDOW_ALLOW_HIGHDPI | SDL_WINDOW_RESIZABLE));
    }
    SDL_Rect display{0, 0, kDefaultWindowSize.width, kDefaultWindowSize.height};
    SDL_GetDisplayBounds(0, &display);
    return WindowPtr(
        SDL_CreateWindow("Exhibit", display.x, display.y, display.w, display.h,
                         SDL_WINDOW_ALLOW_HIGHDPI | SDL_WINDOW_BORDERLESS | SDL_WINDOW_FULLSCREEN_DESKTOP));
}

RendererPtr create_renderer(SDL_Window* window, RendererChoice choice) {
    const Uint32 accelerated = SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC;
    RendererPtr renderer;
    // On KMSDRM (the kiosk) "auto" means OpenGL ES 2 first, the Pi's own API: SDL's first choice there, its desktop
    // OpenGL renderer, drew nothing but the clear colour on the virtual kiosk (Mesa, KMSDRM; tests/system).
    const char* driver = SDL_GetCurrentVideoDriver();
    if (choice == RendererChoice::Auto && driver && std::string(driver) == "KMSDRM") choice = RendererChoice::OpenGles2;
    // A desktop without a GPU (a technician's laptop in a VM, CI under Xvfb): SDL's own software renderer draws into
    // the window's surface, which keeps the last frame, so a frame costs only the pixels that changed (damage.h).
    if (choice == RendererChoice::Auto && !has_render_node()) choice = RendererChoice::Software;
    if (choice == RendererChoice::OpenGles2) {
        int index = render_driver_index("opengles2");
        if (index >= 0) renderer.reset(SDL_CreateRenderer(window, index, accelerated));
        if (!renderer) std::cerr << "exhibit: no opengles2 renderer (" << SDL_GetError() << "); using software\n";
    } else if (choice == RendererChoice::Auto) {
        renderer.reset(SDL_CreateRenderer(window, -1, accelerated));
        if (!renderer) std::cerr << "exhibit: no accelerated renderer (" << SDL_GetError() << "); using software\n";
    }
    // SDL would put a software renderer's surface on screen through an OpenGL texture of its own, the whole
    // screen every frame (and LLVM loaded after all); X11 can show the surface itself, by the changed
    // rectangles only (XShm). KMSDRM and Wayland have no such way, so there SDL keeps its texture.
    if (!renderer && driver && std::string(driver) == "x11") SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    if (!renderer) renderer.reset(SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE | SDL_RENDERER_PRESENTVSYNC));
    if (!renderer) renderer.reset(SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE));
    return renderer;
}

WindowPtr open_exhibit_window(const SdlVideo& video, const Options& options) {
    if (!video.ok) {
        explain_no_display(SDL_GetError());
        return nullptr;
    }
    if (invisible_driver_by_accident()) {
        explain_no_display(std::string("only SDL's invisible '") + SDL_GetCurrentVideoDriver() +
                           "' video driver works");
        return nullptr;
    }
    WindowPtr window = create_window(options);
    if (!window) {
        explain_no_display(SDL_GetError());
        return nullptr;
    }
    if (options.kiosk) SDL_ShowCursor(SDL_DISABLE);
    return window;
}

}  // namespace platform
