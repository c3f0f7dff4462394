// Links between content files: an annotation names a timeline event, a map place or a map story; a timeline
// event names an annotation or a map place. Each file loads on its own, so the links are checked once all have
// loaded, and a broken one is reported where it was written.
#pragma once
#include <vector>

#include "content.h"
#include "problem.h"

namespace app {

void check_links(const Content& content, std::vector<Problem>& problems);

}  // namespace app
