#include "interface_text.h"

#include <cmath>
#include <cstdio>

namespace app {

std::string fill_placeholder(const std::string& pattern, const std::string& name, const std::string& value) {
    const std::string key = "{" + name + "}";
    std::string out = pattern;
    for (std::size_t at = out.find(key); at != std::string::npos; at = out.find(key, at + value.size())) {
        out.replace(at, key.size(), value);
    }
    return out;
}

std::string format_money_millions(const InterfaceText& text, Language language, double amount) {
    const double millions = std::round(amount / 100000.0) / 10.0;
    char buffer[32];
    if (millions == std::floor(millions)) {
        std::snprintf(buffer, sizeof buffer, "%.0f", millions);
    } else {
        std::snprintf(buffer, sizeof buffer, "%.1f", millions);
    }
    std::string number = buffer;
    const std::string& separator = text.decimal_separator.in(language);
    if (std::size_t dot = number.find('.'); dot != std::string::npos) number.replace(dot, 1, separator);
    return fill_placeholder(text.money_millions.in(language), "value", number);
}

}  // namespace app
