// Bytes the process has allocated on the heap right now, for the soak test's "memory stays flat" check.
#pragma once
#include <cstddef>

namespace soak {

// Under AddressSanitizer its allocator's count (glibc's malloc is not used then); otherwise glibc's mallinfo2.
std::size_t heap_bytes();

}  // namespace soak
