#include "render/vertex_cache.h"

#include <cstring>

#include "render/shape_vertices.h"

namespace platform {
namespace {

std::size_t bits(float f) {
    std::uint32_t u = 0;
    std::memcpy(&u, &f, sizeof u);
    return u;
}

}  // namespace

std::size_t VertexKeyHash::operator()(const VertexKey& k) const {
    std::size_t h = std::hash<const void*>()(k.source);
    for (float f : {k.offset_x, k.offset_y, k.scale, k.opacity}) h = h * 1000003u ^ bits(f);
    return h;
}

std::vector<SDL_Vertex> convert_triangles(const app::Triangles& triangles) {
    std::vector<SDL_Vertex> out;
    if (!triangles.vertices) return out;
    const std::vector<app::Vertex>& in = *triangles.vertices;
    std::size_t count = in.size() - in.size() % 3;  // SDL_RenderGeometry rejects a partial triangle
    out.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const app::Vertex& v = in[i];
        SDL_FPoint pos{v.pos.x * triangles.scale + triangles.offset.x, v.pos.y * triangles.scale + triangles.offset.y};
        out.push_back(SDL_Vertex{pos, to_sdl(app::faded(v.color, triangles.opacity)), SDL_FPoint{0, 0}});
    }
    return out;
}

ConvertedVertices& converted_triangles(VertexCache& cache, const app::Triangles& triangles) {
    VertexKey key{triangles.vertices.get(), triangles.offset.x, triangles.offset.y, triangles.scale, triangles.opacity};
    if (ConvertedVertices* cached = cache.find(key)) {
        if (!cached->source.expired()) return *cached;
    }
    ConvertedVertices converted{triangles.vertices, convert_triangles(triangles), {}};
    // Kept rows, when they come, are fewer than the vertices (a row a line for most of the land).
    std::size_t bytes = 2 * converted.vertices.size() * sizeof(SDL_Vertex);
    return cache.insert(key, std::move(converted), bytes);
}

}  // namespace platform
