// The exhibit's content as loaded from assets/: plain data, validated before anything uses it.
#pragma once
#include <array>
#include <string>
#include <vector>

#include "../text_measure.h"

namespace app {

// A piece of a paragraph: running text, or a footnote marker printed as a superscript number.
struct Span {
    enum class Kind { Text, FootnoteMarker };
    Kind kind = Kind::Text;
    std::string text;  // for Text: the words; for FootnoteMarker: the number as printed ("18")
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

struct Telegram {
    std::string exhibit_title;  // shown above the page, e.g. "Telegram No. 71"
    std::string exhibit_subtitle;
    std::string source;  // full citation of the printed source
    TelegramHeader header;
    std::vector<Block> body;
    std::vector<Footnote> footnotes;
};

// Font file for each FontRole, relative to the assets folder.
using FontFiles = std::array<std::string, kFontRoleCount>;

struct Content {
    FontFiles fonts;
    Telegram telegram;
};

}  // namespace app
