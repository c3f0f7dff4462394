// Pictures in content: headers read, every mistake a curator can make with one reported at its line, and all four
// kinds of card (annotation, event, place, story) carrying one.
#include <algorithm>

#include <gtest/gtest.h>

#include "content/picture/content_pictures.h"
#include "content/load_content.h"
#include "content/picture/picture_header.h"
#include "support/test_assets.h"
#include "support/picture_headers.h"

namespace app {
namespace {

using testing::jpeg_header;
using testing::picture_json;
using testing::png_header;
using testing::problems_text;
using testing::read_shipped;
using testing::shipped_assets_with;

constexpr const char* kAnnotations = "annotations/annotations.json";

std::string with_picture_after(const std::string& file, const std::string& id_line, const std::string& picture) {
    std::string text = read_shipped(file);
    const std::size_t at = text.find(id_line);
    EXPECT_NE(at, std::string::npos) << id_line;
    if (at != std::string::npos) text.insert(at, picture);
    return text;
}

// The shipped annotations with a picture on the first one, and the files given.
LoadResult load_with_annotation_picture(const std::string& picture, std::map<std::string, std::string> files) {
    files[kAnnotations] = with_picture_after(kAnnotations, "\"id\": \"trade-agreements-program\"", picture);
    return load_content(shipped_assets_with(files));
}

int line_of_text(const std::string& text, const std::string& needle) {
    const std::size_t at = text.find(needle);
    return at == std::string::npos
               ? -1
               : 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

TEST(PictureHeader, ReadsPngAndJpegSizes) {
    const PictureHeader png = read_picture_header(png_header(640, 480));
    EXPECT_EQ(png.format, PictureHeader::Format::Png);
    EXPECT_EQ(png.width, 640);
    EXPECT_EQ(png.height, 480);
    const PictureHeader jpeg = read_picture_header(jpeg_header(1200, 900));
    EXPECT_EQ(jpeg.format, PictureHeader::Format::Jpeg);
    EXPECT_EQ(jpeg.width, 1200);
    EXPECT_EQ(jpeg.height, 900);
}

TEST(PictureHeader, NamesWhatIsNotAPicture) {
    EXPECT_NE(read_picture_header("GIF89a....").problem.find("GIF"), std::string::npos);
    EXPECT_NE(read_picture_header("hello, world").problem.find("not a PNG or JPEG"), std::string::npos);
    EXPECT_EQ(read_picture_header("").format, PictureHeader::Format::None);
    EXPECT_NE(read_picture_header(png_header(10, 10).substr(0, 14)).problem.find("cut short"), std::string::npos);
    EXPECT_NE(read_picture_header(std::string("\xFF\xD8\xFF\xE0\x00", 5)).problem.find("cut short"), std::string::npos);
}

TEST(PictureContent, AnAnnotationCarriesItsPicture) {
    const LoadResult r =
        load_with_annotation_picture(picture_json("pictures/test.png"), {{"pictures/test.png", png_header(800, 600)}});
    ASSERT_TRUE(r.content) << problems_text(r.problems, true);
    const auto it = std::find_if(r.content->annotations.begin(), r.content->annotations.end(),
                                 [](const Annotation& a) { return a.id == "trade-agreements-program"; });
    ASSERT_NE(it, r.content->annotations.end());
    const Picture& p = it->picture;
    ASSERT_TRUE(p.present());
    EXPECT_EQ(p.file, "pictures/test.png");
    EXPECT_EQ(p.width, 800);
    EXPECT_EQ(p.height, 600);
    EXPECT_EQ(p.caption.in(Language::Russian), "Тестовая картинка");
    EXPECT_EQ(p.credit, "Test Archive, public domain");
    ASSERT_EQ(pictures_in(*r.content).size(), 1u);
    EXPECT_EQ(pictures_in(*r.content)[0].card, "annotation \"trade-agreements-program\"");
}

TEST(PictureContent, EveryKindOfCardTakesAPicture) {
    const std::string picture = picture_json("pictures/test.jpg");
    const LoadResult r = load_content(shipped_assets_with({
        {"pictures/test.jpg", jpeg_header(1000, 750)},
        {"timeline/events.json",
         with_picture_after("timeline/events.json", "\"id\": \"1933-11-16-us-recognizes-ussr\"", picture)},
        {"map/places.json", with_picture_after("map/places.json", "\"id\": \"washington\"", picture)},
        {"map/map.json", with_picture_after("map/map.json", "\"id\": \"manganese\"", picture)},
    }));
    ASSERT_TRUE(r.content) << problems_text(r.problems, true);
    EXPECT_TRUE(r.content->timeline.events.front().picture.present());
    EXPECT_TRUE(r.content->map.places.front().picture.present());
    EXPECT_EQ(pictures_in(*r.content).size(), 3u);
    bool story = false;
    for (const MapStory& s : r.content->map.stories) story |= s.id == "manganese" && s.picture.present();
    EXPECT_TRUE(story);
}

// Each mistake: no content, and one message at the line where the curator wrote it.
struct Mistake {
    const char* name;
    std::string picture;  // the "picture" member
    std::string bytes;    // the file's bytes ("\x01missing": no file)
    std::string says;     // in the message
    std::string at;       // the text on the line it points at
};

TEST(PictureContent, MistakesAreReportedWhereWritten) {
    const std::vector<Mistake> mistakes{
        {"missing file", picture_json("pictures/none.png"), "\x01missing", "cannot read the file \"pictures/none.png\"",
         "\"file\""},
        {"not a picture", picture_json("pictures/test.png"), "just some text",
         "\"pictures/test.png\" is not a PNG or JPEG picture", "\"file\""},
        {"a GIF", picture_json("pictures/test.png"), "GIF89a\x01\x02", "is a GIF; save it as PNG or JPEG", "\"file\""},
        {"too many pixels", picture_json("pictures/test.png"), png_header(7000, 7000),
         "7000 x 7000 pixels, more than a picture may be", "\"file\""},
        {"too wide", picture_json("pictures/test.png"), png_header(9000, 100), "9000 x 100 pixels", "\"file\""},
        {"too many bytes", picture_json("pictures/test.png"), png_header(100, 100) + std::string(9u << 20, 'x'),
         "more than the 8 MB", "\"file\""},
        {"no credit", picture_json("pictures/test.png", ""), png_header(100, 100), "missing field \"credit\"",
         "\"picture\""},
        {"outside the folder", picture_json("../secret.png"), png_header(100, 100), "../secret.png", "\"file\""},
        {"no file", "\"picture\": {\"caption\": {\"en\": \"a\", \"ru\": \"b\", \"pt\": \"c\"}, \"credit\": \"x\"}, ",
         "", "missing field \"file\"", "\"picture\""},
        {"a misspelt field",
         "\"picture\": {\"file\": \"pictures/test.png\", \"caption\": {\"en\": \"a\", \"ru\": \"b\", \"pt\": \"c\"}, "
         "\"credit\": \"x\", \"credits\": \"y\"}, ",
         png_header(100, 100), "credits", "\"picture\""},
        {"no Portuguese caption",
         "\"picture\": {\"file\": \"pictures/test.png\", \"caption\": {\"en\": \"a\", \"ru\": \"b\"}, \"credit\": "
         "\"x\"}, ",
         png_header(100, 100), "no \"pt\" translation", "\"caption\""},
    };
    for (const Mistake& m : mistakes) {
        SCOPED_TRACE(m.name);
        const std::string annotations =
            with_picture_after(kAnnotations, "\"id\": \"trade-agreements-program\"", m.picture);
        const LoadResult r = load_content(shipped_assets_with(
            {{kAnnotations, annotations}, {"pictures/test.png", m.bytes}, {"pictures/none.png", "\x01missing"}}));
        EXPECT_FALSE(r.content);
        const std::string text = problems_text(r.problems, true);
        EXPECT_NE(text.find(m.says), std::string::npos) << text;
        const std::string where =
            std::string(kAnnotations) + ":" + std::to_string(line_of_text(annotations, m.at)) + ":";
        EXPECT_NE(text.find(where), std::string::npos) << "expected at " << where << "\n" << text;
    }
}

}  // namespace
}  // namespace app
