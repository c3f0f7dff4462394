#include "listening.h"

#include <algorithm>
#include <cmath>

namespace app {

const Narration* listening_to(const Listening& listening, const Content& content) {
    if (listening.narration < 0 || listening.narration >= static_cast<int>(content.narrations.size())) return nullptr;
    return &content.narrations[static_cast<std::size_t>(listening.narration)];
}

bool listening_to_subject(const Listening& listening, const Content& content, const std::string& subject) {
    const Narration* n = listening_to(listening, content);
    return n && n->subject == subject;
}

bool start_listening(Listening& listening, const Content& content, const std::string& subject, Language language,
                     double now) {
    for (std::size_t i = 0; i < content.narrations.size(); ++i) {
        const Narration& n = content.narrations[i];
        if (n.subject != subject || n.language != language) continue;
        listening.narration = static_cast<int>(i);
        listening.started_at = now;
        ++listening.serial;
        return true;
    }
    return false;
}

void stop_listening(Listening& listening) {
    if (listening.narration < 0) return;
    listening.narration = -1;
    ++listening.serial;
}

double listening_position(const Listening& listening, double now) { return std::max(0.0, now - listening.started_at); }

int caption_at(const Narration& narration, double seconds) {
    int shown = -1;
    for (std::size_t i = 0; i < narration.captions.size() && narration.captions[i].at <= seconds; ++i)
        shown = static_cast<int>(i);
    return shown;
}

std::pair<std::size_t, std::size_t> spoken_range(const Narration& narration, double seconds) {
    const int shown = caption_at(narration, seconds);
    if (shown < 0) return {0, 0};
    std::size_t begin = 0;
    for (int i = 0; i < shown; ++i) begin += narration.captions[static_cast<std::size_t>(i)].text.size() + 1;
    return {begin, begin + narration.captions[static_cast<std::size_t>(shown)].text.size()};
}

double listening_next_change(const Listening& listening, const Content& content, double now, bool progress_line) {
    const Narration* n = listening_to(listening, content);
    if (!n) return 1e9;
    const double t = listening_position(listening, now);
    double next = n->seconds;
    const int shown = caption_at(*n, t);
    if (shown + 1 < static_cast<int>(n->captions.size()))
        next = std::min(next, n->captions[static_cast<std::size_t>(shown + 1)].at);
    if (progress_line)
        next =
            std::min(next, (std::floor(t * kListeningProgressStepsPerSecond) + 1) / kListeningProgressStepsPerSecond);
    return std::max(0.0, next - t);
}

}  // namespace app
