// The telegram: telegram.json (titles, header, footnotes), the body text it names and its optional translation.
#pragma once
#include <string>
#include <vector>

#include "../content.h"
#include "../problem.h"
#include "../read_file.h"

namespace app {

// Reads `file` and the files it names into `telegram`: footnotes and their markers in the text checked against each
// other, the translation against the text's paragraphs.
void load_telegram(const std::string& file, const ReadFile& read_file, Telegram& telegram,
                   std::vector<Problem>& problems);

}  // namespace app
