#include "loading/picture_checks.h"

#include "content/picture/content_pictures.h"
#include "curator/fit_check.h"
#include "render/image_file.h"

namespace platform {

std::vector<app::Problem> check_pictures_decode(const app::Content& content, const app::ReadFile& read_file) {
    std::vector<app::Problem> problems;
    for (const app::PictureUse& use : app::pictures_in(content)) {
        const std::string& path = use.picture->file;
        const std::optional<std::string> bytes = read_file(path).bytes;
        std::string error;
        if (bytes && decode_image(*bytes, &error)) continue;
        problems.push_back(
            {use.named_in, app::line_of(read_file, use.named_in, "\"" + path + "\""), 0,
             use.card + ": the picture \"" + path + "\" cannot be decoded: " +
                 (bytes ? "it is damaged or cut short (the decoder says \"" + error + "\")" : "it has gone") +
                 "; save it again as PNG or JPEG"});
    }
    return problems;
}

}  // namespace platform
