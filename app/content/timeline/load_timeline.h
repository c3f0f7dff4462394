// Loading the timeline: its events (the manifest names the file, assets/timeline/events.json) and, from the
// file beside it named timeline.json, the timeline's own words and the figures of its exports plot.
#pragma once
#include <string>
#include <vector>

#include "../load_content.h"
#include "../problem.h"
#include "../timeline_content.h"

namespace app {

// The file holding the timeline's own words and figures: timeline.json in the events file's folder.
std::string timeline_text_file(const std::string& events_file);

TimelineContent load_timeline(const std::string& events_file, const ReadFile& read_file,
                              std::vector<Problem>& problems);

// The two halves, for tests and tools. `events_file` is only remembered for link messages.
std::vector<TimelineEvent> load_timeline_events(const std::string& file, const ReadFile& read_file,
                                                std::vector<Problem>& problems);
void load_timeline_text(const std::string& file, const ReadFile& read_file, TimelineText& text, ExportsPlot& exports,
                        std::vector<Problem>& problems);

}  // namespace app
