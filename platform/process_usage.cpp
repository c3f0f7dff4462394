#include "process_usage.h"

#include <sstream>

#include <sys/resource.h>
#include <unistd.h>

#include "atomic_file.h"

namespace platform {

std::optional<std::uint64_t> parse_statm_resident_pages(const std::string& statm) {
    std::istringstream in(statm);
    std::uint64_t size = 0;
    std::uint64_t resident = 0;
    if (!(in >> size >> resident)) return std::nullopt;
    return resident;
}

std::uint64_t resident_bytes() {
    const std::optional<std::string> text = read_small_file("/proc/self/statm", 4096);
    // /proc files report size 0, so read_small_file's size check passes; the text is short.
    if (!text) return 0;
    const std::optional<std::uint64_t> pages = parse_statm_resident_pages(*text);
    const long page = ::sysconf(_SC_PAGESIZE);
    return pages && page > 0 ? *pages * static_cast<std::uint64_t>(page) : 0;
}

double cpu_seconds_used() {
    rusage usage{};
    if (::getrusage(RUSAGE_SELF, &usage) != 0) return 0;
    const auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

void sample_process_usage(CpuMeter& meter, double wall_s, double cpu_s, std::uint64_t rss_bytes) {
    if (meter.last_wall_s < 0) {
        meter.last_wall_s = wall_s;
        meter.last_cpu_s = cpu_s;
        meter.rss_bytes = rss_bytes;
        return;
    }
    const double elapsed = wall_s - meter.last_wall_s;
    if (elapsed < 1.0) return;
    meter.percent = 100.0 * (cpu_s - meter.last_cpu_s) / elapsed;
    meter.last_wall_s = wall_s;
    meter.last_cpu_s = cpu_s;
    meter.rss_bytes = rss_bytes;
}

}  // namespace platform
