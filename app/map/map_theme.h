// The map's own colours, beside the exhibit's Theme (which they complement, not replace). Countries take the
// palette in the order map.json lists them: sky blue, a light vermilion and yellow, tints of the Okabe–Ito
// palette chosen so each pair stays far apart under protanopia, deuteranopia and tritanopia, each stands out
// from the muted land and the sea, and dark names on them read at more than 4.5:1. Checked by
// tests/app/map/map_theme_test.cpp. Colour is never the only cue: every country is also named on the map and in
// the legend.
#pragma once
#include <array>

#include "../content/map_content.h"
#include "../geometry.h"

namespace app {

struct MapTheme {
    Color sea{0x1F, 0x2B, 0x36};
    Color land{0x3A, 0x40, 0x47};  // other countries, with no borders drawn
    std::array<Color, kMapMaxCountries> countries{{
        {0x56, 0xB4, 0xE9},  // sky blue (Okabe–Ito)
        {0xEE, 0x88, 0x66},  // light vermilion (a tint of Okabe–Ito's)
        {0xF0, 0xE4, 0x42},  // yellow (Okabe–Ito)
    }};
    Color country_text{0x14, 0x17, 0x1B};            // names on the countries' colours
    Color country_selected{0xFF, 0xFF, 0xFF, 0x55};  // laid over a country whose card is open
    Color marker{0xF8, 0xF4, 0xEA};
    Color marker_ring{0x14, 0x17, 0x1B};
    Color marker_selected{0xF2, 0xC4, 0x6D};
    Color label_back{0x14, 0x17, 0x1B, 0xE0};  // behind place names, so they read on any colour
    Color label_text{0xF8, 0xF4, 0xEA};
    Color leader{0xF8, 0xF4, 0xEA, 0xC0};  // from a place to a name set further off
    Color arc{0xFF, 0xFA, 0xEE};
    Color arc_casing{0x14, 0x17, 0x1B, 0xD0};  // a dark edge so the arc shows on light countries too
    Color panel{0x1B, 0x1E, 0x23, 0xE8};       // the legend's background
    Color panel_text{0xF3, 0xEE, 0xE2};
    Color panel_muted{0xC4, 0xBE, 0xB2};
    Color button{0x3B, 0x42, 0x4D};
    Color button_text{0xF3, 0xEE, 0xE2};
    Color button_active{0xF2, 0xC4, 0x6D};  // the story being told
    Color button_active_text{0x14, 0x17, 0x1B};
};

inline MapTheme default_map_theme() { return MapTheme{}; }

// For larger text with high contrast (the navigation bar's button): the same three country colours (chosen to stay
// distinct for colour-blind visitors) on black sea and dark land, every text pair at least 7:1.
MapTheme high_contrast_map_theme();

// The colour of the n-th country of map.json.
inline Color country_colour(const MapTheme& theme, int index) {
    return theme.countries[static_cast<std::size_t>(index) % theme.countries.size()];
}

}  // namespace app
