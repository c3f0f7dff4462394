// One settled frame of the exhibit without any display: the software renderer drawing into a memory surface.
// No video subsystem is initialised, so this works on a build server and gives the same pixels every run.
#pragma once
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "content/content.h"
#include "content/load_content.h"
#include "exhibit.h"
#include "render/pixels.h"
#include "replay/replay_script.h"

namespace platform {

struct ScreenshotSpec {
    int width = 1280;
    int height = 720;
    float dpi = 96.0f;
    double settle_s = 30.0;  // at most this long for animations to come to rest before the frame is taken
    app::ExhibitOptions exhibit = app::starting_on(app::Scene::Telegram);
    std::vector<app::ReplayEvent> replay;        // when given, played through and the frame taken as it ends
    std::function<void(app::Exhibit&)> prepare;  // when given, run once settled (e.g. open a card), then settle again
};

// Lays out `content` for the spec's screen, lets it settle, draws it. Fonts and pictures come through
// `read_file`. Nothing (and `error` set) when a surface or renderer cannot be made.
std::optional<Pixels> render_screenshot(std::shared_ptr<const app::Content> content, const app::ReadFile& read_file,
                                        const ScreenshotSpec& spec, std::string* error = nullptr);

// render_screenshot, then the PNG at `path`. False (and `error` set) on failure.
bool write_screenshot(const std::string& path, std::shared_ptr<const app::Content> content,
                      const app::ReadFile& read_file, const ScreenshotSpec& spec, std::string* error = nullptr);

}  // namespace platform
