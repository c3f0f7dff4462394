// What this process costs the machine, read from the kernel (clock_gettime, /proc/self): CPU time of all its
// threads (llvmpipe renders on worker threads) and memory. Used by --bench and by the maintenance overlay's
// System tab, so both report the same figures. Linux only; zeros elsewhere.
#pragma once
#include <cstdint>

namespace platform {

// User + system CPU seconds of the whole process so far, every thread included.
double process_cpu_seconds();

// Seconds since the kernel started this process (exec), from /proc/self/stat: includes the dynamic loader and
// static initialisers, which a clock read in main() misses. Resolution: one clock tick (10 ms); < 0 if unknown.
double seconds_since_process_start();

struct MemoryUse {
    std::int64_t rss_kib = 0;       // VmRSS: resident now
    std::int64_t peak_rss_kib = 0;  // VmHWM: the most ever resident
    std::int64_t anon_kib = 0;      // RssAnon: heap, stacks, driver buffers
    std::int64_t file_kib = 0;      // RssFile: mapped libraries and files (shared with other processes)
    std::int64_t pss_kib = 0;       // Pss: resident, shared pages counted by their share (smaps_rollup)
};

MemoryUse memory_use();

// The overlay's once-a-second meter: CPU use of one core over the last second, and memory then.
struct CpuMeter {
    double last_wall_s = -1;
    double last_cpu_s = 0;
    double percent = 0;  // of one core over the last sample period; may pass 100 with threads on several cores
    std::uint64_t rss_bytes = 0;
};

// Takes a new sample when a second has passed since the last one (the first call only starts the meter).
void sample_process_usage(CpuMeter& meter, double wall_s, double cpu_s, std::uint64_t rss_bytes);

}  // namespace platform
