// The exhibit's colours. Paper and ink for the document, a calm dark room around it.
// Contrast pairs are checked by tests/app/exhibit/theme_test.cpp (WCAG AA at least).
#pragma once
#include "geometry.h"

namespace app {

struct Theme {
    Color surround{0x1B, 0x1E, 0x23};        // the room around the page
    Color surround_text{0xF3, 0xEE, 0xE2};   // titles on the surround
    Color surround_muted{0xB4, 0xAF, 0xA4};  // secondary text on the surround
    Color hint{0x8F, 0xCF, 0xD8};            // what to do, on the surround: the underline's colour, lightened
    Color paper{0xF4, 0xEF, 0xE3};           // the telegram page
    Color paper_shadow{0x0C, 0x0D, 0x10, 0x90};
    Color ink{0x24, 0x21, 0x1C};            // typewritten text
    Color apparatus_ink{0x4F, 0x48, 0x3E};  // the archive's header, footnotes, page breaks
    Color marker_ink{0x8A, 0x2E, 0x1E};     // footnote numbers
    Color rule{0xB5, 0xAC, 0x9C};           // hairlines on the paper
    Color scrollbar{0xF3, 0xEE, 0xE2, 0x60};
    Color phrase_underline{0x1C, 0x6E, 0x7A};  // touchable phrases on the paper
    Color phrase_highlight{0xF2, 0xD4, 0x8A};  // behind the phrase whose card is open
    Color card{0x26, 0x2B, 0x33};
    Color card_shadow{0x00, 0x00, 0x00, 0x70};
    Color card_text{0xF3, 0xEE, 0xE2};
    Color card_title{0xF2, 0xC4, 0x6D};
    Color card_muted{0xBD, 0xB7, 0xAA};
    Color button{0x3B, 0x42, 0x4D};
    Color button_text{0xF3, 0xEE, 0xE2};
    Color chart_bar{0x8C, 0xC3, 0xCE};
    Color chart_reference{0xF2, 0xC4, 0x6D};
    Color cursor{0x24, 0x21, 0x1C, 0xC0};  // the teleprinter's carriage while it types
    Color nav_bar{0x14, 0x16, 0x1A};       // the navigation bar along the bottom
    Color nav_rule{0x3B, 0x42, 0x4D};
    Color banner{0x8E, 0x1B, 0x12};  // curators' problem banner (windowed preview only)
    Color banner_text{0xFF, 0xFF, 0xFF};
};

inline Theme default_theme() { return Theme{}; }

// For visitors who see poorly: black, white and yellow, every text pair at least 7:1 (WCAG AAA), the paper white.
Theme high_contrast_theme();

// WCAG 2 contrast ratio between two opaque colours (1 to 21).
double contrast_ratio(Color a, Color b);

}  // namespace app
