#include "support/colour_vision.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace app {
namespace {

using Matrix = std::array<std::array<double, 3>, 3>;

constexpr Matrix kProtanopia{
    {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}};
constexpr Matrix kDeuteranopia{
    {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}};
constexpr Matrix kTritanopia{
    {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}}};

double to_linear(std::uint8_t v) {
    const double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

std::uint8_t to_srgb(double l) {
    l = std::clamp(l, 0.0, 1.0);
    const double c = l <= 0.0031308 ? l * 12.92 : 1.055 * std::pow(l, 1 / 2.4) - 0.055;
    return static_cast<std::uint8_t>(std::lround(c * 255));
}

std::array<double, 3> lab(Color c) {
    const double r = to_linear(c.r), g = to_linear(c.g), b = to_linear(c.b);
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

}  // namespace

Color simulate_colour_vision(Color c, ColourVision vision) {
    const Matrix* m = vision == ColourVision::Protanopia     ? &kProtanopia
                      : vision == ColourVision::Deuteranopia ? &kDeuteranopia
                      : vision == ColourVision::Tritanopia   ? &kTritanopia
                                                             : nullptr;
    if (!m) return c;
    const double in[3] = {to_linear(c.r), to_linear(c.g), to_linear(c.b)};
    double out[3];
    for (int i = 0; i < 3; ++i) out[i] = (*m)[i][0] * in[0] + (*m)[i][1] * in[1] + (*m)[i][2] * in[2];
    return Color{to_srgb(out[0]), to_srgb(out[1]), to_srgb(out[2]), c.a};
}

double delta_e(Color a, Color b) {
    const auto la = lab(a), lb = lab(b);
    return std::sqrt((la[0] - lb[0]) * (la[0] - lb[0]) + (la[1] - lb[1]) * (la[1] - lb[1]) +
                     (la[2] - lb[2]) * (la[2] - lb[2]));
}

Color composite(Color top, Color under) {
    const double a = top.a / 255.0;
    auto mix = [a](std::uint8_t t, std::uint8_t u) {
        return static_cast<std::uint8_t>(std::lround(t * a + u * (1 - a)));
    };
    return Color{mix(top.r, under.r), mix(top.g, under.g), mix(top.b, under.b), 255};
}

}  // namespace app
