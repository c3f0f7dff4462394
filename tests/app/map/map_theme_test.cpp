#include "map/map_theme.h"

#include <gtest/gtest.h>

#include "support/colour_vision.h"
#include "theme.h"
#include "support/nonempty.h"

namespace app {
namespace {

const ColourVision kVisions[] = {ColourVision::Typical, ColourVision::Protanopia, ColourVision::Deuteranopia,
                                 ColourVision::Tritanopia};

const char* name(ColourVision v) {
    switch (v) {
        case ColourVision::Typical: return "typical vision";
        case ColourVision::Protanopia: return "protanopia";
        case ColourVision::Deuteranopia: return "deuteranopia";
        case ColourVision::Tritanopia: return "tritanopia";
    }
    return "";
}

TEST(MapTheme, SimulationKeepsGreysAndChangesReds) {
    for (ColourVision v : kVisions) {
        for (Color grey : {Color{0, 0, 0}, Color{128, 128, 128}, Color{255, 255, 255}}) {
            const Color s = simulate_colour_vision(grey, v);
            EXPECT_NEAR(s.r, grey.r, 2) << name(v);
            EXPECT_NEAR(s.g, grey.g, 2) << name(v);
            EXPECT_NEAR(s.b, grey.b, 2) << name(v);
        }
    }
    // Red and green, hard to tell apart for the red-green deficiencies, come out close.
    const Color red{0xD0, 0x30, 0x30}, green{0x40, 0x90, 0x30};
    EXPECT_GT(delta_e(red, green), 60);
    EXPECT_LT(delta_e(simulate_colour_vision(red, ColourVision::Deuteranopia),
                      simulate_colour_vision(green, ColourVision::Deuteranopia)),
              35);
    EXPECT_NEAR(delta_e({0, 0, 0}, {255, 255, 255}), 100, 0.5);
}

// Each pair of country colours stays clearly apart (ΔE ≥ 25) for typical vision and the three dichromacies.
TEST(MapTheme, CountryColoursStayDistinctForColourBlindVisitors) {
    const MapTheme t = default_map_theme();
    for (ColourVision v : kVisions) {
        for (std::size_t i = 0; i < NONEMPTY(t.countries).size(); ++i) {
            for (std::size_t j = i + 1; j < t.countries.size(); ++j) {
                const double d =
                    delta_e(simulate_colour_vision(t.countries[i], v), simulate_colour_vision(t.countries[j], v));
                EXPECT_GE(d, 25) << "countries " << i << " and " << j << " under " << name(v);
            }
            // and from the muted land they stand on
            EXPECT_GE(delta_e(simulate_colour_vision(t.countries[i], v), simulate_colour_vision(t.land, v)), 25)
                << i << " " << name(v);
        }
    }
}

// WCAG 1.4.11: shapes a visitor must see need 3:1 against what surrounds them.
void expect_countries_stand_out(const MapTheme& t) {
    for (const Color& c : t.countries) {
        EXPECT_GE(contrast_ratio(c, t.land), 3.0);
        EXPECT_GE(contrast_ratio(c, t.sea), 3.0);
    }
    EXPECT_GE(contrast_ratio(t.marker, t.marker_ring), 3.0);
    EXPECT_GE(contrast_ratio(t.arc, composite(t.arc_casing, t.land)), 3.0);
    for (const Color& c : t.countries) EXPECT_GE(contrast_ratio(t.arc, composite(t.arc_casing, c)), 3.0);
}

TEST(MapTheme, CountriesStandOutFromLandAndSea) {
    expect_countries_stand_out(default_map_theme());
    expect_countries_stand_out(high_contrast_map_theme());
}

// Text: WCAG AA (4.5:1) normally, AAA (7:1) in high contrast, on every background it can stand on.
void expect_names_read(const MapTheme& t, const Theme& room, double ratio) {
    for (const Color& c : t.countries)
        EXPECT_GE(contrast_ratio(t.country_text, c), ratio) << "country names on their colour";
    std::vector<Color> grounds(t.countries.begin(), t.countries.end());
    grounds.push_back(t.land);
    grounds.push_back(t.sea);
    grounds.push_back(room.surround);
    for (const Color& g : grounds) {
        EXPECT_GE(contrast_ratio(t.label_text, composite(t.label_back, g)), ratio) << "place names";
        EXPECT_GE(contrast_ratio(t.panel_text, composite(t.panel, g)), ratio) << "legend";
        EXPECT_GE(contrast_ratio(t.panel_muted, composite(t.panel, g)), ratio) << "borders note";
    }
    EXPECT_GE(contrast_ratio(t.country_text, t.arc), ratio) << "figures on the stories' lines";
    EXPECT_GE(contrast_ratio(t.button_text, t.button), ratio);
    EXPECT_GE(contrast_ratio(t.button_active_text, t.button_active), ratio);
}

TEST(MapTheme, EveryNameReadsOnWhateverItStandsOn) {
    expect_names_read(default_map_theme(), default_theme(), 4.5);
    expect_names_read(high_contrast_map_theme(), high_contrast_theme(), 7.0);
}

TEST(MapTheme, PaletteHasAColourForEveryCountryTheContentMayName) {
    EXPECT_EQ(default_map_theme().countries.size(), static_cast<std::size_t>(kMapMaxCountries));
}

}  // namespace
}  // namespace app
