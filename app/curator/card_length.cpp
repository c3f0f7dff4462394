#include "card_length.h"

#include <algorithm>
#include <array>

#include "fit_check.h"

namespace app {
namespace {

// The first code point of `s` (0 when empty), decoded from UTF-8; enough for Latin and Cyrillic letters.
char32_t first_code_point(std::string_view s) {
    if (s.empty()) return 0;
    const auto b = [&](std::size_t i) { return i < s.size() ? static_cast<unsigned char>(s[i]) : 0u; };
    const unsigned c = b(0);
    if (c < 0x80) return c;
    if ((c & 0xE0) == 0xC0) return ((c & 0x1Fu) << 6) | (b(1) & 0x3Fu);
    if ((c & 0xF0) == 0xE0) return ((c & 0x0Fu) << 12) | ((b(1) & 0x3Fu) << 6) | (b(2) & 0x3Fu);
    return ((c & 0x07u) << 18) | ((b(1) & 0x3Fu) << 12) | ((b(2) & 0x3Fu) << 6) | (b(3) & 0x3Fu);
}

std::size_t code_point_bytes(unsigned char lead) {
    if (lead < 0x80) return 1;
    if ((lead & 0xE0) == 0xC0) return 2;
    if ((lead & 0xF0) == 0xE0) return 3;
    return 4;
}

bool is_letter_or_digit(char32_t c) {
    if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    if (c < 0xC0) return false;                // « » ½ º and the like
    if (c == 0xD7 || c == 0xF7) return false;  // × ÷
    return !(c >= 0x2000 && c <= 0x2BFF);      // dashes, quotes, …, №, arrows
}

bool is_capital_or_digit(char32_t c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
           (c >= 0x410 && c <= 0x42F) || c == 0x401;
}

std::vector<std::string_view> split_words(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i;
        const std::size_t start = i;
        while (i < text.size() && text[i] != ' ' && text[i] != '\n' && text[i] != '\t') ++i;
        if (i > start) out.push_back(text.substr(start, i - start));
    }
    return out;
}

bool is_word(std::string_view token) {
    for (std::size_t i = 0; i < token.size(); i += code_point_bytes(static_cast<unsigned char>(token[i])))
        if (is_letter_or_digit(first_code_point(token.substr(i)))) return true;
    return false;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }
bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Closing quotes and brackets after a sentence's last stop, and opening ones before the next sentence's capital.
constexpr std::array<std::string_view, 6> kClosers{"\xE2\x80\x9D", "\xC2\xBB", "\"", "\xE2\x80\x99", ")", "]"};
constexpr std::array<std::string_view, 6> kOpeners{"\xE2\x80\x9C", "\xC2\xAB", "\"", "\xE2\x80\x98", "(", "["};
// Words ending in a full stop that do not end a sentence (single capital initials are found apart).
constexpr std::array<std::string_view, 21> kAbbreviations{"Mr.",  "Mrs.", "Dr.",  "St.",  "No.",  "Stat.", "U.S.",
                                                          "D.C.", "p.m.", "a.m.", "e.g.", "i.e.", "г.",    "гг.",
                                                          "т.",   "с.",   "Sr.",  "Sra.", "n.",   "n.º",   "p."};

// `w` without the marks at its end (closing quotes after a stop) or at its start (opening ones before a capital).
std::string_view without(std::string_view w, const std::array<std::string_view, 6>& marks, bool at_end) {
    for (bool again = true; again;) {
        again = false;
        for (std::string_view m : marks) {
            if (w.size() <= m.size() || !(at_end ? ends_with(w, m) : starts_with(w, m))) continue;
            if (at_end) w.remove_suffix(m.size());
            else w.remove_prefix(m.size());
            again = true;
        }
    }
    return w;
}
std::string_view without_closers(std::string_view w) { return without(w, kClosers, true); }
std::string_view without_openers(std::string_view w) { return without(w, kOpeners, false); }

bool ends_sentence(std::string_view word, std::string_view next) {
    const std::string_view w = without_closers(word);
    const bool stop = ends_with(w, ".") || ends_with(w, "!") || ends_with(w, "?") || ends_with(w, "\xE2\x80\xA6");
    if (!stop || next.empty() || !is_capital_or_digit(first_code_point(without_openers(next)))) return false;
    const std::string_view bare = without_openers(w);
    if (std::find(kAbbreviations.begin(), kAbbreviations.end(), bare) != kAbbreviations.end()) return false;
    const char32_t first = first_code_point(bare);
    const bool initial = bare.size() == code_point_bytes(static_cast<unsigned char>(bare[0])) + 1 &&
                         is_capital_or_digit(first) && !(first >= '0' && first <= '9');
    return !initial;
}

void check_text(const Localized& text, const std::string& what, const std::string& file, int line,
                std::vector<Problem>& out) {
    for (Language language : kLanguages) {
        const std::string& body = text.in(language);
        const std::string where = what + " [" + language_code(language) + "]";
        const int words = count_words(body);
        if (words > kMaxCardWords) {
            out.push_back({file, line, 0,
                           where + " has " + std::to_string(words) +
                               " words; visitors read standing up: keep a card to " + std::to_string(kMaxCardWords) +
                               " words or fewer"});
        }
        for (const std::string& sentence : split_sentences(body)) {
            const int n = count_words(sentence);
            if (n <= kMaxSentenceWords) continue;
            const std::string start =
                sentence.substr(0, std::min<std::size_t>(sentence.find(' ', 40), sentence.size()));
            out.push_back({file, line, 0,
                           where + " has a sentence of " + std::to_string(n) + " words (\"" + start +
                               " …\"); keep sentences to " + std::to_string(kMaxSentenceWords) + " words or fewer"});
        }
    }
}

}  // namespace

int count_words(std::string_view text) {
    int n = 0;
    for (std::string_view token : split_words(text)) n += is_word(token);
    return n;
}

std::vector<std::string> split_sentences(std::string_view text) {
    std::vector<std::string> out;
    const std::vector<std::string_view> words = split_words(text);
    std::string current;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (!current.empty()) current += ' ';
        current += words[i];
        if (ends_sentence(words[i], i + 1 < words.size() ? words[i + 1] : std::string_view{})) {
            out.push_back(std::move(current));
            current.clear();
        }
    }
    if (!current.empty()) out.push_back(std::move(current));
    return out;
}

std::vector<Problem> check_card_lengths(const Content& content, const ReadFile& read_file) {
    std::vector<Problem> out;
    const auto line = [&](const std::string& file, const std::string& id) {
        return line_of(read_file, file, "\"" + id + "\"");
    };
    const std::string& af = content.files.annotations;
    for (const Annotation& a : content.annotations)
        check_text(a.body, "annotation \"" + a.id + "\" body", af, line(af, a.id), out);
    const std::string& ef = content.timeline.events_file;
    for (const TimelineEvent& e : content.timeline.events)
        check_text(e.body, "event \"" + e.id + "\" body", ef, line(ef, e.id), out);
    const MapContent& map = content.map;
    for (const MapPlace& p : map.places)
        check_text(p.caption, "place \"" + p.id + "\" caption", map.places_file, line(map.places_file, p.id), out);
    for (const MapCountry& c : map.countries)
        check_text(c.caption, "country \"" + c.id + "\" caption", map.file, line(map.file, c.id), out);
    for (const MapStory& s : map.stories)
        check_text(s.caption, "story \"" + s.id + "\" caption", map.file, line(map.file, s.id), out);
    return out;
}

}  // namespace app
