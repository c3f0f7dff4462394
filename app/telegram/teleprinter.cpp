#include "teleprinter.h"

#include <algorithm>
#include <cmath>

namespace app {
namespace {

int code_points(const std::string& s) {
    int n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

// Bytes of the first `count` UTF-8 characters of `s`.
std::size_t prefix_bytes(const std::string& s, int count) {
    std::size_t i = 0;
    while (i < s.size() && count > 0) {
        ++i;
        while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
        --count;
    }
    return i;
}

}  // namespace

int count_characters(const BodyLine& line) {
    int n = 0;
    for (const PlacedRun& r : line.runs) n += code_points(r.text);
    return n;
}

Teleprinter make_teleprinter(const TelegramLayout& layout) {
    Teleprinter t;
    for (const BodyLine& line : layout.body) {
        t.line_start.push_back(t.total);
        t.total += count_characters(line);
    }
    return t;
}

int typed_characters(const Teleprinter& teleprinter, double now) {
    if (teleprinter.finished) return teleprinter.total;
    const double typed = std::max(0.0, now - teleprinter.started_at) * kTeleprinterCharsPerSecond;
    return static_cast<int>(std::min<double>(teleprinter.total, std::floor(typed)));
}

bool teleprinter_running(const Teleprinter& teleprinter, double now) {
    return typed_characters(teleprinter, now) < teleprinter.total;
}

int visible_characters(const Teleprinter& teleprinter, std::size_t line_index, const BodyLine& line, int typed) {
    const int start = line_index < teleprinter.line_start.size() ? teleprinter.line_start[line_index] : 0;
    return std::clamp(typed - start, 0, count_characters(line));
}

float width_of_first_characters(const BodyLine& line, int count, const TextMeasure& measure) {
    float right = 0;
    for (const PlacedRun& r : line.runs) {
        if (count <= 0) break;
        const int n = code_points(r.text);
        const int take = std::min(n, count);
        right = r.x + (take == n ? r.width
                                 : measure.width(r.style.role, r.style.size_px,
                                                 r.text.substr(0, prefix_bytes(r.text, take))));
        count -= take;
    }
    return right;
}

}  // namespace app
