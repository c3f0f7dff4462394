// The telegram's body file: plain text a curator can edit in any editor.
//
//   - Paragraphs are separated by a blank line; line breaks inside a paragraph are just spaces.
//   - "[^18]" marks footnote 18 at that point of the text (printed as a superscript "18").
//   - A line holding only "[Page 193]" is the printed volume's page break, shown as such, not as text; inside a
//     paragraph ("most favored [Page 194] nation") it is a page marker within the text, never part of its words.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "../content.h"
#include "../problem.h"

namespace app {

std::vector<Block> parse_telegram_body(std::string_view text, const std::string& file, std::vector<Problem>& problems);

// The paragraph's text as a visitor reads it, footnote markers left out (used to find phrases).
std::string plain_text(const Block& paragraph);

}  // namespace app
