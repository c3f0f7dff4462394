// What this process costs the machine, read from the kernel (getrusage, clock_gettime, /proc/self): CPU time
// of all its threads (llvmpipe renders on worker threads) and resident memory. Linux only; zeros elsewhere.
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

}  // namespace platform
