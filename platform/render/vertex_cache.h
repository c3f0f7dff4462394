// Display-list triangles converted to SDL_Vertex, cached so big static geometry (map land) is converted once.
#pragma once
#include <memory>
#include <vector>

#include <SDL.h>

#include "display_list.h"
#include "render/lru_cache.h"

namespace platform {

// Identifies a conversion: which vertex array, placed and faded how.
struct VertexKey {
    const void* source = nullptr;
    float offset_x = 0;
    float offset_y = 0;
    float scale = 1;
    float opacity = 1;
    bool operator==(const VertexKey& o) const {
        return source == o.source && offset_x == o.offset_x && offset_y == o.offset_y && scale == o.scale &&
               opacity == o.opacity;
    }
};

struct VertexKeyHash {
    std::size_t operator()(const VertexKey& k) const;
};

// An opaque array of one colour as rows of pixels (triangle_spans.h) within `bounds`, every row on a line joined
// with the ones it touches. Found the second time the same placement is drawn within the same bounds (the map
// standing still under a card that opens, or fading in), never while it moves: sorting the rows costs more than
// drawing them once.
struct KeptRows {
    SDL_Rect bounds{};
    bool seen = false;  // drawn once within `bounds`
    bool kept = false;  // `rows` holds them
    SDL_Color colour{};
    std::vector<SDL_Rect> rows;
};

// The weak pointer tells whether the array the key's address named is still the same one: an address can
// only be reused after the old array is gone, and then `source` has expired.
struct ConvertedVertices {
    std::weak_ptr<const std::vector<app::Vertex>> source;
    std::vector<SDL_Vertex> vertices;
    KeptRows rows;
};

constexpr CacheLimits kVertexCacheLimits{64, 16u << 20};

using VertexCache = LruCache<VertexKey, ConvertedVertices, VertexKeyHash>;

// Vertices of `triangles`, placed (pos*scale+offset) and faded (alpha*opacity); a whole number of triangles.
std::vector<SDL_Vertex> convert_triangles(const app::Triangles& triangles);

// As convert_triangles, through the cache, with what else is kept for them. The reference is valid until the next
// call.
ConvertedVertices& converted_triangles(VertexCache& cache, const app::Triangles& triangles);

}  // namespace platform
