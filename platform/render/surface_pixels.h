// What surface_fill and surface_text share for writing into a surface's pixels: a row's address, SDL's division by
// 255 without dividing, and the vector types GCC and Clang turn into SSE2 or NEON (two pixels, a 16-bit lane a byte).
#pragma once
#include <cstddef>
#include <cstdint>

#include <SDL.h>

namespace platform {

typedef std::uint16_t PixelLanes __attribute__((vector_size(16)));
typedef std::uint8_t PixelBytes __attribute__((vector_size(8)));

inline std::uint32_t* row_of(SDL_Surface* surface, int y) {
    return reinterpret_cast<std::uint32_t*>(static_cast<std::uint8_t*>(surface->pixels) +
                                            static_cast<std::ptrdiff_t>(y) * surface->pitch);
}

inline const std::uint32_t* row_of(const SDL_Surface* surface, int y) {
    return reinterpret_cast<const std::uint32_t*>(static_cast<const std::uint8_t*>(surface->pixels) +
                                                  static_cast<std::ptrdiff_t>(y) * surface->pitch);
}

// floor(x / 255) for x up to 255 * 255, as SDL's `/ 255` gives it (surface_fill_test tries every such x).
template <typename T>
T divide_by_255(T x) {
    return (x + 1 + (x >> 8)) >> 8;
}

}  // namespace platform
