// The platform's reader refuses what is not an ordinary file inside the assets folder, with the message a curator
// sees from --check and in the live preview's banner, and without ever blocking (a pipe) or reading a huge file.
#include "loading/read_inside.h"

#include <sys/stat.h>

#include <functional>

#include <gtest/gtest.h>

#include "loading/assets_dir.h"
#include "content/load_content.h"
#include "loading/content_watch.h"

namespace platform {
namespace {

namespace fs = std::filesystem;

// A copy of the shipped assets in a fresh temp folder (links in it must point into the copy, not the source tree),
// with a folder beside it for what lies outside.
struct AssetsCopy {
    fs::path root;
    fs::path assets;
    fs::path outside;
    explicit AssetsCopy(const std::string& name)
        : root(fs::temp_directory_path() / ("exhibit_read_inside_" + name)),
          assets(root / "assets"),
          outside(root / "outside") {
        fs::remove_all(root);
        fs::create_directories(outside);
        fs::copy(EXHIBIT_SOURCE_ASSETS_DIR, assets, fs::copy_options::recursive);
    }
    ~AssetsCopy() { fs::remove_all(root); }
};

std::string errors_of(const fs::path& assets) {
    const app::LoadResult result = app::load_content(make_read_file(assets));
    EXPECT_FALSE(result.content) << "content with errors must not be returned";
    std::string out;
    for (const app::Problem& p : result.problems)
        if (!p.warning) out += app::format_problem(p) + "\n";
    return out;
}

const char* const kAnnotations = "annotations/annotations.json";

// The errors of a copy of the assets whose annotations file `replace` has made into something else.
std::string errors_with_annotations_as(const std::string& name, const std::function<void(const fs::path&)>& replace) {
    AssetsCopy copy(name);
    fs::remove(copy.assets / kAnnotations);
    replace(copy.assets / kAnnotations);
    return errors_of(copy.assets);
}

TEST(ReadInside, ALinkToAFileOutsideTheFolderIsRefused) {
    AssetsCopy copy("link_out");
    fs::rename(copy.assets / kAnnotations, copy.outside / "annotations.json");
    fs::create_symlink(copy.outside / "annotations.json", copy.assets / kAnnotations);
    EXPECT_EQ(errors_of(copy.assets),
              "annotations/annotations.json: error: this path leads through a symbolic link to \"" +
                  fs::canonical(copy.outside / "annotations.json").string() +
                  "\", outside the assets folder, and the exhibit reads nothing outside it; put a copy of the file "
                  "here in place of the link\n");
}

TEST(ReadInside, ALinkedFolderLeadingOutsideIsRefusedForEveryFileInIt) {
    AssetsCopy copy("folder_out");
    fs::rename(copy.assets / "annotations", copy.outside / "annotations");
    fs::create_directory_symlink(copy.outside / "annotations", copy.assets / "annotations");
    const std::string errors = errors_of(copy.assets);
    EXPECT_EQ(errors.rfind("annotations/annotations.json: error: this path leads through a symbolic link to \"" +
                               fs::canonical(copy.outside / "annotations").string() + "/annotations.json\", outside",
                           0),
              0u)
        << errors;
}

TEST(ReadInside, ALinkInsideTheFolderToAFileInsideItIsFollowed) {
    AssetsCopy copy("link_in");
    fs::rename(copy.assets / kAnnotations, copy.assets / "annotations" / "real.json");
    fs::create_symlink("real.json", copy.assets / kAnnotations);
    const app::LoadResult result = app::load_content(make_read_file(copy.assets));
    EXPECT_TRUE(result.content);
}

TEST(ReadInside, AFolderWhereAFileShouldBeIsNamed) {
    EXPECT_EQ(errors_with_annotations_as("folder", [](const fs::path& p) { fs::create_directory(p); }),
              "annotations/annotations.json: error: this is a folder, not a file; put the file itself here under this "
              "name\n");
}

TEST(ReadInside, APipeIsRefusedWithoutWaitingForAWriter) {
    EXPECT_EQ(errors_with_annotations_as("fifo", [](const fs::path& p) { ASSERT_EQ(::mkfifo(p.c_str(), 0644), 0); }),
              "annotations/annotations.json: error: this is a pipe (FIFO), not an ordinary file, and the exhibit reads "
              "only ordinary files; put the file itself here under this name\n");
}

TEST(ReadInside, ADeviceIsRefused) {
    const app::FileBytes read = read_inside("/dev", "zero");
    EXPECT_FALSE(read.bytes);
    EXPECT_EQ(read.refused,
              "this is a device, not an ordinary file, and the exhibit reads only ordinary files; put the file itself "
              "here under this name");
}

TEST(ReadInside, AFileFarTooLargeIsRefusedFromItsSizeWithoutReadingIt) {
    AssetsCopy copy("large");
    fs::resize_file(copy.assets / kAnnotations, 40u << 20);  // sparse: nothing is written, and nothing is read
    EXPECT_EQ(errors_of(copy.assets),
              "annotations/annotations.json: error: the file is 40 MB, more than the 32 MB any content file may be; "
              "it was not read: is this the right file?\n");
}

TEST(ReadInside, ALinkToNothingIsNamed) {
    EXPECT_EQ(errors_with_annotations_as("dangling", [](const fs::path& p) { fs::create_symlink("gone.json", p); }),
              "annotations/annotations.json: error: this is a symbolic link to something that is not there; put the "
              "file itself here under this name\n");
}

// The live preview notices the bad save, refuses it with the same message, and takes the file back once fixed.
TEST(ReadInside, TheLivePreviewSeesABadSaveAndItsFix) {
    AssetsCopy copy("live");
    ContentWatch watch = watch_assets(copy.assets, 0);
    fs::rename(copy.assets / kAnnotations, copy.outside / "annotations.json");
    ASSERT_EQ(::mkfifo((copy.assets / kAnnotations).c_str(), 0644), 0);
    EXPECT_TRUE(assets_changed(watch, kContentCheckIntervalMs));
    EXPECT_NE(errors_of(copy.assets).find("this is a pipe (FIFO)"), std::string::npos);
    fs::remove(copy.assets / kAnnotations);
    fs::rename(copy.outside / "annotations.json", copy.assets / kAnnotations);
    EXPECT_TRUE(assets_changed(watch, 2 * kContentCheckIntervalMs));
    EXPECT_TRUE(app::load_content(make_read_file(copy.assets)).content);
}

}  // namespace
}  // namespace platform
