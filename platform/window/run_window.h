// The exhibit in a window (or full screen with --kiosk): owns SDL video, the window, the renderer, the clock
// and the frame loop. Returns the process exit status.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "loading/assets_dir.h"
#include "content/load_content.h"
#include "options/options.h"

namespace platform {

// What the window needs besides the content for as long as it is open.
struct WindowSetup {
    Options options;
    AssetsDir assets;
    app::ReadFile read_file;
    std::vector<app::Problem> problems;  // the content's warnings, for the overlay
};

// `content` (loaded and valid) is handed to the exhibit and held nowhere else, so that a reload frees it.
int run_window(const WindowSetup& setup, std::shared_ptr<const app::Content> content);

}  // namespace platform
