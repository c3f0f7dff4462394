#include "load_attract.h"

#include "../read/content_file.h"
#include "../read/json_fields.h"

namespace app {

AttractText load_attract(const std::string& file, const ReadFile& read_file, std::vector<Problem>& problems) {
    AttractText attract;
    const std::optional<JsonDocument> doc =
        open_json_file(file, read_file, "the attract loop's file",
                       {"title", "date_line", "invitation", "teaser", "language_names", "review"}, problems);
    if (!doc) return attract;
    const JsonReport report{*doc, problems};
    attract.title = required_localized(report, "", "title");
    attract.date_line = required_localized(report, "", "date_line");
    attract.invitation = required_localized(report, "", "invitation");
    attract.language_names = required_localized(report, "", "language_names");
    if (const nlohmann::json* teasers = optional_array(report, "", "teaser")) {
        for (std::size_t i = 0; i < teasers->size(); ++i) {
            attract.teasers.push_back(
                read_localized(report, pointer_append("/teaser", i), "teaser " + std::to_string(i + 1)));
        }
    }
    report_review_notes(report, "");
    return attract;
}

}  // namespace app
