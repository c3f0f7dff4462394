#include "support/golden_compare.h"

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include <gtest/gtest.h>

#include "render/image_file.h"
#include "support/image_compare.h"

namespace platform {

namespace fs = std::filesystem;

void compare_with_golden(const Pixels& actual, const std::string& name) {
    const fs::path golden = fs::path(EXHIBIT_GOLDEN_DIR) / (name + ".png");
    const fs::path out_dir = fs::path(EXHIBIT_TEST_OUTPUT_DIR);
    fs::create_directories(out_dir);

    const char* update = std::getenv("UPDATE_GOLDENS");
    if (update && std::string(update) == "1") {
        ASSERT_TRUE(write_png(golden.string(), actual, kPngSmallest)) << "cannot write " << golden.string();
        std::cout << "[ golden ] wrote " << golden.string() << "\n";
        return;
    }

    const fs::path actual_path = out_dir / ("actual_" + name + ".png");
    if (!fs::exists(golden)) {
        write_png(actual_path.string(), actual);
        FAIL() << "No golden image " << golden.string() << ".\n"
               << "The current rendering is at " << actual_path.string() << ". If it looks right, create the "
               << "goldens from the build folder with:\n    UPDATE_GOLDENS=1 ctest -R golden\n"
               << "and commit tests/golden/.";
    }
    std::string read_error;
    std::optional<Pixels> expected = read_png(golden.string(), &read_error);
    ASSERT_TRUE(expected) << "cannot read " << golden.string() << ": " << read_error;

    const ImageComparison comparison = compare_images(actual, *expected, kGoldenTolerance);
    if (comparison.matches) return;

    const fs::path expected_path = out_dir / ("expected_" + name + ".png");
    const fs::path diff_path = out_dir / ("diff_" + name + ".png");
    write_png(actual_path.string(), actual);
    write_png(expected_path.string(), *expected);
    if (!comparison.same_size) {
        FAIL() << "Golden " << golden.string() << " is " << expected->width << 'x' << expected->height
               << " but the rendering is " << actual.width << 'x' << actual.height
               << ".\n  actual:   " << actual_path.string();
    }
    write_png(diff_path.string(), difference_image(actual, *expected, kGoldenTolerance.channel));
    FAIL() << comparison.different_pixels << " of " << comparison.total_pixels << " pixels ("
           << 100.0 * static_cast<double>(comparison.different_pixels) / static_cast<double>(comparison.total_pixels)
           << "%) differ from " << golden.string() << " by more than " << kGoldenTolerance.channel
           << " in a channel; at most " << 100.0 * kGoldenTolerance.max_different_fraction << "% may.\n"
           << "  actual:   " << actual_path.string() << "\n"
           << "  expected: " << expected_path.string() << "\n"
           << "  diff:     " << diff_path.string() << "  (differences in red)\n"
           << "If the change is intended: UPDATE_GOLDENS=1 ctest -R golden";
}

}  // namespace platform
