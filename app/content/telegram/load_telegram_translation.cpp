#include "load_telegram_translation.h"

#include "../read/content_file.h"
#include "../read/json_fields.h"

namespace app {
namespace {

const char* language_name(Language language) {
    switch (language) {
        case Language::Russian: return "Russian";
        case Language::Portuguese: return "Portuguese";
        default: return "English";
    }
}

TelegramTranslation read_language(const JsonReport& report, Language language, int body_paragraphs,
                                  const std::string& body_file) {
    TelegramTranslation t;
    const std::string at = pointer_append("", language_code(language));
    const std::string what = std::string("the ") + language_name(language) + " translation";
    if (!expect_object(report, at, what)) return t;
    reject_unknown_keys(report, at, {"note", "heading", "dateline", "paragraphs"});
    t.note = required_string(report, at, "note");
    t.heading = required_string(report, at, "heading");
    t.dateline = required_string(report, at, "dateline");
    const nlohmann::json* list =
        required_array(report, at, "paragraphs", "paragraphs, each its text in quotes, in the original's order");
    if (!list) return t;
    const std::string list_at = pointer_append(at, "paragraphs");
    std::vector<std::string> paragraphs;
    bool complete = true;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string item = pointer_append(list_at, i);
        const nlohmann::json& value = (*list)[i];
        if (!value.is_string() || value.get<std::string>().find_first_not_of(" \t\r\n") == std::string::npos) {
            report.error(item, "paragraph " + std::to_string(i + 1) + " of " + what +
                                   " should be text in quotes but is " +
                                   (value.is_string() ? std::string("empty") : describe_json_type(value)));
            complete = false;
            continue;
        }
        const std::string text = value.get<std::string>();
        // The original's footnotes are English apparatus; a translation says what they say in its own words.
        if (text.find("[^") != std::string::npos) {
            report.error(item,
                         "footnote markers such as [^18] are not used in a translation; write what the note "
                         "says into the text instead (e.g. the full name)");
            complete = false;
        }
        paragraphs.push_back(text);
    }
    if (static_cast<int>(list->size()) != body_paragraphs) {
        report.error(list_at, what + " has " + std::to_string(list->size()) + " paragraphs but " + body_file + " has " +
                                  std::to_string(body_paragraphs) +
                                  "; translate each paragraph as one item of the list, "
                                  "in the same order");
        complete = false;
    }
    if (complete) t.paragraphs = std::move(paragraphs);
    return t;
}

}  // namespace

std::array<TelegramTranslation, kLanguageCount> load_telegram_translation(const std::string& file,
                                                                          const std::string& bytes, int body_paragraphs,
                                                                          const std::string& body_file,
                                                                          std::vector<Problem>& problems) {
    std::array<TelegramTranslation, kLanguageCount> out;
    // English is the original, so it has no entry here (an "en" is reported as an unknown field).
    const std::optional<JsonDocument> doc =
        parse_json_file(bytes, file, "the telegram's translation file", {"ru", "pt", "review"}, problems);
    if (!doc) return out;
    const JsonReport report{*doc, problems};
    for (Language language : kLanguages) {
        if (language == Language::English) continue;
        if (!doc->root.contains(language_code(language))) {
            report.error("", std::string("missing field \"") + language_code(language) + "\" (the " +
                                 language_name(language) + " translation: note, heading, dateline, paragraphs)");
            continue;
        }
        out[static_cast<int>(language)] = read_language(report, language, body_paragraphs, body_file);
    }
    report_review_notes(report, "");
    return out;
}

}  // namespace app
