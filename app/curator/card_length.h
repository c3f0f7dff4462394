// Is every card short enough to read standing up? At most kMaxCardWords words a card and kMaxSentenceWords words
// a sentence (CURATORS.md), in every language: annotations, timeline events, map places, countries and stories.
// `exhibit --check` reports each card over a limit as an error at its entry; tests run it on the shipped content.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "../content/content.h"
#include "../content/load_content.h"

namespace app {

constexpr int kMaxCardWords = 70;
constexpr int kMaxSentenceWords = 25;

// Words are runs between spaces holding at least one letter or digit ("—" and "«" alone are not words).
int count_words(std::string_view text);

// Sentences end at . ! ? or … (and any closing quote or bracket) before a capital or a digit, except after an
// abbreviation ("No.", "Mr.", "p.m.", "г.", "Sr.") or an initial ("C."): "John C. Wiley" is one sentence's words.
std::vector<std::string> split_sentences(std::string_view text);

std::vector<Problem> check_card_lengths(const Content& content, const ReadFile& read_file);

}  // namespace app
