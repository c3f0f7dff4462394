// Every string the exhibit shows, with the font role that sets it and the file it was written in: what `--check`
// holds against the real fonts (platform/content_checks: a glyph for every character, no two characters drawn
// alike). It walks the content only, so it needs no font and no SDL.
#pragma once
#include <string>
#include <vector>

#include "../content/content.h"

namespace app {

// A string the exhibit shows, the role it is set in, the file it comes from and what it is.
struct ShownString {
    FontRole role;
    std::string text;
    std::string file;
    std::string what;
};

// In the order a curator meets the files: the telegram, annotations, interface words and captions, the attract
// loop, the map, the timeline's events, pictures' captions and credits, the timeline's own words.
std::vector<ShownString> shown_strings(const Content& content);

}  // namespace app
