// Proof sheets for curators: every screen and state of the exhibit (attract, the telegram, each card, the
// countdown) in every language at the chosen sizes, as PNGs plus an index.html contact sheet to proof-read in any
// browser.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "content/content.h"
#include "content/load_content.h"
#include "options/options.h"

namespace platform {

struct ProofSheet {
    std::string name;   // e.g. "card-manganese-ore"
    std::string title;  // what a curator reads above it
    std::string file;   // relative to the output folder
    std::string language;
    PixelSize size;
};

// The sizes proof sheets are made at unless the command line names one.
std::vector<PixelSize> default_proof_sizes();

// The states proof sheets show for `content` in `language`, by name ("attract", "card-manganese-ore", and
// "card-manganese-ore-picture" for a card's picture full screen).
std::vector<std::string> proof_sheet_states(const app::Content& content, app::Language language);

// Renders everything into `out_dir` (created if needed) and writes index.html. Returns the sheets made;
// `error` is set (and the list may be partial) when something could not be rendered or written.
std::vector<ProofSheet> render_all(const std::string& out_dir, std::shared_ptr<const app::Content> content,
                                   const app::ReadFile& read_file, const std::vector<PixelSize>& sizes, float dpi,
                                   std::string* error);

}  // namespace platform
