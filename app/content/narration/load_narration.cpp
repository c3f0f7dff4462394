#include "load_narration.h"

#include <algorithm>
#include <set>

#include "../../audio/audio_clip.h"
#include "../read/content_file.h"
#include "../read/json_fields.h"
#include "../telegram/telegram_body.h"

namespace app {
namespace {

// Words compared as a reader sees them: runs of spaces and line breaks are one space.
std::string collapse_spaces(const std::string& text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

// A few words either side of where two texts part, so a curator can find the spot.
std::string first_difference(const std::string& captions, const std::string& text) {
    std::size_t i = 0;
    while (i < captions.size() && i < text.size() && captions[i] == text[i]) ++i;
    while (i > 0 && (static_cast<unsigned char>(text[i < text.size() ? i : text.size() - 1]) & 0xC0) == 0x80)
        --i;  // whole characters
    const std::size_t from = text.rfind(' ', i > 20 ? i - 20 : 0);
    const std::string excerpt = text.substr(from == std::string::npos ? 0 : from + 1, 60);
    return "\"" + excerpt + (from + 61 < text.size() ? "…" : "") + "\"";
}

std::vector<std::string> subject_choices(const Content& content) {
    std::vector<std::string> out{kTelegramNarration};
    for (const Annotation& a : content.annotations) out.push_back(annotation_narration(a.id));
    return out;
}

// The choices, those that look like what was written first (a misspelt id is usually a near miss).
std::string list_of(std::vector<std::string> items, const std::string& written) {
    const std::string core = written.substr(written.find(':') == std::string::npos ? 0 : written.find(':') + 1);
    std::stable_partition(items.begin(), items.end(), [&](const std::string& choice) {
        return !core.empty() && (choice.find(core) != std::string::npos ||
                                 core.find(choice.substr(choice.find(':') + 1)) != std::string::npos);
    });
    std::string out;
    for (std::size_t i = 0; i < items.size() && i < 6; ++i) out += (i ? ", " : "") + items[i];
    if (items.size() > 6) out += ", … (" + std::to_string(items.size()) + " in all)";
    return out;
}

bool read_language(const JsonReport& report, const std::string& at, Language& out) {
    const std::string code = required_string(report, at, "language");
    for (Language language : kLanguages) {
        if (code == language_code(language)) {
            out = language;
            return true;
        }
    }
    if (!code.empty())
        report.error(pointer_append(at, "language"), "unknown language \"" + code + "\"; use en, ru or pt");
    return false;
}

// The captions: a list of { "at": seconds, "text": words }, starting times increasing, all within the recording.
std::vector<Caption> read_captions(const JsonReport& report, const std::string& at, double seconds) {
    std::vector<Caption> out;
    const nlohmann::json* list = optional_array(report, at, "captions");
    const std::string list_at = pointer_append(at, "captions");
    if (!list || list->empty()) {
        if (!list && report.doc.root.at(nlohmann::json::json_pointer(at)).contains("captions")) return out;
        report.error(list ? list_at : at,
                     "a narration needs captions: a list of { \"at\": seconds, \"text\": \"…\" }, "
                     "so that visitors who cannot hear it can read along");
        return out;
    }
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string item = pointer_append(list_at, i);
        if (!expect_object(report, item, "a caption")) continue;
        reject_unknown_keys(report, item, {"at", "text"});
        const nlohmann::json& object = (*list)[i];
        Caption caption;
        caption.text = required_string(report, item, "text");
        if (!object.contains("at") || !object.at("at").is_number()) {
            report.error(object.contains("at") ? pointer_append(item, "at") : item,
                         "each caption needs \"at\": the second of the recording it appears at, e.g. 12.5");
            continue;
        }
        caption.at = object.at("at").get<double>();
        const double previous = out.empty() ? -1 : out.back().at;
        if (caption.at < 0 || caption.at <= previous) {
            report.error(pointer_append(item, "at"),
                         "caption " + std::to_string(i + 1) + " starts at " + std::to_string(caption.at) +
                             " s; captions must start at 0 or later, each after the one before");
            continue;
        }
        if (seconds > 0 && caption.at >= seconds) {
            report.error(pointer_append(item, "at"),
                         "caption " + std::to_string(i + 1) + " starts at " + std::to_string(caption.at) +
                             " s but the recording lasts only " + std::to_string(seconds) + " s");
            continue;
        }
        if (!caption.text.empty()) out.push_back(std::move(caption));
    }
    return out;
}

// Opens the recording and measures it; reports a missing or unplayable file with the reason.
double measure_recording(const JsonReport& report, const std::string& at, const std::string& path,
                         const ReadFile& read_file) {
    const std::string pointer = pointer_append(at, "file");
    if (!require_safe_path(report, pointer, path)) return 0;
    const std::optional<std::string> bytes = read_referenced(report, pointer, path, read_file, FileKind::binary);
    if (!bytes) return 0;
    const AudioProbe probe = probe_audio(*bytes);
    if (!probe.problem.empty()) {
        report.error(pointer, "\"" + path + "\": " + probe.problem);
        return 0;
    }
    return probe.format.seconds;
}

}  // namespace

std::string narrated_text(const Content& content, const std::string& subject, Language language) {
    std::string joined;
    if (subject == kTelegramNarration) {
        if (language == Language::English) {
            for (const Block& b : content.telegram.body)
                if (b.kind == Block::Kind::Paragraph) joined += plain_text(b) + " ";
        } else if (const TelegramTranslation* t = content.telegram.translation_in(language)) {
            for (const std::string& p : t->paragraphs) joined += p + " ";
        }
        return collapse_spaces(joined);
    }
    for (const Annotation& a : content.annotations)
        if (subject == annotation_narration(a.id)) return collapse_spaces(a.body.in(language));
    return "";
}

std::vector<Narration> load_narration(const std::string& file, const ReadFile& read_file, const Content& content,
                                      std::vector<Problem>& problems) {
    std::vector<Narration> out;
    const std::optional<JsonDocument> doc =
        open_json_file(file, read_file, "the narrations file", {"narrations", "review"}, problems);
    if (!doc) return out;
    const JsonReport report{*doc, problems};
    report_review_notes(report, "");
    const nlohmann::json* list = required_array(report, "", "narrations", "recordings with their captions");
    if (!list) return out;
    const std::vector<std::string> choices = subject_choices(content);
    std::set<std::pair<std::string, Language>> seen;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string at = pointer_append("/narrations", i);
        if (!expect_object(report, at, "a narration")) continue;
        reject_unknown_keys(report, at, {"subject", "language", "file", "placeholder", "captions", "review"});
        report_review_notes(report, at);
        Narration n;
        n.subject = required_string(report, at, "subject");
        const bool known_language = read_language(report, at, n.language);
        n.file = required_string(report, at, "file");
        const nlohmann::json& object = (*list)[i];
        if (object.contains("placeholder")) {
            if (object.at("placeholder").is_boolean()) {
                n.placeholder = object.at("placeholder").get<bool>();
            } else {
                report.error(pointer_append(at, "placeholder"),
                             "\"placeholder\" is true (synthetic speech to be replaced) or false");
            }
        }
        const std::string words = narrated_text(content, n.subject, n.language);
        const bool known_subject = std::find(choices.begin(), choices.end(), n.subject) != choices.end();
        bool ok = known_subject && known_language && !n.file.empty();
        if (!n.subject.empty() && !known_subject) {
            report.error(
                pointer_append(at, "subject"),
                "nothing is called \"" + n.subject + "\"; a narration reads one of: " + list_of(choices, n.subject));
        } else if (ok && words.empty()) {
            // Taking the translation away (CURATORS.md says how) must not break the content: its narration rests.
            report.warning(pointer_append(at, "language"), std::string("the telegram has no translation in \"") +
                                                               language_code(n.language) +
                                                               "\", so this narration is not used");
            continue;
        }
        if (ok && !seen.insert({n.subject, n.language}).second) {
            report.error(at, "\"" + n.subject + "\" already has a narration in \"" + language_code(n.language) +
                                 "\"; each subject has at most one per language");
            ok = false;
        }
        if (!n.file.empty()) n.seconds = measure_recording(report, at, n.file, read_file);
        n.captions = read_captions(report, at, n.seconds);
        if (!ok || n.seconds <= 0 || n.captions.empty()) continue;

        std::string captioned;
        for (const Caption& c : n.captions) captioned += c.text + " ";
        captioned = collapse_spaces(captioned);
        n.follows_text = captioned == words;
        if (!n.follows_text) {
            report.warning(pointer_append(at, "captions"),
                           "the captions of \"" + n.subject + "\" (" + language_code(n.language) +
                               ") no longer match the words they read, from " + first_difference(captioned, words) +
                               "; the text was probably edited after the recording was made: record it again (or run "
                               "audio/make-placeholders.py) and update the captions");
        }
        out.push_back(std::move(n));
    }
    return out;
}

}  // namespace app
