// Where everything on the telegram screen goes for one screen size: the page, its header, the typed body,
// the page break and the footnotes. Computed once per size or content change, never per frame.
//
// Everything is placed in "column" coordinates: one tall column holding the title, the page and the source,
// which scrolls vertically when it is taller than the screen.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "../content/content.h"
#include "../display_list.h"
#include "../screen.h"
#include "../text/text_flow.h"
#include "../theme.h"
#include "../ui_metrics.h"

namespace app {

// The characters of the typed text set in the serif face: an editor's brackets ("No. 72 [71]") and parentheses,
// which FRUS prints as such but a typewriter face may strike as something else (GNU Typewriter draws them as
// slashes, so "[71]" would read "/71/"). `exhibit --check` names any other character a face would change.
constexpr std::string_view kTypedInSerif = "[](){}";
inline bool is_typed_in_serif(unsigned char c) {
    return kTypedInSerif.find(static_cast<char>(c)) != std::string_view::npos;
}

// How the printed volume's page marker inside a paragraph is shown: "[Page 194]", kept on one line.
inline std::string page_marker_text(const std::string& label) {
    std::string out = "[" + label + "]";
    for (std::size_t at = out.find(' '); at != std::string::npos; at = out.find(' ', at))
        out.replace(at, 1, "\xC2\xA0");
    return out;
}

// Type sizes for one screen, all derived from the body size.
struct TelegramTypeScale {
    int body_px = 0;
    float line_pitch = 0;  // baseline to baseline in the body
    float page_padding = 0;
    float outer_margin = 0;
};

// The body size is the exhibit's type scale (`body_text_px`, ui_metrics.h); the rest follows from it and the screen.
TelegramTypeScale choose_type_scale(const Screen& screen, const TextMeasure& measure);

// One typed line of a body paragraph, kept so later features can find phrases on screen.
struct BodyLine {
    int block = 0;  // index into Telegram::body
    Vec2 origin;    // top-left of the line box in column coordinates
    float height = 0;
    std::vector<PlacedRun> runs;
};

struct TelegramLayout {
    TelegramTypeScale scale;
    bool translated = false;       // the page holds the exhibit's translation: no typed body, nothing to touch
    Rect toggle;                   // the translation button's size (placed by telegram_tools); zero when there is none
    int tools_text_px = 0;         // the words of the telegram's buttons (translation, Listen)
    float tools_height = 0;        // the height of those buttons; the column ends with room for them
    std::vector<Rect> paragraphs;  // each paragraph's box, in reading order, page breaks not counted
    float column_height = 0;
    Rect page;                                      // the paper, in column coordinates
    std::vector<Text> texts;                        // title, header, footnotes, page label (column coordinates)
    std::vector<Line> rules;                        // page break and footnote rules
    std::vector<BodyLine> body;                     // the telegram text itself
    std::vector<std::pair<int, Rect>> page_labels;  // block index and box of each "[Page N]" label
};

// The words of the button that switches the page between the typed original and the exhibit's translation.
// Both are given so the button keeps one size whichever it says.
struct TranslationToggleLabels {
    std::string show_translation;
    std::string show_original;
};

// `hint` is the line under the title that tells a visitor what to do ("Touch an underlined phrase…"); the words
// around the page are in `language`, the document in its own. `toggle`, where the language has a translation,
// sizes its button (for the longer of its two labels); `translation`, when given, fills the page with it instead
// of the typed original. Title and hint stand in the same places either way, so the page does not jump.
TelegramLayout layout_telegram(const Telegram& telegram, const std::string& hint, Language language,
                               const Screen& screen, const TextMeasure& measure, const Theme& theme,
                               const TranslationToggleLabels* toggle = nullptr,
                               const TelegramTranslation* translation = nullptr);

// The telegram buttons' smallest size: a finger's width, whatever the screen.
constexpr float kToggleTargetMm = kMinTouchTargetMm;
// Their distance from the screen's edge and from the page and the navigation bar above and below their strip.
constexpr float kToolsMarginMm = 2.0f;

}  // namespace app
