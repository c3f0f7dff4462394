// Reloading the content on request (the overlay's Reload button): good content replaces the old, fonts and
// all; content with errors changes nothing on screen and its problems are returned for the overlay to show.
// Unlike the desktop's live preview, nothing is drawn over the exhibit: on a kiosk visitors are watching.
#pragma once
#include <string>
#include <vector>

#include "content/load_content.h"
#include "exhibit.h"
#include "render/render_display_list.h"

namespace platform {

struct ContentReload {
    bool replaced = false;
    std::vector<app::Problem> problems;  // all of them, warnings too
};

ContentReload reload_content_now(const app::ReadFile& read_file, DisplayListRenderer& drawer, app::Exhibit& exhibit);

}  // namespace platform
