#include "anchor.h"

#include "telegram_body.h"

namespace app {

std::vector<AnchorMatch> find_phrase(const Telegram& telegram, const std::string& phrase) {
    std::vector<AnchorMatch> matches;
    if (phrase.empty()) return matches;
    for (std::size_t i = 0; i < telegram.body.size(); ++i) {
        const Block& block = telegram.body[i];
        const int index = static_cast<int>(i);
        if (block.kind == Block::Kind::PageBreak) {
            if (phrase == "[" + block.page_label + "]") matches.push_back({index, 0, phrase.size()});
            continue;
        }
        const std::string text = plain_text(block);
        for (std::size_t at = text.find(phrase); at != std::string::npos; at = text.find(phrase, at + phrase.size())) {
            matches.push_back({index, at, at + phrase.size()});
        }
    }
    return matches;
}

bool anchors_overlap(const AnchorMatch& a, const AnchorMatch& b) {
    return a.block == b.block && a.begin < b.end && b.begin < a.end;
}

}  // namespace app
