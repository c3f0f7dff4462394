#include "interface_text.h"

#include "text/number_text.h"

#include <cmath>

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
    std::string number = fixed_decimals(millions, millions == std::floor(millions) ? 0 : 1);
    const std::string& separator = text.decimal_separator.in(language);
    if (std::size_t dot = number.find('.'); dot != std::string::npos) number.replace(dot, 1, separator);
    return fill_placeholder(text.money_millions.in(language), "value", number);
}

}  // namespace app
