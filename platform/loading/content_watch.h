// Live preview for curators: notices when any file in the assets folder changes, so the window can reload the
// content within a second of a save.
#pragma once
#include <cstdint>
#include <filesystem>

namespace platform {

// A cheap summary of the folder: every file's path, size and modification time, hashed together.
std::uint64_t assets_fingerprint(const std::filesystem::path& dir);

struct ContentWatch {
    std::filesystem::path dir;
    std::uint64_t fingerprint = 0;
    std::uint64_t next_check_ms = 0;
};

constexpr std::uint64_t kContentCheckIntervalMs = 500;

ContentWatch watch_assets(const std::filesystem::path& dir, std::uint64_t now_ms);

// True (once) when the folder changed since the last call that returned true; looks at most every interval.
bool assets_changed(ContentWatch& watch, std::uint64_t now_ms);

}  // namespace platform
