// Breaks styled text into lines that fit a width: the one place where words are wrapped.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "../geometry.h"
#include "../text_measure.h"

namespace app {

struct TextStyle {
    FontRole role = FontRole::Sans;
    int size_px = 16;
    float rise = 0;  // pixels above the line's baseline (superscripts)
    Color color;
};

inline bool operator==(const TextStyle& a, const TextStyle& b) {
    return a.role == b.role && a.size_px == b.size_px && a.rise == b.rise && a.color == b.color;
}

constexpr std::size_t kNoSource = static_cast<std::size_t>(-1);

// A stretch of text in one style. A piece that does not begin with a space sticks to the word before it
// (a footnote marker after "Affairs" never wraps onto a line of its own).
struct StyledPiece {
    std::string text;
    TextStyle style;
    std::size_t source_offset = kNoSource;  // where `text` starts in the paragraph's plain text, if it is part of it
};

// A run of one style on one line. x is from the line's start.
struct PlacedRun {
    std::string text;
    TextStyle style;
    float x = 0;
    float width = 0;
    std::size_t source_begin = kNoSource;  // byte range in the paragraph's plain text
    std::size_t source_end = kNoSource;
};

struct FlowLine {
    std::vector<PlacedRun> runs;
    float width = 0;
};

struct FlowOptions {
    float max_width = 0;
    float first_line_indent = 0;
};

std::vector<FlowLine> flow_text(const std::vector<StyledPiece>& pieces, const FlowOptions& options,
                                const TextMeasure& measure);

// Lines of plain text in one style (headings, captions): a convenience over flow_text.
std::vector<std::string> wrap_lines(const std::string& text, const TextStyle& style, float max_width,
                                    const TextMeasure& measure);

}  // namespace app
