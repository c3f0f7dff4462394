// Memory for frame-sized buffers (a 1080p frame is 8 MB): in 2 MB pages where the kernel offers them.
//
// Touching a fresh 4 KB page costs a page fault; a screenshot at 1920x1080 touches three 8 MB buffers (the frame,
// its copy in PNG byte order, the filtered rows for the compressor), about 6,000 faults, which was a third of the
// whole `exhibit --screenshot` on the project's machine. Asked for with madvise(MADV_HUGEPAGE), the same buffers
// fault a few times. Where transparent huge pages are off, this is plain memory.
#pragma once
#include <cstddef>
#include <new>

namespace platform {

// Raw memory of `bytes`, in huge pages when it is big enough to fill at least one; give it back with
// release_frame_memory. Throws std::bad_alloc when there is none.
void* take_frame_memory(std::size_t bytes);
void release_frame_memory(void* p) noexcept;

// An allocator for std::vector and friends that takes its memory as above.
template <typename T>
struct FrameAllocator {
    using value_type = T;
    FrameAllocator() = default;
    template <typename U>
    FrameAllocator(const FrameAllocator<U>&) noexcept {}
    T* allocate(std::size_t n) { return static_cast<T*>(take_frame_memory(n * sizeof(T))); }
    void deallocate(T* p, std::size_t) noexcept { release_frame_memory(p); }
    template <typename U>
    bool operator==(const FrameAllocator<U>&) const noexcept {
        return true;
    }
    template <typename U>
    bool operator!=(const FrameAllocator<U>&) const noexcept {
        return false;
    }
};

}  // namespace platform
