#include "loading/content_status.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <vector>

#include "loading/read_inside.h"

namespace platform {
namespace {

// FNV-1a, 64 bits: enough to tell releases apart, not a security measure.
void mix(std::uint64_t& h, const char* data, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
        h ^= static_cast<unsigned char>(data[i]);
        h *= 1099511628211ull;
    }
}

std::string local_time_text(std::filesystem::file_time_type t) {
    // C++17 has no clock_cast: convert through the difference to now, good to the second.
    const auto now_file = std::filesystem::file_time_type::clock::now();
    const auto now_sys = std::chrono::system_clock::now();
    const auto sys = now_sys + std::chrono::duration_cast<std::chrono::system_clock::duration>(t - now_file);
    const std::time_t tt = std::chrono::system_clock::to_time_t(sys);
    std::tm local{};
    if (!localtime_r(&tt, &local)) return "?";
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M", &local);
    return text;
}

}  // namespace

ContentStatus content_status(const std::filesystem::path& assets_dir) {
    namespace fs = std::filesystem;
    ContentStatus status;
    std::error_code ec;
    std::vector<fs::path> files;
    for (fs::recursive_directory_iterator it(assets_dir, fs::directory_options::skip_permission_denied, ec), end;
         !ec && it != end; it.increment(ec)) {
        std::error_code entry_ec;
        if (it->is_regular_file(entry_ec)) files.push_back(it->path());
    }
    if (ec) return status;
    std::sort(files.begin(), files.end());  // directory order differs between machines; the hash must not
    std::uint64_t h = 1469598103934665603ull;
    fs::file_time_type newest = fs::file_time_type::min();
    for (const fs::path& file : files) {
        const std::string relative = file.lexically_relative(assets_dir).generic_string();
        mix(h, relative.c_str(), relative.size() + 1);  // with its NUL, so names and bytes cannot run together
        // Read as content is read: nothing through a link out of the folder, nothing larger than content may be.
        const app::FileBytes read = read_inside(assets_dir, relative);
        if (read.bytes) {
            mix(h, read.bytes->data(), read.bytes->size());
            status.bytes += read.bytes->size();
        }
        std::error_code time_ec;
        const fs::file_time_type t = fs::last_write_time(file, time_ec);
        if (!time_ec && t > newest) {
            newest = t;
            status.newest_file = relative;
        }
        ++status.files;
    }
    char hex[32];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    status.version = std::string(hex).substr(0, 12);
    if (status.files > 0) status.newest_change = local_time_text(newest);
    return status;
}

}  // namespace platform
