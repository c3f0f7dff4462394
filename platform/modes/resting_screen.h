// `exhibit --kiosk` with no content it can show: instead of exiting (and systemd restarting it into the same dark
// screen), it shows app/resting's calm screen, tells systemd it is up, and checks the content every
// kRecheckSeconds; once it loads cleanly the program exits, and the service starts again with it.
#pragma once
#include <filesystem>

#include "content/content.h"
#include "options/options.h"

namespace platform {

constexpr double kRecheckSeconds = 30;

int run_resting_screen(const Options& options, const std::filesystem::path& assets);

// The fonts of an assets folder whose manifest may be broken: the first font files found in its fonts/ folder,
// a sans serif for the sans roles where one is there. Empty strings where none is found.
app::FontFiles fonts_in_folder(const std::filesystem::path& assets);

}  // namespace platform
