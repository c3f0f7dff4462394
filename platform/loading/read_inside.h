// Reads one file of the assets folder for app/'s loaders, refusing, with a reason a curator can act on, what must
// not be read: anything that resolves outside the folder (through "..", an absolute path or a symbolic link
// anywhere in the path), a folder, a pipe, socket or device (opening a pipe would wait for a writer for ever), and a
// file larger than any content file may be (refused from its size, before a byte is read). A link inside the folder
// to a file inside it is followed: copies of content often share files that way, and nothing leaves the folder.
#pragma once
#include <filesystem>
#include <string>

#include "content/read_file.h"

namespace platform {

app::FileBytes read_inside(const std::filesystem::path& root, const std::string& relative);

}  // namespace platform
