// How colours look to visitors with colour-vision deficiencies, so tests can prove the map's country colours
// stay apart for them: the simulation matrices of Machado, Oliveira & Fernandes ("A Physiologically-based Model
// for Simulation of Color Vision Deficiency", IEEE TVCG 15(6), 2009) at full severity, applied in linear RGB,
// and colour difference as CIE76 ΔE in CIELAB (D65).
#pragma once
#include "geometry.h"

namespace app {

enum class ColourVision { Typical, Protanopia, Deuteranopia, Tritanopia };

Color simulate_colour_vision(Color c, ColourVision vision);

// CIE76 colour difference: about 2 is just noticeable; above 20 two colours read as different colours.
double delta_e(Color a, Color b);

// `top` drawn with its alpha over the opaque `under`.
Color composite(Color top, Color under);

}  // namespace app
