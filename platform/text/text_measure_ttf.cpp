#include "text/text_measure_ttf.h"

#include <string>

#include "text/utf8.h"

namespace platform {

app::TextMeasure make_text_measure(std::shared_ptr<Fonts> fonts) {
    app::TextMeasure measure;
    measure.width = [fonts](app::FontRole role, int size_px, std::string_view text) -> float {
        if (text.empty()) return 0.0f;
        TTF_Font* font = font_for(*fonts, role, size_px);
        if (!font) return 0.5f * static_cast<float>(size_px) * static_cast<float>(decode_utf8(text).size());
        prepare_shaping(font, text);
        int w = 0;
        int h = 0;
        const std::string terminated = printable_text(font, text);  // also NUL-terminated, as SDL_ttf wants
        if (TTF_SizeUTF8(font, terminated.c_str(), &w, &h) != 0) return 0.0f;
        return static_cast<float>(w);
    };
    measure.metrics = [fonts](app::FontRole role, int size_px) -> app::FontMetrics {
        TTF_Font* font = font_for(*fonts, role, size_px);
        if (!font) return {0.8f * static_cast<float>(size_px), 1.2f * static_cast<float>(size_px)};
        return {static_cast<float>(TTF_FontAscent(font)), static_cast<float>(TTF_FontLineSkip(font))};
    };
    return measure;
}

}  // namespace platform
