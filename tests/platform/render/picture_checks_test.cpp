// --check decodes every picture: a file whose header is a PNG's but whose body is damaged passes the loader (which
// reads headers only) and is caught here, at the line that names it.
#include "loading/picture_checks.h"

#include <gtest/gtest.h>

#include "support/shipped_content.h"
#include "support/test_picture.h"

namespace platform {
namespace {

std::vector<app::Problem> check_with_picture_bytes(const std::function<std::string(const std::string&)>& damage) {
    const app::ReadFile shipped = shipped_assets();
    const std::string annotations = annotations_with_picture(shipped, "manganese-ore");
    const app::ReadFile good = with_test_picture(shipped, {{"annotations/annotations.json", annotations}});
    const std::string bytes = damage(*good(kTestPicturePath).bytes);
    const app::ReadFile damaged = [good, bytes](const std::string& path) -> app::FileBytes {
        return path == kTestPicturePath ? app::FileBytes{bytes} : good(path);
    };
    app::LoadResult loaded = app::load_content(damaged);
    EXPECT_TRUE(loaded.content) << (loaded.problems.empty() ? "" : app::format_problem(loaded.problems.front()));
    if (!loaded.content) return {};
    return check_pictures_decode(*loaded.content, damaged);
}

TEST(PictureChecks, AGoodPictureDecodes) {
    EXPECT_TRUE(check_with_picture_bytes([](const std::string& b) { return b; }).empty());
}

TEST(PictureChecks, APictureDamagedPastItsHeaderIsReportedWhereItIsNamed) {
    const std::vector<app::Problem> problems =
        check_with_picture_bytes([](const std::string& b) { return b.substr(0, 64); });
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].file, "annotations/annotations.json");
    EXPECT_GT(problems[0].line, 0);
    EXPECT_NE(problems[0].message.find(
                  "annotation \"manganese-ore\": the picture \"pictures/harbour-at-dusk.png\" cannot be decoded"),
              std::string::npos)
        << problems[0].message;
}

}  // namespace
}  // namespace platform
