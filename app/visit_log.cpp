#include "visit_log.h"

namespace app {

void note(VisitLog& log, VisitEvent event) {
    if (log.pending.size() >= kMaxPendingVisitEvents) log.pending.erase(log.pending.begin());
    log.pending.push_back(std::move(event));
}

std::vector<VisitEvent> take_visit_events(VisitLog& log) {
    std::vector<VisitEvent> out;
    out.swap(log.pending);
    return out;
}

}  // namespace app
