// The command-line modes for maintenance, each a whole run of the program returning its exit status:
//   exhibit --set-pin [--data-dir DIR]               reads a new PIN twice from standard input
//   exhibit --export-stats FILE.csv [--data-dir DIR] writes the visitor statistics ("-" for standard output)
// and the headless replay that feeds the statistics (--replay FILE --data-dir DIR with --screenshot or
// --export-stats), so several visitor sessions can be played and counted without a display.
#pragma once
#include <istream>
#include <memory>
#include <ostream>

#include "content/load_content.h"
#include "options/options.h"

namespace platform {

int set_pin_command(const Options& options, std::istream& in, bool in_is_terminal, std::ostream& out);

int export_stats_command(const Options& options, std::ostream& out, std::ostream& err);

// Plays options.replay without a display and writes its visit events to the store in options.data_dir,
// stamped from the wall clock at the start. False (said on `err`) when the replay or the store fails.
bool record_replay_visits(const Options& options, std::shared_ptr<const app::Content> content,
                          const app::ReadFile& read_file, std::ostream& err);

}  // namespace platform
