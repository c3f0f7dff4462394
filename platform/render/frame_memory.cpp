#include "render/frame_memory.h"

#include <sys/mman.h>

#include <cstdlib>

namespace platform {
namespace {

// On x86-64, and on arm64 with 4 KB pages (the Pi 4's kernel). With 16 KB pages (the Pi 5's) a huge page is 32 MB
// and the advice below changes nothing: the buffers are then plain memory, as they were.
constexpr std::size_t kHugePage = std::size_t{2} << 20;

}  // namespace

void* take_frame_memory(std::size_t bytes) {
    if (bytes < kHugePage) {
        if (void* p = std::malloc(bytes ? bytes : 1)) return p;
        throw std::bad_alloc();
    }
    const std::size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    void* p = std::aligned_alloc(kHugePage, rounded);
    if (!p) throw std::bad_alloc();
    madvise(p, rounded, MADV_HUGEPAGE);  // advice only: without transparent huge pages it changes nothing
    return p;
}

void release_frame_memory(void* p) noexcept { std::free(p); }

}  // namespace platform
