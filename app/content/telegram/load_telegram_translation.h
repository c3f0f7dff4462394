// The exhibit's own translations of the telegram (e.g. telegram/translation.json), one per language other than
// English, each shown on the page instead of the typed original when a visitor asks for it.
#pragma once
#include <array>
#include <string>
#include <vector>

#include "../content.h"
#include "../problem.h"

namespace app {

// Reads the translations from `bytes` (the contents of `file`). Each language but English is required, with as
// many paragraphs as the body has (`body_paragraphs`, counted in `body_file`), so that a visitor switching
// between the two keeps their place paragraph by paragraph.
std::array<TelegramTranslation, kLanguageCount> load_telegram_translation(const std::string& file,
                                                                          const std::string& bytes, int body_paragraphs,
                                                                          const std::string& body_file,
                                                                          std::vector<Problem>& problems);

}  // namespace app
