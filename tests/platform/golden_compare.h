// Comparing a rendering with its golden in tests/golden/ (or rewriting it under UPDATE_GOLDENS=1), for the tests that
// make their pictures themselves rather than through golden_test.cpp's table.
#pragma once
#include <string>

#include "render/pixels.h"

namespace platform {

// Fails the calling test, naming the actual and difference pictures it wrote, when `actual` differs from
// tests/golden/<name>.png beyond the tolerance (image_compare.h).
void compare_with_golden(const Pixels& actual, const std::string& name);

}  // namespace platform
