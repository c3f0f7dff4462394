#include "load_content.h"

#include "check_links.h"
#include "interface/load_attract.h"
#include "interface/load_interface_text.h"
#include "map/load_map.h"
#include "narration/load_narration.h"
#include "read/content_file.h"
#include "read/json_fields.h"
#include "telegram/load_annotations.h"
#include "telegram/load_telegram.h"
#include "timeline/load_timeline.h"

namespace app {
namespace {

// TrueType, OpenType or a collection of either, by the tag they start with.
bool looks_like_font(const std::string& bytes) {
    if (bytes.size() < 12) return false;
    std::string tag = bytes.substr(0, 4);
    return tag == std::string("\x00\x01\x00\x00", 4) || tag == "OTTO" || tag == "true" || tag == "ttcf";
}

void load_fonts(const JsonReport& report, const ReadFile& read_file, FontFiles& fonts, FontBytes& font_bytes) {
    if (!report.doc.root.contains("fonts")) {
        report.error("", "missing field \"fonts\" (a font file for each of typewriter, serif, sans, sans_bold)");
        return;
    }
    if (!expect_object(report, "/fonts", "\"fonts\"")) return;
    reject_unknown_keys(report, "/fonts", {"typewriter", "serif", "sans", "sans_bold"});
    for (int i = 0; i < kFontRoleCount; ++i) {
        const char* role = font_role_name(static_cast<FontRole>(i));
        std::string path = required_string(report, "/fonts", role);
        if (path.empty()) continue;
        std::string pointer = pointer_append("/fonts", role);
        std::optional<std::string> bytes = read_referenced(report, pointer, path, read_file, FileKind::binary);
        if (!bytes) continue;
        if (!looks_like_font(*bytes)) {
            report.error(pointer, "\"" + path + "\" is not a TrueType or OpenType font (.ttf or .otf)");
            continue;
        }
        fonts[i] = path;
        font_bytes[i] = std::make_shared<const std::string>(std::move(*bytes));
    }
}

}  // namespace

LoadResult load_content(const ReadFile& read_file) {
    LoadResult result;
    auto content = std::make_shared<Content>();

    const std::optional<JsonDocument> manifest = open_json_file(
        kManifestFile, read_file, "the manifest",
        {"fonts", "interface", "attract", "telegram", "annotations", "timeline", "map", "narration"}, result.problems);
    if (!manifest) return result;
    const JsonReport report{*manifest, result.problems};
    load_fonts(report, read_file, content->fonts, content->font_bytes);
    std::string interface_file = required_string(report, "", "interface");
    if (!interface_file.empty() && require_safe_path(report, "/interface", interface_file)) {
        content->interface = load_interface_text(interface_file, read_file, result.problems);
        content->files.interface = interface_file;
    }
    std::string attract_file = required_string(report, "", "attract");
    if (!attract_file.empty() && require_safe_path(report, "/attract", attract_file)) {
        content->attract = load_attract(attract_file, read_file, result.problems);
        content->files.attract = attract_file;
    }
    std::string map_file = required_string(report, "", "map");
    if (!map_file.empty() && require_safe_path(report, "/map", map_file)) {
        content->map = load_map(map_file, read_file, result.problems);
        content->map.file = map_file;
    }
    std::string timeline_file = required_string(report, "", "timeline");
    if (!timeline_file.empty() && require_safe_path(report, "/timeline", timeline_file)) {
        content->timeline = load_timeline(timeline_file, read_file, result.problems);
    }
    std::string telegram_file = required_string(report, "", "telegram");
    if (!telegram_file.empty() && require_safe_path(report, "/telegram", telegram_file)) {
        load_telegram(telegram_file, read_file, content->telegram, result.problems);
        content->files.telegram = telegram_file;
        content->files.body = content->telegram.body_file;
    }

    std::string annotations_file = required_string(report, "", "annotations");
    // Annotations are anchored in the text, so they can only be checked once the text has loaded.
    if (!annotations_file.empty() && !content->telegram.body.empty() &&
        require_safe_path(report, "/annotations", annotations_file)) {
        content->annotations = load_annotations(annotations_file, read_file, content->telegram, result.problems);
        content->files.annotations = annotations_file;
    }

    // Narrations read the telegram and the cards aloud, so they are checked against both; optional as a whole.
    if (manifest->root.contains("narration") && !content->annotations.empty()) {
        const std::string narration_file = required_string(report, "", "narration");
        if (!narration_file.empty() && require_safe_path(report, "/narration", narration_file)) {
            content->narrations = load_narration(narration_file, read_file, *content, result.problems);
            content->files.narration = narration_file;
        }
    }

    // Links are checked once every file has loaded cleanly: a file with a mistake may have lost the very ids
    // others point at, and a list of links broken only by that would bury the mistake itself.
    if (!has_errors(result.problems)) check_links(*content, result.problems);

    if (!has_errors(result.problems)) result.content = std::move(content);
    return result;
}

}  // namespace app
