// Which content a kiosk shows, for the maintenance overlay: a hash of every file's name and bytes (the same
// content gives the same hash on every kiosk, so a technician can compare it with the release), the newest
// file's modification time, and the number of files.
#pragma once
#include <cstdint>
#include <filesystem>
#include <string>

namespace platform {

struct ContentStatus {
    std::string version;        // 12 hex digits of the hash; "" when the folder cannot be read
    std::string newest_change;  // "YYYY-MM-DD HH:MM" local time of the newest file
    std::string newest_file;    // its path within the folder
    int files = 0;
    std::uint64_t bytes = 0;
};

ContentStatus content_status(const std::filesystem::path& assets_dir);

}  // namespace platform
