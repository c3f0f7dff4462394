#pragma once
#include <string>
#include <vector>

#include "../interface_text.h"
#include "../load_content.h"

namespace app {

// Reads the interface's words; every key is required in every language, and a translation must keep the
// English text's placeholders such as "{seconds}".
InterfaceText load_interface_text(const std::string& file, const ReadFile& read_file, std::vector<Problem>& problems);

}  // namespace app
