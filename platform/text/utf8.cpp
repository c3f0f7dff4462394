#include "text/utf8.h"

namespace platform {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Number of continuation bytes announced by a lead byte, or -1 for a byte that cannot start a sequence.
int continuation_count(unsigned char lead) {
    if (lead < 0x80) return 0;
    if ((lead >> 5) == 0x6) return 1;
    if ((lead >> 4) == 0xE) return 2;
    if ((lead >> 3) == 0x1E) return 3;
    return -1;
}

}  // namespace

std::u32string decode_utf8(std::string_view text) {
    static constexpr char32_t kMinForLength[] = {0, 0x80, 0x800, 0x10000};  // shorter forms are overlong
    std::u32string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        auto lead = static_cast<unsigned char>(text[i]);
        int extra = continuation_count(lead);
        if (extra < 0 || i + static_cast<std::size_t>(extra) >= text.size()) {
            out.push_back(kReplacement);
            ++i;
            continue;
        }
        char32_t cp = extra == 0 ? lead : extra == 1 ? (lead & 0x1Fu) : extra == 2 ? (lead & 0x0Fu) : (lead & 0x07u);
        bool ok = true;
        for (int k = 1; k <= extra && ok; ++k) {
            auto cont = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
            ok = (cont & 0xC0) == 0x80;
            cp = (cp << 6) | (cont & 0x3Fu);
        }
        if (!ok || cp < kMinForLength[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            out.push_back(kReplacement);  // resynchronise on the next byte
            ++i;
            continue;
        }
        out.push_back(cp);
        i += static_cast<std::size_t>(extra) + 1;
    }
    return out;
}

}  // namespace platform
