// A text measurer for app/ tests that need no fonts: every character is the same width, like a typewriter.
#pragma once
#include <string_view>

#include "text_measure.h"

namespace app::testing {

inline float fake_advance(FontRole role) { return role == FontRole::Typewriter ? 0.6f : 0.5f; }

inline std::size_t code_points(std::string_view text) {
    std::size_t n = 0;
    for (unsigned char c : text) n += (c & 0xC0) != 0x80;
    return n;
}

inline TextMeasure fake_measure() {
    TextMeasure m;
    m.width = [](FontRole role, int size_px, std::string_view text) {
        return fake_advance(role) * static_cast<float>(size_px) * static_cast<float>(code_points(text));
    };
    m.metrics = [](FontRole, int size_px) { return FontMetrics{0.8f * size_px, 1.2f * size_px}; };
    return m;
}

}  // namespace app::testing
