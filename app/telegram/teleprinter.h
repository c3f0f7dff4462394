// The telegram typing itself out on first view, as a teleprinter printed it: line by line, character by
// character. Pure arithmetic over the laid-out lines; drawing uses it to clip each line.
#pragma once
#include <vector>

#include "telegram_layout.h"

namespace app {

// Fast enough that a screenful is typed in a few seconds, slow enough to read as typing.
constexpr double kTeleprinterCharsPerSecond = 240;

struct Teleprinter {
    std::vector<int> line_start;  // characters typed before each body line
    int total = 0;
    double started_at = 0;
    bool finished = true;  // a tap, or time, completes it
};

Teleprinter make_teleprinter(const TelegramLayout& layout);

// Characters typed by `now`.
int typed_characters(const Teleprinter& teleprinter, double now);

bool teleprinter_running(const Teleprinter& teleprinter, double now);

// How many characters of `line` show when `typed` characters of the whole body are out (0..all of them).
int visible_characters(const Teleprinter& teleprinter, std::size_t line_index, const BodyLine& line, int typed);

// Pixels from the line's origin to the end of its first `count` characters.
float width_of_first_characters(const BodyLine& line, int count, const TextMeasure& measure);

int count_characters(const BodyLine& line);

}  // namespace app
