#include "text_encoding.h"

#include "json_document.h"

namespace app {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr const char* kSaveAsUtf8 = "open it in a text editor and save it again with the encoding \"UTF-8\"";

bool starts_with(std::string_view bytes, std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; }

// UTF-16 text of mostly Latin letters without a byte order mark has a zero in every other byte.
bool looks_like_utf16(std::string_view bytes) {
    if (bytes.size() < 4) return false;
    return (bytes[0] != 0 && bytes[1] == 0 && bytes[2] != 0 && bytes[3] == 0) ||
           (bytes[0] == 0 && bytes[1] != 0 && bytes[2] == 0 && bytes[3] != 0);
}

// Length of the well-formed UTF-8 sequence at `i` (RFC 3629: no overlong forms, no surrogates, at most U+10FFFF),
// or 0 when the bytes there are not one.
std::size_t utf8_sequence(std::string_view s, std::size_t i) {
    const auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = at(i);
    if (c < 0x80) return 1;
    std::size_t n = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // the allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) n = 2;
    else if (c == 0xE0) n = 3, lo = 0xA0;
    else if (c >= 0xE1 && c <= 0xEC) n = 3;
    else if (c == 0xED) n = 3, hi = 0x9F;
    else if (c >= 0xEE && c <= 0xEF) n = 3;
    else if (c == 0xF0) n = 4, lo = 0x90;
    else if (c >= 0xF1 && c <= 0xF3) n = 4;
    else if (c == 0xF4) n = 4, hi = 0x8F;
    else return 0;
    if (i + n > s.size()) return 0;
    if (at(i + 1) < lo || at(i + 1) > hi) return 0;
    for (std::size_t k = 2; k < n; ++k)
        if (at(i + k) < 0x80 || at(i + k) > 0xBF) return 0;
    return n;
}

// True when the bytes from `i` to the end are the start of a sequence that the end of the file cut off.
bool cut_at_end(std::string_view s, std::size_t i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (n == 0 || i + n <= s.size()) return false;
    for (std::size_t k = i + 1; k < s.size(); ++k)
        if ((static_cast<unsigned char>(s[k]) & 0xC0) != 0x80) return false;
    return true;
}

std::string hex_byte(unsigned char c) {
    static const char* digits = "0123456789ABCDEF";
    return std::string("0x") + digits[c >> 4] + digits[c & 15];
}

}  // namespace

std::string_view without_utf8_bom(std::string_view bytes) {
    return starts_with(bytes, kUtf8Bom) ? bytes.substr(kUtf8Bom.size()) : bytes;
}

std::optional<Problem> check_text_encoding(std::string_view bytes, const std::string& file) {
    // UTF-32 first: its little-endian mark begins like UTF-16's.
    if (starts_with(bytes, std::string_view("\xFF\xFE\0\0", 4)) ||
        starts_with(bytes, std::string_view("\0\0\xFE\xFF", 4)))
        return Problem{file, 0, 0,
                       std::string("the file is saved as UTF-32; the exhibit reads UTF-8 only: ") + kSaveAsUtf8};
    if (starts_with(bytes, "\xFF\xFE") || starts_with(bytes, "\xFE\xFF") || looks_like_utf16(bytes))
        return Problem{
            file, 0, 0,
            std::string("the file is saved as UTF-16 (Windows Notepad calls it \"Unicode\"); the exhibit reads "
                        "UTF-8 only: ") +
                kSaveAsUtf8};
    const std::string_view text = without_utf8_bom(bytes);
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return Problem{
            file, 0, 0,
            "the file is empty; an interrupted save or copy leaves files like this: restore it from the last "
            "good copy"};
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == '\0')
            return problem_at(
                text, i, file,
                "a NUL byte (character 0) stands here, which no text holds: the file is damaged or not a text "
                "file; restore it from the last good copy, or delete the character");
        const std::size_t n = utf8_sequence(text, i);
        if (n > 0) {
            i += n;
            continue;
        }
        if (cut_at_end(text, i))
            return problem_at(
                text, i, file,
                "the file ends in the middle of a character: it was probably cut short by an interrupted save "
                "or copy; restore it from the last good copy");
        return problem_at(
            text, i, file,
            "the byte " + hex_byte(static_cast<unsigned char>(text[i])) +
                " here is not UTF-8 text: the file was probably saved in another encoding (such as Windows-1252 "
                "or Latin-1); " +
                kSaveAsUtf8 + ", then check the characters at this point");
    }
    return std::nullopt;
}

}  // namespace app
