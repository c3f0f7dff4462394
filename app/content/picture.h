// A curator's picture in a card: a PNG or JPEG in the assets folder, its caption in every language and its credit.
// Its size comes from the file's header at load, so cards and the full-screen viewer can be laid out in app/
// without decoding it (platform/ decodes when it draws).
#pragma once
#include <string>

#include "language.h"

namespace app {

struct Picture {
    std::string file;  // relative to the assets folder, e.g. "pictures/wiley-1935.jpg"
    Localized caption;
    std::string credit;  // who made it and under what licence, shown as "Photo: …" under it
    int width = 0;       // pixels, from the file's header
    int height = 0;

    bool present() const { return !file.empty() && width > 0 && height > 0; }
};

}  // namespace app
