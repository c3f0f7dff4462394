#include "meters/process_cost.h"

#include <fstream>
#include <sstream>
#include <string>

#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

namespace platform {

double process_cpu_seconds() {
    timespec t{};
    if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t) != 0) return 0;
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

double seconds_since_process_start() {
    std::ifstream in("/proc/self/stat");
    std::string stat;
    std::getline(in, stat);
    // Field 2 (the command name) may hold spaces and parentheses: count fields from the last ')'.
    const std::size_t close = stat.rfind(')');
    if (close == std::string::npos) return -1;
    std::istringstream fields(stat.substr(close + 2));
    std::string field;
    for (int i = 3; i < 22 && fields >> field; ++i) {}
    unsigned long long start_ticks = 0;
    if (!(fields >> start_ticks)) return -1;  // field 22: start time in clock ticks after boot
    timespec boot{};
    if (clock_gettime(CLOCK_BOOTTIME, &boot) != 0) return -1;
    const double now = static_cast<double>(boot.tv_sec) + static_cast<double>(boot.tv_nsec) * 1e-9;
    return now - static_cast<double>(start_ticks) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

MemoryUse memory_use() {
    MemoryUse use;
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string key;
        std::int64_t value = 0;
        if (!(fields >> key >> value)) continue;
        if (key == "VmRSS:") use.rss_kib = value;
        else if (key == "VmHWM:") use.peak_rss_kib = value;
        else if (key == "RssAnon:") use.anon_kib = value;
        else if (key == "RssFile:") use.file_kib = value;
    }
    // PSS: resident pages, each shared one divided among the processes sharing it (what this process costs).
    std::ifstream rollup("/proc/self/smaps_rollup");
    while (std::getline(rollup, line)) {
        std::istringstream fields(line);
        std::string key;
        std::int64_t value = 0;
        if ((fields >> key >> value) && key == "Pss:") use.pss_kib = value;
    }
    if (use.peak_rss_kib == 0) {
        rusage usage{};
        if (getrusage(RUSAGE_SELF, &usage) == 0) use.peak_rss_kib = usage.ru_maxrss;
    }
    return use;
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
