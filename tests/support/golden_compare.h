// The one golden comparison: a rendering against tests/golden/<name>.png under the one tolerance (image_compare.h,
// tests/golden/README.md), or the golden rewritten from it under UPDATE_GOLDENS=1. Every golden test calls this.
#pragma once
#include <string>

#include "render/pixels.h"

namespace platform {

// Fails the calling test when `actual` differs from tests/golden/<name>.png beyond kGoldenTolerance, when the two
// differ in size, or when the golden is missing or unreadable; the actual, expected and difference pictures are
// then written to <build>/tests/platform/golden_output/ and their paths printed.
void compare_with_golden(const Pixels& actual, const std::string& name);

}  // namespace platform
