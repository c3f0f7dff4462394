#include "telegram_body.h"

#include "../read/json_document.h"

namespace app {
namespace {

std::string trim(std::string_view s) {
    std::size_t b = s.find_first_not_of(" \t\r");
    if (b == std::string_view::npos) return {};
    std::size_t e = s.find_last_not_of(" \t\r");
    return std::string(s.substr(b, e - b + 1));
}

bool is_page_break(const std::string& line, std::string& label) {
    if (line.size() < 8 || line.front() != '[' || line.back() != ']') return false;
    std::string inner = line.substr(1, line.size() - 2);
    if (inner.rfind("Page ", 0) != 0) return false;
    label = inner;
    return true;
}

void append_text(Block& block, const std::string& text) {
    if (text.empty()) return;
    if (!block.spans.empty() && block.spans.back().kind == Span::Kind::Text) {
        block.spans.back().text += text;
    } else {
        block.spans.push_back({Span::Kind::Text, text});
    }
}

// A page marker inside a paragraph: the words on either side keep one space between them ("favored nation"), so
// phrases are found across it; the marker stands in that space.
void append_page_marker(Block& block, std::string& text, const std::string& label) {
    if (!text.empty() && text.back() == ' ') {
        text.pop_back();
    } else if (text.empty() && !block.spans.empty() && block.spans.back().kind == Span::Kind::Text &&
               !block.spans.back().text.empty() && block.spans.back().text.back() == ' ') {
        block.spans.back().text.pop_back();  // the marker began a line of the file
    }
    append_text(block, text);
    text.clear();
    block.spans.push_back({Span::Kind::PageMarker, label});
}

// Splits one line of a paragraph into text, footnote markers and page markers, appending to `block`.
void parse_line(const std::string& line, int line_number, const std::string& file, Block& block,
                std::vector<Problem>& problems) {
    std::size_t i = 0;
    std::string text;
    while (i < line.size()) {
        const std::size_t footnote = line.find("[^", i);
        const std::size_t page = line.find("[Page ", i);
        const std::size_t page_close = page == std::string::npos ? std::string::npos : line.find(']', page);
        if (page_close != std::string::npos && page < footnote) {
            text += line.substr(i, page - i);
            append_page_marker(block, text, line.substr(page + 1, page_close - page - 1));
            i = page_close + 1;
            continue;
        }
        std::size_t open = footnote;
        if (open == std::string::npos) {
            text += line.substr(i);
            break;
        }
        text += line.substr(i, open - i);
        std::size_t close = line.find(']', open);
        int column = position_at(line, open).column;
        if (close == std::string::npos) {
            problems.push_back(
                {file, line_number, column, "footnote marker \"[^\" is not closed; write it as [^18] on one line"});
            text += line.substr(open);
            break;
        }
        std::string number = line.substr(open + 2, close - open - 2);
        bool valid =
            !number.empty() && number.find_first_not_of("0123456789*abcdefghijklmnopqrstuvwxyz") == std::string::npos;
        if (!valid) {
            problems.push_back({file, line_number, column,
                                "footnote marker \"" + line.substr(open, close - open + 1) +
                                    "\" should hold the footnote's number, like [^18]"});
        } else {
            append_text(block, text);
            text.clear();
            block.spans.push_back({Span::Kind::FootnoteMarker, number});
        }
        i = close + 1;
    }
    append_text(block, text);
}

}  // namespace

std::vector<Block> parse_telegram_body(std::string_view text, const std::string& file, std::vector<Problem>& problems) {
    std::vector<Block> blocks;
    Block current;
    bool in_paragraph = false;
    auto finish_paragraph = [&] {
        if (in_paragraph) blocks.push_back(std::move(current));
        current = Block{};
        in_paragraph = false;
    };

    int line_number = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string line = trim(text.substr(start, end - start));
        ++line_number;
        start = end + 1;

        std::string label;
        if (line.empty()) {
            finish_paragraph();
        } else if (is_page_break(line, label)) {
            finish_paragraph();
            Block page_break;
            page_break.kind = Block::Kind::PageBreak;
            page_break.page_label = label;
            page_break.source_line = line_number;
            blocks.push_back(page_break);
        } else {
            if (!in_paragraph) {
                current.kind = Block::Kind::Paragraph;
                current.source_line = line_number;
                in_paragraph = true;
            } else {
                append_text(current, " ");  // a line break inside a paragraph is a space
            }
            parse_line(line, line_number, file, current, problems);
        }
        if (end == text.size()) break;
    }
    finish_paragraph();
    return blocks;
}

std::string plain_text(const Block& paragraph) {
    std::string out;
    for (const Span& span : paragraph.spans) {
        if (span.kind == Span::Kind::Text) out += span.text;
    }
    return out;
}

}  // namespace app
