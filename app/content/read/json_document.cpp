#include "json_document.h"

#include <algorithm>
#include <iterator>

namespace app {
namespace {

// An iterator over the text that publishes how far nlohmann's lexer has read, so that the SAX callbacks
// below know where each token ended.
struct TrackingIterator {
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    const char* at = nullptr;
    const char** furthest = nullptr;

    reference operator*() const { return *at; }
    TrackingIterator& operator++() {
        ++at;
        if (at > *furthest) *furthest = at;
        return *this;
    }
    TrackingIterator operator++(int) {
        TrackingIterator old = *this;
        ++*this;
        return old;
    }
    bool operator==(const TrackingIterator& other) const { return at == other.at; }
    bool operator!=(const TrackingIterator& other) const { return at != other.at; }
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Given how far the lexer has read, finds where the token it just returned starts. The lexer may have read
// one character beyond a number or literal and any whitespace in between, so step back over those first.
std::size_t token_start(std::string_view text, std::size_t read_up_to) {
    std::size_t end = read_up_to;
    while (end > 0 && is_space(text[end - 1])) --end;
    if (end == 0) return 0;
    std::size_t last = end - 1;
    char c = text[last];
    if (c == '"') {  // a string: walk back to its opening quote, skipping escaped quotes
        std::size_t i = last;
        while (i > 0) {
            --i;
            if (text[i] == '"') {
                std::size_t backslashes = 0;
                for (std::size_t j = i; j > 0 && text[j - 1] == '\\'; --j) ++backslashes;
                if (backslashes % 2 == 0) return i;
            }
        }
        return 0;
    }
    if (c == '{' || c == '[') return last;
    // A number or literal, possibly followed by the one delimiter the lexer looked ahead at.
    if (c == ',' || c == '}' || c == ']') {
        while (last > 0 && is_space(text[last - 1])) --last;
        if (last == 0) return 0;
        --last;
    }
    std::size_t i = last;
    while (i > 0) {
        char p = text[i - 1];
        bool token_char = (p >= '0' && p <= '9') || (p >= 'a' && p <= 'z') || (p >= 'A' && p <= 'Z') || p == '.' ||
                          p == '-' || p == '+';
        if (!token_char) break;
        --i;
    }
    return i;
}

// Records the position of every value while nlohmann parses; it builds no values itself.
class PositionRecorder : public nlohmann::json_sax<nlohmann::json> {
public:
    PositionRecorder(std::string_view text, const char* const* furthest, std::map<std::string, SourcePos>& out)
        : text_(text), furthest_(furthest), out_(out) {}

    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t&) override { return value(); }
    bool string(string_t&) override { return value(); }
    bool binary(binary_t&) override { return value(); }
    bool start_object(std::size_t) override {
        std::string me = here();
        if (!in_object_member()) record(me);
        stack_.push_back({me, false, 0});
        return true;
    }
    bool key(string_t& k) override {
        Frame& f = stack_.back();
        std::string member = pointer_append(f.pointer, k);
        record(member);
        pending_member_ = member;
        return true;
    }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override {
        std::string me = here();
        if (!in_object_member()) record(me);
        stack_.push_back({me, true, 0});
        return true;
    }
    bool end_array() override { return close(); }
    bool parse_error(std::size_t byte, const std::string&, const nlohmann::detail::exception&) override {
        error_byte = byte;
        return false;
    }

private:
    struct Frame {
        std::string pointer;
        bool is_array;
        std::size_t next_index;
    };

    // The pointer of the value that is starting now, advancing the array index when inside an array.
    std::string here() {
        if (stack_.empty()) return "";
        Frame& f = stack_.back();
        if (f.is_array) return pointer_append(f.pointer, f.next_index++);
        return pending_member_;
    }
    bool in_object_member() const { return !stack_.empty() && !stack_.back().is_array; }
    bool value() {
        std::string me = here();
        if (!in_object_member()) record(me);
        return true;
    }
    bool close() {
        stack_.pop_back();
        return true;
    }
    void record(const std::string& pointer) {
        std::size_t read = static_cast<std::size_t>(*furthest_ - text_.data());
        // Values come in file order, so the cursor moves forward: linear in the file's size, not quadratic.
        out_[pointer] = advance_cursor(cursor_, text_, token_start(text_, read));
    }

