// Numbers as text, in memory and without <cstdio> (app/ includes no I/O header): what printf's "%.Nf" and "%0Nd"
// would write, by std::to_chars, which is exact and independent of the C locale.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace app {

// `value` with exactly `decimals` digits after the point, rounded as printf rounds ("%.1f").
std::string fixed_decimals(double value, int decimals);

// `value` padded with zeros to at least `width` characters, the sign counted ("%04lld": -1 → "-001").
std::string zero_padded(long long value, int width);

// The whole of `text` as a number of decimal digits, or nothing (no sign, no spaces, nothing left over).
std::optional<long long> digits_value(std::string_view text);

}  // namespace app
