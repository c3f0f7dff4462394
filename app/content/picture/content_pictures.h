// Every picture the content shows, with the file it was named in and whose card it is in: for the checks that look
// at all of them (glyphs of captions and credits, decoding) and the proof sheets.
#pragma once
#include <string>
#include <vector>

#include "../content.h"

namespace app {

struct PictureUse {
    const Picture* picture = nullptr;  // points into the content, which outlives the list
    std::string named_in;              // the content file naming it, e.g. "annotations/annotations.json"
    std::string card;                  // whose card, in words: "annotation \"manganese-ore\""
};

std::vector<PictureUse> pictures_in(const Content& content);

}  // namespace app
