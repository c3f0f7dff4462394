// What the exhibit's own process costs the machine, for the maintenance overlay: resident memory (from
// /proc/self/statm) and CPU use (getrusage), sampled about once a second.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

namespace platform {

// Resident pages from the text of /proc/self/statm ("size resident shared ..."); nothing if malformed.
std::optional<std::uint64_t> parse_statm_resident_pages(const std::string& statm);

// Resident memory in bytes, or 0 when /proc cannot tell.
std::uint64_t resident_bytes();

// CPU seconds (user + system) this process has used.
double cpu_seconds_used();

struct CpuMeter {
    double last_wall_s = -1;
    double last_cpu_s = 0;
    double percent = 0;  // of one core over the last sample period; may pass 100 with threads on several cores
    std::uint64_t rss_bytes = 0;
};

// Takes a new sample when a second has passed since the last one (the first call only starts the meter).
void sample_process_usage(CpuMeter& meter, double wall_s, double cpu_s, std::uint64_t rss_bytes);

}  // namespace platform
