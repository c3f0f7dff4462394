#include "load_telegram.h"

#include <set>

#include "../read/content_file.h"
#include "../read/json_fields.h"
#include "load_telegram_translation.h"
#include "telegram_body.h"

namespace app {
namespace {

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

}  // namespace

void load_telegram(const std::string& file, const ReadFile& read_file, Telegram& telegram,
                   std::vector<Problem>& problems) {
    const std::optional<JsonDocument> doc = open_json_file(
        file, read_file, "the telegram file",
        {"exhibit_title", "exhibit_subtitle", "source", "header", "body", "translation", "footnotes", "review"},
        problems);
    if (!doc) return;
    const JsonReport report{*doc, problems};
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

}  // namespace app
