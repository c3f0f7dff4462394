#include "phrase_rects.h"

#include <algorithm>

namespace app {

std::vector<Rect> phrase_rects(const TelegramLayout& layout, const AnchorMatch& match, const TextMeasure& measure) {
    std::vector<Rect> rects;
    for (const auto& [block, box] : layout.page_labels)
        if (block == match.block) rects.push_back(box);
    for (const BodyLine& line : layout.body) {
        if (line.block != match.block) continue;
        float left = 0, right = 0;
        bool found = false;
        for (const PlacedRun& run : line.runs) {
            if (run.source_begin == kNoSource || run.source_end <= match.begin || run.source_begin >= match.end)
                continue;
            // The part of this run inside the phrase, measured from the run's start for exact pixel edges.
            const std::size_t from = std::max(run.source_begin, match.begin) - run.source_begin;
            const std::size_t to = std::min(run.source_end, match.end) - run.source_begin;
            const TextStyle& st = run.style;
            const float x0 = run.x + measure.width(st.role, st.size_px, run.text.substr(0, from));
            const float x1 = run.x + measure.width(st.role, st.size_px, run.text.substr(0, to));
            left = found ? std::min(left, x0) : x0;
            right = found ? std::max(right, x1) : x1;
            found = true;
        }
        if (found) rects.push_back(Rect{line.origin.x + left, line.origin.y, right - left, line.height});
    }
    return rects;
}

Rect bounding_box(const std::vector<Rect>& rects) {
    if (rects.empty()) return {};
    float l = rects[0].x, t = rects[0].y, r = rects[0].right(), b = rects[0].bottom();
    for (const Rect& x : rects) {
        l = std::min(l, x.x);
        t = std::min(t, x.y);
        r = std::max(r, x.right());
        b = std::max(b, x.bottom());
    }
    return Rect{l, t, r - l, b - t};
}

}  // namespace app