    std::string_view text_;
    const char* const* furthest_;
    std::map<std::string, SourcePos>& out_;
    std::vector<Frame> stack_;
    std::string pending_member_;
    TextCursor cursor_;

public:
    std::size_t error_byte = 0;  // where nlohmann gave up, counted from 1
};

// nlohmann's messages read "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error
// while parsing object - unexpected '}'; expected string literal". Keep only the part after the last " - ".
std::string plain_syntax_message(const std::string& what) {
    std::size_t dash = what.rfind(" - ");
    std::string detail = dash == std::string::npos ? what : what.substr(dash + 3);
    return "JSON syntax: " + detail +
           " (look for a missing or extra comma, quote or bracket at or just before this point)";
}

}  // namespace

SourcePos position_at(std::string_view text, std::size_t offset) {
    TextCursor cursor;
    return advance_cursor(cursor, text, offset);
}

Problem problem_at(std::string_view text, std::size_t offset, const std::string& file, std::string message) {
    const SourcePos pos = position_at(text, offset);
    return {file, pos.line, pos.column, std::move(message)};
}

SourcePos advance_cursor(TextCursor& cursor, std::string_view text, std::size_t offset) {
    if (offset > text.size()) offset = text.size();
    if (offset < cursor.offset) cursor = TextCursor{};  // backwards: count again from the start
    for (std::size_t i = cursor.offset; i < offset; ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++cursor.pos.line;
            cursor.pos.column = 1;
        } else if ((c & 0xC0) != 0x80) {  // count code points, not continuation bytes
            ++cursor.pos.column;
        }
    }
    cursor.offset = offset;
    return cursor.pos;
}

std::string pointer_append(const std::string& pointer, const std::string& key) {
    std::string out = pointer + "/";
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

std::string pointer_append(const std::string& pointer, std::size_t index) {
    return pointer + "/" + std::to_string(index);
}

SourcePos JsonDocument::position_of(const std::string& pointer) const {
    std::string p = pointer;
    while (true) {
        auto it = positions.find(p);
        if (it != positions.end()) return it->second;
        if (p.empty()) return {1, 1};
        p = p.substr(0, p.rfind('/'));
    }
}

std::optional<JsonDocument> parse_json(std::string_view text, const std::string& file, std::vector<Problem>& problems) {
    JsonDocument doc;
    doc.file = file;
    try {
        doc.root = nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error& e) {
        std::size_t byte = e.byte == 0 ? 0 : e.byte - 1;  // nlohmann counts from 1
        SourcePos pos = position_at(text, byte);
        // Ending with lists or groups still open is what a file cut short by an interrupted save or copy looks like.
        const bool cut_short =
            (std::string(e.what()).find("unexpected end of input") != std::string::npos || byte >= text.size()) &&
            text.find_first_not_of(" \t\r\n") != std::string_view::npos;
        problems.push_back({file, pos.line, pos.column,
                            cut_short
                                ? "the file ends here, before every text \" \", list [ ] and group { } is closed: "
                                  "it was probably cut short by an interrupted save or copy; restore it from the "
                                  "last good copy"
                                : plain_syntax_message(e.what())});
        return std::nullopt;
    } catch (const nlohmann::json::exception& e) {
        // Well-formed but unusable, such as a number too large for a double (1e999): nlohmann says where only to
        // its SAX reader, so read the text again with one.
        const char* furthest = text.data();
        PositionRecorder finder(text, &furthest, doc.positions);
        nlohmann::json::sax_parse(text.begin(), text.end(), &finder);
        SourcePos pos =
            position_at(text, token_start(text, std::min(finder.error_byte, text.size())));  // the number's start
        std::string what = e.what();
        std::size_t bracket = what.find("] ");
        std::string detail = bracket == std::string::npos ? what : what.substr(bracket + 2);
        problems.push_back(
            {file, pos.line, pos.column,
             "JSON value out of range: " + detail + " (a number this large cannot be used; check for a typo)"});
        return std::nullopt;
    }
    const char* furthest = text.data();
    TrackingIterator first{text.data(), &furthest};
    TrackingIterator last{text.data() + text.size(), &furthest};
    PositionRecorder recorder(text, &furthest, doc.positions);
    nlohmann::json::sax_parse(first, last, &recorder);
    return doc;
}

}  // namespace app
