#pragma once
#include <string>
#include <vector>

#include "../content.h"
#include "../load_content.h"

namespace app {

AttractText load_attract(const std::string& file, const ReadFile& read_file, std::vector<Problem>& problems);

}  // namespace app
