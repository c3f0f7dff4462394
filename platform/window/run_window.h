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

struct WindowSetup {
    Options options;
    AssetsDir assets;
    app::ReadFile read_file;
    std::shared_ptr<const app::Content> content;  // loaded and valid
    std::vector<app::Problem> problems;           // its warnings, for the overlay
};

int run_window(const WindowSetup& setup);

}  // namespace platform
