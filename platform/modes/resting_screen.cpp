#include "modes/resting_screen.h"

#include <algorithm>
#include <iostream>
#include <vector>

#include "loading/assets_dir.h"
#include "content/load_content.h"
#include "window/display_screen.h"
#include "text/fonts.h"
#include "window/frame_pacing.h"
#include "render/render_display_list.h"
#include "resting/resting_view.h"
#include "render/sdl_handles.h"
#include "window/service_notify.h"
#include "loading/stage.h"
#include "window/window_setup.h"

namespace platform {

app::FontFiles fonts_in_folder(const std::filesystem::path& assets) {
    std::vector<std::string> found;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(assets / "fonts", ec)) {
        const std::string ext = entry.path().extension().string();
        if (ext == ".ttf" || ext == ".otf") found.push_back("fonts/" + entry.path().filename().string());
    }
    std::sort(found.begin(), found.end());
    app::FontFiles files{};
    if (found.empty()) return files;
    auto first_with = [&](const std::string& word) {
        for (const std::string& f : found)
            if (f.find(word) != std::string::npos) return f;
        return found.front();
    };
    const std::string regular = first_with("Inter-Regular"), bold = first_with("SemiBold");
    for (std::size_t i = 0; i < files.size(); ++i) files[i] = regular;
    files[static_cast<std::size_t>(app::FontRole::SansBold)] = bold;
    return files;
}

int run_resting_screen(const Options& options, const std::filesystem::path& assets) {
    std::cerr << "exhibit: showing the resting screen; the content will be checked again every " << kRecheckSeconds
              << " s\n";
    prepare_video(options.kiosk);
    SdlVideo video;
    WindowPtr window = open_exhibit_window(video, options);
    if (!window) return 1;
    RendererPtr renderer = create_renderer(window.get(), options.renderer);
    if (!renderer) return 1;
    const app::ReadFile read_file = make_read_file(assets);
    Stage stage;  // fonts only: there is no content to lay out
    std::string error;
    if (!open_stage(stage, renderer.get(), fonts_in_folder(assets), {}, read_file, &error)) {
        std::cerr << "exhibit: " << error << "\n";
        return 1;
    }
    const float dpi = display_dpi(window.get(), options.dpi);

    ServiceNotify service = start_service_notify();
    const char* driver = SDL_GetCurrentVideoDriver();
    const bool driver_polls = driver && std::string(driver) == "KMSDRM";
    double next_check = static_cast<double>(SDL_GetTicks64()) / 1000.0 + kRecheckSeconds;
    bool redraw = true;
    while (true) {
        const double now = static_cast<double>(SDL_GetTicks64()) / 1000.0;
        notify_alive(service, now);
        if (redraw) {
            int w = 0, h = 0;
            SDL_GetRendererOutputSize(renderer.get(), &w, &h);
            render_display_list(stage.drawer,
                                app::draw_resting(make_screen(w, h, dpi), stage.measure, app::default_theme()));
            SDL_RenderPresent(renderer.get());
            notify_ready(service);
            redraw = false;
        }
        if (now >= next_check) {
            if (app::load_content(read_file).content) {
                std::cerr << "exhibit: the content now loads; starting again to show it\n";
                notify_stopping(service);
                return 0;
            }
            next_check = now + kRecheckSeconds;
        }
        SDL_Event event;
        if (!wait_for_event(event, std::min(next_check - now, seconds_until_ping(service, now)), driver_polls))
            continue;
        do {
            if (event.type == SDL_QUIT && !options.kiosk) return 0;
            if (event.type == SDL_KEYDOWN && event.key.keysym.sym == SDLK_ESCAPE && !options.kiosk) return 0;
            if (event.type == SDL_RENDER_DEVICE_RESET) forget_textures(stage.drawer);  // the textures are gone
            if (event.type == SDL_WINDOWEVENT || event.type == SDL_RENDER_TARGETS_RESET ||
                event.type == SDL_RENDER_DEVICE_RESET)
                redraw = true;
        } while (SDL_PollEvent(&event));
    }
}

}  // namespace platform
