// From the command line to how the exhibit starts and behaves (app::ExhibitOptions), and the replay script
// named by --replay.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "exhibit.h"
#include "options/options.h"
#include "replay/replay_script.h"

namespace platform {

// `for_screenshot`: a screenshot with no --view and no --replay shows the telegram, what reviewers want to see.
app::ExhibitOptions exhibit_options(const Options& options, bool for_screenshot);

// Reads and parses a replay script; prints every problem (file:line: reason) and returns nothing on any.
std::optional<std::vector<app::ReplayEvent>> load_replay(const std::string& path);

}  // namespace platform
