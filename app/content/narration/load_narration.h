// The narrations file (e.g. audio/narration.json): which recording reads the telegram or an annotation's card
// aloud in which language, and the captions shown while it plays.
//
//   { "narrations": [ { "subject": "annotation:manganese-ore", "language": "ru", "file": "audio/ru/manganese-ore.ogg",
//                       "placeholder": true, "captions": [ { "at": 0.0, "text": "…" }, … ] }, … ] }
//
// Each recording is opened and measured here, so a damaged or unsupported file is reported when the content
// loads, with its reason, never when a visitor presses Listen. Captions must follow the card's (or the
// telegram's) words; when they no longer do, the card was edited after the recording was made: a warning.
#pragma once
#include <string>
#include <vector>

#include "../content.h"
#include "../load_content.h"
#include "../problem.h"

namespace app {

// Reads the narrations of `content` (whose telegram and annotations have loaded) from `file`.
std::vector<Narration> load_narration(const std::string& file, const ReadFile& read_file, const Content& content,
                                      std::vector<Problem>& problems);

// The words a narration of `subject` in `language` reads: the card's body, or the telegram's paragraphs (the
// original in English, the exhibit's translation in the other languages); "" when there is no such subject.
std::string narrated_text(const Content& content, const std::string& subject, Language language);

}  // namespace app
