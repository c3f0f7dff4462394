// Finding an annotation's phrase in the telegram's text.
#pragma once
#include <string>
#include <vector>

#include "../content.h"

namespace app {

// Every place `phrase` occurs, in reading order: inside paragraphs (footnote markers do not count as text, so a
// phrase may run across one) and as a whole page-break label such as "[Page 193]".
std::vector<AnchorMatch> find_phrase(const Telegram& telegram, const std::string& phrase);

bool anchors_overlap(const AnchorMatch& a, const AnchorMatch& b);

}  // namespace app
