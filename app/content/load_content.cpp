#include "load_content.h"

#include <set>

#include "read/content_file.h"
#include "read/json_fields.h"
#include "telegram/load_annotations.h"
#include "interface/load_attract.h"
#include "interface/load_interface_text.h"
#include "check_links.h"
#include "map/load_map.h"
#include "narration/load_narration.h"
#include "telegram/load_telegram_translation.h"
#include "timeline/load_timeline.h"
#include "telegram/telegram_body.h"

namespace app {
namespace {

// Reads `path` named at `pointer` of `report`'s document; reports when it is unsafe, missing or unusable.
bool looks_like_font(const std::string& bytes) {
    if (bytes.size() < 12) return false;
    std::string tag = bytes.substr(0, 4);
    return tag == std::string("\x00\x01\x00\x00", 4) || tag == "OTTO" || tag == "true" || tag == "ttcf";
}

void load_fonts(const JsonReport& report, const ReadFile& read_file, FontFiles& fonts) {
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
    }
}

void load_footnotes(const JsonReport& report, std::vector<Footnote>& footnotes) {
    const nlohmann::json* list = optional_array(report, "", "footnotes");
    if (!list) return;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list->size(); ++i) {
        std::string at = pointer_append("/footnotes", i);
        if (!expect_object(report, at, "a footnote")) continue;
        reject_unknown_keys(report, at, {"number", "text"});
        Footnote note{required_string(report, at, "number"), required_string(report, at, "text")};
        if (note.number.empty() || note.text.empty()) continue;
        if (!seen.insert(note.number).second) {
            report.error(pointer_append(at, "number"), "footnote " + note.number + " is listed twice");
            continue;
        }
        footnotes.push_back(note);
    }
}

// Every marker in the text has its note and every note its marker, as the printed source numbers them.
void check_footnote_markers(const JsonReport& report, const std::string& body_file, const Telegram& telegram,
                            std::vector<Problem>& problems) {
    std::set<std::string> marked;
    for (const Block& block : telegram.body) {
        for (const Span& span : block.spans) {
            if (span.kind != Span::Kind::FootnoteMarker) continue;
            bool known = false;
            for (const Footnote& f : telegram.footnotes) known = known || f.number == span.text;
            if (!known) {
                problems.push_back({body_file, block.source_line, 0,
                                    "the paragraph starting here has footnote marker [^" + span.text +
                                        "] but footnotes in the telegram file have no number \"" + span.text + "\""});
            }
            if (!marked.insert(span.text).second) {
                problems.push_back({body_file, block.source_line, 0,
                                    "footnote marker [^" + span.text + "] appears more than once in the text"});
            }
        }
    }
    for (std::size_t i = 0; i < telegram.footnotes.size(); ++i) {
        if (marked.count(telegram.footnotes[i].number)) continue;
        report.error(pointer_append(pointer_append("/footnotes", i), "number"),
                     "footnote " + telegram.footnotes[i].number + " has no marker [^" + telegram.footnotes[i].number +
                         "] in the text of " + body_file);
    }
}

// The exhibit's translations are optional as a whole (without them no toggle is shown), but a file that
// telegram.json names must be there and complete: a curator who names it means visitors to see it.
void load_translation(const JsonReport& report, const ReadFile& read_file, Telegram& telegram,
                      std::vector<Problem>& problems) {
    if (!report.doc.root.contains("translation")) return;
    const std::string file = required_string(report, "", "translation");
    if (file.empty()) return;
    std::optional<std::string> bytes = read_referenced(report, "/translation", file, read_file, FileKind::json);
    if (!bytes) return;
    int paragraphs = 0;
    for (const Block& b : telegram.body) paragraphs += b.kind == Block::Kind::Paragraph ? 1 : 0;
    telegram.translations = load_telegram_translation(file, *bytes, paragraphs, telegram.body_file, problems);
    telegram.translation_file = file;
}

void load_telegram(const std::string& file, const ReadFile& read_file, Telegram& telegram,
                   std::vector<Problem>& problems) {
    std::optional<JsonDocument> doc = read_json_file(
        file, read_file, "cannot read the telegram file; check that it exists in the assets folder", problems);
    if (!doc) return;
    JsonReport report{*doc, problems};
    if (!expect_object(report, "", "The telegram file")) return;
    reject_unknown_keys(report, "",
                        {"exhibit_title", "exhibit_subtitle", "source", "header", "body", "translation", "footnotes", "review"});
    telegram.exhibit_title = required_localized(report, "", "exhibit_title");
    telegram.exhibit_subtitle = required_localized(report, "", "exhibit_subtitle");
    telegram.source = required_localized(report, "", "source");
    if (!doc->root.contains("header")) {
        report.error("", "missing field \"header\" (file_line, title, dateline)");
    } else if (expect_object(report, "/header", "\"header\"")) {
        reject_unknown_keys(report, "/header", {"file_line", "title", "dateline"});
        telegram.header.file_line = required_string(report, "/header", "file_line");
        telegram.header.title = required_string(report, "/header", "title");
        telegram.header.dateline = required_string(report, "/header", "dateline");
    }
    load_footnotes(report, telegram.footnotes);
    report_review_notes(report, "");

    std::string body_file = required_string(report, "", "body");
    if (body_file.empty()) return;
    std::optional<std::string> body = read_referenced(report, "/body", body_file, read_file, FileKind::text);
    if (!body) return;
    telegram.body_file = body_file;
    telegram.body = parse_telegram_body(*body, body_file, problems);
    bool has_paragraph = false;
    for (const Block& b : telegram.body) has_paragraph = has_paragraph || b.kind == Block::Kind::Paragraph;
    if (!has_paragraph) problems.push_back({body_file, 0, 0, "the telegram's text is empty"});
    check_footnote_markers(report, body_file, telegram, problems);
    load_translation(report, read_file, telegram, problems);
}

}  // namespace

LoadResult load_content(const ReadFile& read_file) {
    LoadResult result;
    auto content = std::make_shared<Content>();

    std::optional<JsonDocument> manifest = read_json_file(
        kManifestFile, read_file, "cannot read the manifest; every assets folder starts with exhibit.json", result.problems);
    if (!manifest) return result;
    JsonReport report{*manifest, result.problems};
    if (!expect_object(report, "", "The manifest")) return result;
    reject_unknown_keys(report, "", {"fonts", "interface", "attract", "telegram", "annotations", "timeline", "map", "narration"});
    load_fonts(report, read_file, content->fonts);
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
