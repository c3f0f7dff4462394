// Picture files for tests, made in memory: only what app/ reads of them (a PNG's or JPEG's header), so the
// content tests need no picture committed anywhere. platform's tests encode real pixels (picture_golden_test).
#pragma once
#include <cstdint>
#include <string>

namespace app::testing {

inline std::string big_endian(std::uint32_t v, int bytes) {
    std::string out;
    for (int i = bytes - 1; i >= 0; --i) out += static_cast<char>((v >> (8 * i)) & 0xFF);
    return out;
}

// A PNG signature and IHDR chunk for a w x h RGBA picture (its CRC is not checked by the header reader).
inline std::string png_header(std::uint32_t w, std::uint32_t h) {
    return std::string("\x89PNG\r\n\x1a\n", 8) + big_endian(13, 4) + "IHDR" + big_endian(w, 4) + big_endian(h, 4) +
           std::string("\x08\x06\x00\x00\x00", 5) + big_endian(0, 4);
}

// A JPEG's start, an APP0 (JFIF) segment to step over, then the baseline frame header with its size.
inline std::string jpeg_header(std::uint32_t w, std::uint32_t h) {
    return std::string("\xFF\xD8", 2) + std::string("\xFF\xE0", 2) + big_endian(16, 2) +
           std::string("JFIF\0\x01\x01\x00\x00\x01\x00\x01\x00\x00", 14) + std::string("\xFF\xC0", 2) +
           big_endian(17, 2) + std::string("\x08", 1) + big_endian(h, 2) + big_endian(w, 2) +
           std::string("\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01", 10) + std::string("\xFF\xD9", 2);
}

// A "picture" member for a card's JSON, with the given file and credit (credit omitted when empty).
inline std::string picture_json(const std::string& file, const std::string& credit = "Test Archive, public domain") {
    std::string out =
        "\"picture\": {\"file\": \"" + file +
        "\", \"caption\": {\"en\": \"A test picture\", \"ru\": \"Тестовая картинка\", \"pt\": \"Uma imagem de teste\"}";
    if (!credit.empty()) out += ", \"credit\": \"" + credit + "\"";
    return out + "}, ";
}

}  // namespace app::testing
