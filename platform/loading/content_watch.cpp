#include "loading/content_watch.h"

#include <system_error>

namespace platform {
namespace {

// FNV-1a: small and good enough to tell one state of a folder from another.
void mix(std::uint64_t& h, const void* data, std::size_t n) {
    const auto* bytes = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < n; ++i) {
        h ^= bytes[i];
        h *= 1099511628211ull;
    }
}

}  // namespace

std::uint64_t assets_fingerprint(const std::filesystem::path& dir) {
    namespace fs = std::filesystem;
    std::uint64_t h = 1469598103934665603ull;
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
    if (ec) return 0;  // a vanished folder is a state of its own
    for (const fs::directory_entry& entry : it) {
        std::error_code entry_ec;
        if (!entry.is_regular_file(entry_ec)) continue;
        const std::string path = entry.path().string();
        const auto size = entry.file_size(entry_ec);
        const auto time = entry.last_write_time(entry_ec).time_since_epoch().count();
        mix(h, path.data(), path.size());
        mix(h, &size, sizeof size);
        mix(h, &time, sizeof time);
    }
    return h;
}

ContentWatch watch_assets(const std::filesystem::path& dir, std::uint64_t now_ms) {
    return ContentWatch{dir, assets_fingerprint(dir), now_ms + kContentCheckIntervalMs};
}

bool assets_changed(ContentWatch& watch, std::uint64_t now_ms) {
    if (now_ms < watch.next_check_ms) return false;
    watch.next_check_ms = now_ms + kContentCheckIntervalMs;
    const std::uint64_t now = assets_fingerprint(watch.dir);
    if (now == watch.fingerprint) return false;
    watch.fingerprint = now;
    return true;
}

}  // namespace platform
