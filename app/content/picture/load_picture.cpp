#include "load_picture.h"

#include "../read/content_file.h"
#include "../read/content_limits.h"
#include "picture_header.h"

namespace app {
namespace {

// The header's verdict on the file named at `pointer`; the size limits are content_limits.h's.
bool check_picture_file(const JsonReport& report, const std::string& pointer, const std::string& path,
                        const std::string& bytes, Picture& picture) {
    const std::string named = "\"" + path + "\" ";
    if (bytes.size() > kMaxCardPictureBytes) {
        report.error(pointer, named + "is " + format_megabytes(bytes.size()) + ", more than the " +
                                  format_megabytes(kMaxCardPictureBytes) +
                                  " a picture may be; save it smaller (a JPEG of about 2,000 pixels across is plenty)");
        return false;
    }
    const PictureHeader header = read_picture_header(bytes);
    if (header.format == PictureHeader::Format::None) {
        report.error(pointer, named + header.problem);
        return false;
    }
    if (header.width <= 0 || header.height <= 0) {
        report.error(pointer, named + "has no size in its header; the file is damaged");
        return false;
    }
    const std::size_t pixels = static_cast<std::size_t>(header.width) * static_cast<std::size_t>(header.height);
    if (header.width > kMaxCardPictureSide || header.height > kMaxCardPictureSide || pixels > kMaxCardPicturePixels) {
        report.error(pointer, named + "is " + std::to_string(header.width) + " x " + std::to_string(header.height) +
                                  " pixels, more than a picture may be (" + format_count(kMaxCardPictureSide) +
                                  " on a side, " + format_count(kMaxCardPicturePixels) +
                                  " pixels in all); save it smaller, about 2,000 pixels across is plenty");
        return false;
    }
    picture.width = header.width;
    picture.height = header.height;
    return true;
}

}  // namespace

Picture optional_picture(const JsonReport& report, const std::string& pointer, const ReadFile& read_file) {
    Picture picture;
    const nlohmann::json& object = report.doc.root.at(nlohmann::json::json_pointer(pointer));
    if (!object.contains("picture")) return picture;
    const std::string at = pointer_append(pointer, "picture");
    if (!expect_object(report, at, "\"picture\"")) return picture;
    reject_unknown_keys(report, at, {"file", "caption", "credit", "review"});
    report_review_notes(report, at);
    const std::string file = required_string(report, at, "file");
    picture.caption = required_localized(report, at, "caption");
    // Every picture shown says whose it is: no credit, no picture (licences usually demand it, and visitors ask).
    if (!object.at("picture").contains("credit")) {
        report.error(at,
                     "missing field \"credit\": who made the picture and under what licence, e.g. "
                     "\"Library of Congress, no known restrictions\"; it is shown under the picture");
    }
    picture.credit = optional_string(report, at, "credit");
    if (file.empty()) return Picture{};
    const std::string file_at = pointer_append(at, "file");
    const std::optional<std::string> bytes = read_referenced(report, file_at, file, read_file, FileKind::binary);
    if (!bytes || !check_picture_file(report, file_at, file, *bytes, picture)) return Picture{};
    if (picture.credit.empty()) return Picture{};
    picture.file = file;
    return picture;
}

}  // namespace app
