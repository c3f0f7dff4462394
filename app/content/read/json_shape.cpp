#include "json_shape.h"

#include <vector>

#include "json_document.h"

namespace app {
namespace {

struct Open {
    bool is_list;
    std::size_t at;      // byte offset of its bracket
    std::size_t commas;  // entries so far, less one
};

}  // namespace

std::optional<Problem> check_json_shape(std::string_view text, const std::string& file, const TextLimits& limits) {
    std::vector<Open> open;  // never deeper than limits.max_depth: the scan stops there
    bool in_string = false;
    bool escaped = false;
    std::size_t string_at = 0;
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
            if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && ++chars > limits.max_text_chars)
                return problem_at(
                    text, string_at, file,
                    "this text is longer than " + format_count(limits.max_text_chars) +
                        " characters, the most one text may hold (a card's text is about 75 words): did you "
                        "paste more than you meant to?");
            continue;
        }
        switch (c) {
            case '"':
                in_string = true;
                string_at = i;
                chars = 0;
                break;
            case '[':
            case '{':
                if (open.size() >= static_cast<std::size_t>(limits.max_depth))
                    return problem_at(
                        text, i, file,
                        "lists [ ] and groups { } are nested more than " + std::to_string(limits.max_depth) +
                            " deep here; content needs a few levels at most: look for brackets opened by mistake");
                open.push_back({c == '[', i, 0});
                break;
            case ']':
            case '}':
                if (!open.empty()) open.pop_back();  // a mismatched bracket is the parser's to report
                break;
            case ',':
                if (!open.empty() && open.back().is_list && ++open.back().commas >= limits.max_list_items)
                    return problem_at(text, open.back().at, file,
                                      "this list has more than " + format_count(limits.max_list_items) +
                                          " entries, the most a list may hold: did you paste more than you meant to?");
                break;
            default: break;
        }
    }
    return std::nullopt;
}

}  // namespace app
