#include "text/text_measure_ttf.h"

#include <cstring>
#include <string>
#include <unordered_map>

#include "text/utf8.h"

namespace platform {
namespace {

// Widths already measured: a layout measures the same words again and again (every "the" of the telegram, each
// candidate size of a card, every language switch), and shaping one with HarfBuzz costs tens of microseconds.
// Bounded: emptied when full, as a new language or text size mostly asks for new words anyway.
constexpr std::size_t kMaxRememberedWidths = 16384;

struct WidthMemo {
    std::unordered_map<std::string, float> widths;
    std::string key;  // reused, so that a hit allocates nothing
};

void make_key(std::string& key, app::FontRole role, int size_px, std::string_view text) {
    key.clear();
    key.push_back(static_cast<char>(role));
    char size[sizeof size_px];
    std::memcpy(size, &size_px, sizeof size_px);
    key.append(size, sizeof size);
    key.append(text);
}

float shaped_width(Fonts& fonts, app::FontRole role, int size_px, std::string_view text) {
    TTF_Font* font = font_for(fonts, role, size_px);
    if (!font) return 0.5f * static_cast<float>(size_px) * static_cast<float>(decode_utf8(text).size());
    prepare_shaping(font, text);
    int w = 0;
    int h = 0;
    const std::string terminated = printable_text(font, text);  // also NUL-terminated, as SDL_ttf wants
    if (TTF_SizeUTF8(font, terminated.c_str(), &w, &h) != 0) return 0.0f;
    return static_cast<float>(w);
}

}  // namespace

app::TextMeasure make_text_measure(std::shared_ptr<Fonts> fonts) {
    app::TextMeasure measure;
    auto memo = std::make_shared<WidthMemo>();
    measure.width = [fonts, memo](app::FontRole role, int size_px, std::string_view text) -> float {
        if (text.empty()) return 0.0f;
        make_key(memo->key, role, size_px, text);
        if (const auto found = memo->widths.find(memo->key); found != memo->widths.end()) return found->second;
        const float width = shaped_width(*fonts, role, size_px, text);
        if (memo->widths.size() >= kMaxRememberedWidths) memo->widths.clear();
        memo->widths.emplace(memo->key, width);
        return width;
    };
    measure.metrics = [fonts](app::FontRole role, int size_px) -> app::FontMetrics {
        TTF_Font* font = font_for(*fonts, role, size_px);
        if (!font) return {0.8f * static_cast<float>(size_px), 1.2f * static_cast<float>(size_px)};
        return {static_cast<float>(TTF_FontAscent(font)), static_cast<float>(TTF_FontLineSkip(font))};
    };
    return measure;
}

}  // namespace platform
