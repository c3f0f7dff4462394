#include "map_json_positions.h"

namespace app {
namespace {

class Locator {
public:
    Locator(std::string_view text, const std::set<std::string>& wanted, std::map<std::string, SourcePos>& found)
        : t_(text), wanted_(wanted), found_(found) {}

    void run() {
        skip_space();
        std::string root;
        record(root, here());
        value(root);
    }

private:
    SourcePos here() const { return {line_, column_}; }

    void step() {
        if (i_ >= t_.size()) return;
        const unsigned char c = static_cast<unsigned char>(t_[i_++]);
        if (c == '\n') {
            ++line_;
            column_ = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column_;
        }
    }
    char peek() const { return i_ < t_.size() ? t_[i_] : '\0'; }
    void skip_space() {
        while (i_ < t_.size() && (t_[i_] == ' ' || t_[i_] == '\t' || t_[i_] == '\n' || t_[i_] == '\r')) step();
    }
    void record(const std::string& pointer, SourcePos pos) {
        if (wanted_.count(pointer)) found_[pointer] = pos;
    }

    // A string at the cursor, unescaped enough for object keys.
    std::string string() {
        std::string out;
        step();  // opening quote
        while (i_ < t_.size() && peek() != '"') {
            if (peek() == '\\') {
                step();
                const char e = peek();
                out += e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e == 'b' ? '\b' : e == 'f' ? '\f' : e;
            } else {
                out += peek();
            }
            step();
        }
        step();  // closing quote
        return out;
    }

    void value(const std::string& pointer) {
        const char c = peek();
        if (c == '{') {
            step();
            skip_space();
            while (i_ < t_.size() && peek() != '}') {
                const SourcePos key_at = here();
                const std::string member = pointer_append(pointer, string());
                record(member, key_at);
                skip_space();
                step();  // ':'
                skip_space();
                value(member);
                skip_space();
                if (peek() == ',') step();
                skip_space();
            }
            step();
        } else if (c == '[') {
            step();
            skip_space();
            std::size_t index = 0;
            while (i_ < t_.size() && peek() != ']') {
                const std::string element = pointer_append(pointer, index++);
                record(element, here());
                value(element);
                skip_space();
                if (peek() == ',') step();
                skip_space();
            }
            step();
        } else if (c == '"') {
            string();
        } else {
            while (i_ < t_.size() && peek() != ',' && peek() != '}' && peek() != ']' && peek() != ' ' &&
                   peek() != '\n' && peek() != '\r' && peek() != '\t')
                step();
        }
    }

    std::string_view t_;
    const std::set<std::string>& wanted_;
    std::map<std::string, SourcePos>& found_;
    std::size_t i_ = 0;
    int line_ = 1;
    int column_ = 1;
};

}  // namespace

std::map<std::string, SourcePos> locate_json_values(std::string_view text, const std::set<std::string>& pointers) {
    std::map<std::string, SourcePos> found;
    if (pointers.empty()) return found;
    Locator(text, pointers, found).run();
    return found;
}

}  // namespace app
