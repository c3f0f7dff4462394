// The exhibit's content as loaded from assets/: plain data, validated before anything uses it.
#pragma once
#include <array>
#include <memory>
#include <string>
#include <vector>

#include "../text_measure.h"
#include "interface_text.h"
#include "language.h"
#include "map_content.h"
#include "picture.h"
#include "timeline_content.h"

namespace app {

// A piece of a paragraph: running text, a footnote marker printed as a superscript number, or the printed
// volume's page break inside a paragraph ("most favored [Page 194] nation"), shown as a marker, not as words.
struct Span {
    enum class Kind { Text, FootnoteMarker, PageMarker };
    Kind kind = Kind::Text;
    std::string text;  // Text: the words; FootnoteMarker: the number as printed ("18"); PageMarker: "Page 194"
};

// A block of the telegram body: a paragraph, or the printed volume's page break ("[Page 193]").
struct Block {
    enum class Kind { Paragraph, PageBreak };
    Kind kind = Kind::Paragraph;
    std::vector<Span> spans;  // Paragraph only
    std::string page_label;   // PageBreak only, e.g. "Page 193"
    int source_line = 0;      // line in the body file, for messages
};

struct Footnote {
    std::string number;  // "18"
    std::string text;
};

// The archive's own apparatus around the text, shown as FRUS prints it.
struct TelegramHeader {
    std::string file_line;  // "611.6131/303: Telegram"
    std::string title;      // "The Secretary of State to the Chargé in the Soviet Union (Wiley)"
    std::string dateline;   // "Washington, March 27, 1935—9 p.m."
};

// The exhibit's own translation of the telegram into one language, shown instead of the typed English when a
// visitor asks for it. Not an official translation: `note` says so on the page.
struct TelegramTranslation {
    std::string note;  // shown above the translated text, e.g. "Tradução da exposição; o original está em inglês"
    std::string heading;                  // the archive's heading (header.title), translated
    std::string dateline;                 // the dateline, translated
    std::vector<std::string> paragraphs;  // one per paragraph of the body, in order (page breaks not counted)

    bool available() const { return !paragraphs.empty(); }
};

struct Telegram {
    // Around the page, in the visitor's language (the document itself stays as written).
    Localized exhibit_title;  // shown above the page, e.g. "Telegram No. 71"
    Localized exhibit_subtitle;
    Localized source;  // full citation of the printed source
    TelegramHeader header;
    std::vector<Block> body;
    std::string body_file;  // where the body text came from
    std::vector<Footnote> footnotes;
    // Per language; English stays empty (the telegram is English). Empty too when telegram.json names no
    // translation file.
    std::array<TelegramTranslation, kLanguageCount> translations;
    std::string translation_file;  // where the translations came from ("" when none)

    // The translation a visitor reading `language` may switch to, or null.
    const TelegramTranslation* translation_in(Language language) const {
        const TelegramTranslation& t = translations[static_cast<int>(language)];
        return language != Language::English && t.available() ? &t : nullptr;
    }
};

// Where an annotation attaches: a phrase of the telegram found by its text, never by position, so that an
// edit to the text cannot silently move it. `occurrence` picks one when the phrase appears more than once.
struct Anchor {
    std::string phrase;
    int occurrence = 0;  // 1-based; 0 when not given (the phrase must then be unique)
};

// Where the anchor was found: a paragraph and a byte range of its plain text, or a page break.
struct AnchorMatch {
    int block = -1;  // index into Telegram::body
    std::size_t begin = 0;
    std::size_t end = 0;
};

struct Bar {
    std::string label;
    double value = 0;
};

// A small bar chart drawn inside a card, with an optional reference line (a target or a promise).
struct BarChart {
    Localized title;
    std::string unit;  // "USD"
    std::vector<Bar> bars;
    bool has_reference = false;
    Localized reference_label;
    double reference_value = 0;
    std::vector<std::string> sources;
};

struct Annotation {
    std::string id;
    Anchor anchor;
    AnchorMatch match;
    Localized title;
    Localized body;
    std::vector<std::string> sources;
    std::string place;                        // optional link to a map place id
    std::string event;                        // optional link to a timeline event id
    std::string story;                        // optional link to a map story id
    LineColumn place_at, event_at, story_at;  // where each link was written, for a broken link's message
    bool has_chart = false;
    BarChart chart;
    Picture picture;  // optional: present() when given
};

// One caption of a narration: shown from `at` seconds until the next one starts.
struct Caption {
    double at = 0;
    std::string text;
};

// The telegram or an annotation's card read aloud in one language, with the captions shown while it plays.
struct Narration {
    std::string subject;  // "telegram" or "annotation:<id>" (narration_subject)
    Language language = Language::English;
    std::string file;          // the recording, relative to the assets folder
    double seconds = 0;        // its length, read from the file
    bool placeholder = false;  // synthetic speech standing in for a recording still to be made
    std::vector<Caption> captions;
    // The captions say exactly the words on screen (spaces aside), so the words being spoken can be marked in the
    // card itself; false when the text was edited after the recording (the loader warns).
    bool follows_text = false;
};

// What a passer-by sees while nobody is using the exhibit.
struct AttractText {
    Localized title;
    Localized date_line;
    Localized invitation;
    std::vector<Localized> teasers;
    Localized language_names;  // each language named in itself: English, Русский, Português
};

// Which file each part came from (relative to the assets folder), so later checks can name it.
struct ContentFiles {
    std::string telegram;
    std::string body;
    std::string annotations;
    std::string interface;
    std::string attract;
    std::string narration;  // "" when the manifest names none (the exhibit is then silent)
};

// Font file for each FontRole, relative to the assets folder.
using FontFiles = std::array<std::string, kFontRoleCount>;

// Each role's font file as it was read and checked while loading (null where it could not be): the fonts are opened
// from these bytes, so a file is read once and what was checked is what is drawn.
using FontBytes = std::array<std::shared_ptr<const std::string>, kFontRoleCount>;

struct Content {
    ContentFiles files;
    FontFiles fonts;
    FontBytes font_bytes;
    InterfaceText interface;
    AttractText attract;
    Telegram telegram;
    std::vector<Annotation> annotations;  // in the order of their phrases in the text
    MapContent map;
    TimelineContent timeline;
    std::vector<Narration> narrations;  // optional: what has none simply has no Listen button
};

// The subject key narrations use for the telegram and for an annotation.
constexpr const char* kTelegramNarration = "telegram";
inline std::string annotation_narration(const std::string& annotation_id) { return "annotation:" + annotation_id; }

// The narration of `subject` in `language`, or null.
inline const Narration* find_narration(const Content& content, const std::string& subject, Language language) {
    for (const Narration& n : content.narrations)
        if (n.subject == subject && n.language == language) return &n;
    return nullptr;
}

}  // namespace app
