#include "golden_compare.h"

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include <gtest/gtest.h>

#include "image_compare.h"
#include "render/image_file.h"

namespace platform {

namespace fs = std::filesystem;

void compare_with_golden(const Pixels& actual, const std::string& name) {
    const fs::path golden = fs::path(EXHIBIT_GOLDEN_DIR) / (name + ".png");
    const fs::path out_dir = fs::path(EXHIBIT_TEST_OUTPUT_DIR);
    fs::create_directories(out_dir);
    const char* update = std::getenv("UPDATE_GOLDENS");
    if (update && std::string(update) == "1") {
        ASSERT_TRUE(write_png(golden.string(), actual, kPngSmallest));
        std::cout << "[ golden ] wrote " << golden.string() << "\n";
        return;
    }
    const fs::path actual_path = out_dir / ("actual_" + name + ".png");
    std::optional<Pixels> expected = read_png(golden.string());
    if (!expected) {
        write_png(actual_path.string(), actual);
        FAIL() << "No golden " << golden.string() << "; the rendering is at " << actual_path.string()
               << ". If it looks right: UPDATE_GOLDENS=1 ctest -R golden";
    }
    const ImageTolerance tolerance;
    const ImageComparison c = compare_images(actual, *expected, tolerance);
    if (c.matches) return;
    write_png(actual_path.string(), actual);
    const fs::path diff_path = out_dir / ("diff_" + name + ".png");
    if (c.same_size) write_png(diff_path.string(), difference_image(actual, *expected, tolerance.channel));
    FAIL() << c.different_pixels << " of " << c.total_pixels << " pixels differ from " << golden.string()
           << "\n  actual: " << actual_path.string() << "\n  diff:   " << diff_path.string()
           << "\nIf the change is intended: UPDATE_GOLDENS=1 ctest -R golden";
}

}  // namespace platform
