// The three languages a visitor can choose, and text given in all of them.
#pragma once
#include <array>
#include <string>

namespace app {

enum class Language { English, Russian, Portuguese };
constexpr int kLanguageCount = 3;
constexpr std::array<Language, kLanguageCount> kLanguages{Language::English, Language::Russian, Language::Portuguese};

// The code used as a key in content files: "en", "ru", "pt".
const char* language_code(Language language);

// A visitor-facing text in every language.
struct Localized {
    std::array<std::string, kLanguageCount> text;

    const std::string& in(Language language) const { return text[static_cast<int>(language)]; }
};

}  // namespace app
