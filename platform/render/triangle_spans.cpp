#include "render/triangle_spans.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace platform {
namespace {

// SDL_triangle.c works in fixed point with one fractional bit: a corner is (int)x * 2, a pixel's centre 2x + 1.
struct Fixed {
    std::int64_t x = 0;
    std::int64_t y = 0;
};

Fixed fixed(SDL_FPoint p) {
    return {static_cast<std::int64_t>(static_cast<int>(p.x)) * 2, static_cast<std::int64_t>(static_cast<int>(p.y)) * 2};
}

std::int64_t cross(const Fixed& a, const Fixed& b, std::int64_t px, std::int64_t py) {
    return (b.x - a.x) * (py - a.y) - (b.y - a.y) * (px - a.x);
}

// SDL's is_top_left: which edges keep the pixels whose centres lie exactly on them.
bool is_top_left(const Fixed& a, const Fixed& b, bool clockwise) {
    if (clockwise) return (a.y == b.y && a.x < b.x) || b.y < a.y;
    return (a.y == b.y && b.x < a.x) || a.y < b.y;
}

// One edge's test along a row: a pixel at x passes when k * (2x + 1) + c >= 0, that is when 2k * x >= -c - k. `c`
// moves by `dc` from one row to the next. The bound on x comes from a division in floating point, then is put right
// by the exact test in integers (it can be one off, never more).
struct Edge {
    std::int64_t k = 0;
    std::int64_t c = 0;
    std::int64_t dc = 0;
    double inverse = 0;  // 1 / 2k

    void narrow(std::int64_t& low, std::int64_t& high) const {
        const std::int64_t rhs = -c - k;
        const std::int64_t step = 2 * k;
        if (k == 0) {
            if (c < 0) high = low - 1;
        } else if (k > 0) {
            auto x = static_cast<std::int64_t>(std::ceil(static_cast<double>(rhs) * inverse));
            while (step * x < rhs) ++x;
            while (step * (x - 1) >= rhs) --x;
            low = std::max(low, x);
        } else {
            auto x = static_cast<std::int64_t>(std::floor(static_cast<double>(rhs) * inverse));
            while (step * x < rhs) --x;
            while (step * (x + 1) >= rhs) ++x;
            high = std::min(high, x);
        }
    }
};

}  // namespace

void append_triangle_spans(SDL_FPoint a, SDL_FPoint b, SDL_FPoint c, const SDL_Rect& bounds,
                           std::vector<SDL_Rect>& out) {
    const Fixed d[3] = {fixed(a), fixed(b), fixed(c)};
    const std::int64_t area = cross(d[0], d[1], d[2].x, d[2].y);
    if (area == 0) return;
    const bool clockwise = area > 0;
    const std::int64_t sign = clockwise ? 1 : -1;
    // The bounding box as SDL takes it: from the lowest corner to the highest, that last row and column left out.
    const std::int64_t min_x = std::min({d[0].x, d[1].x, d[2].x}) / 2, max_x = std::max({d[0].x, d[1].x, d[2].x}) / 2;
    const std::int64_t min_y = std::min({d[0].y, d[1].y, d[2].y}) / 2, max_y = std::max({d[0].y, d[1].y, d[2].y}) / 2;
    const std::int64_t x0 = std::max<std::int64_t>(min_x, bounds.x);
    const std::int64_t x1 = std::min<std::int64_t>(max_x, static_cast<std::int64_t>(bounds.x) + bounds.w) - 1;
    const std::int64_t y0 = std::max<std::int64_t>(min_y, bounds.y);
    const std::int64_t y1 = std::min<std::int64_t>(max_y, static_cast<std::int64_t>(bounds.y) + bounds.h) - 1;
    if (x0 > x1 || y0 > y1) return;
    // Edge i is the one opposite corner i, as SDL numbers them: w0 from d1 to d2, w1 from d2 to d0, w2 from d0 to d1.
    const Fixed* from[3] = {&d[1], &d[2], &d[0]};
    const Fixed* to[3] = {&d[2], &d[0], &d[1]};
    Edge edges[3];
    for (int i = 0; i < 3; ++i) {
        const Fixed& p = *from[i];
        const Fixed& q = *to[i];
        // cross(p, q, px, py) = (q.x - p.x)(py - p.y) - (q.y - p.y)(px - p.x), with px = 2x + 1 and py = 2y + 1
        const std::int64_t bias = is_top_left(p, q, clockwise) ? 0 : -1;
        Edge& e = edges[i];
        e.k = -sign * (q.y - p.y);
        e.c = sign * ((q.x - p.x) * (2 * y0 + 1 - p.y) + (q.y - p.y) * p.x) + bias;
        e.dc = sign * 2 * (q.x - p.x);
        if (e.k != 0) e.inverse = 1.0 / static_cast<double>(2 * e.k);
    }
    for (std::int64_t y = y0; y <= y1; ++y) {
        std::int64_t low = x0, high = x1;
        for (Edge& e : edges) {
            if (low <= high) e.narrow(low, high);
            e.c += e.dc;
        }
        if (low <= high)
            out.push_back(SDL_Rect{static_cast<int>(low), static_cast<int>(y), static_cast<int>(high - low + 1), 1});
    }
}

}  // namespace platform
