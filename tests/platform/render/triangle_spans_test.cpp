#include "render/triangle_spans.h"

#include <random>
#include <vector>

#include <gtest/gtest.h>

#include "render/sdl_handles.h"

namespace platform {
namespace {

// Two software surfaces: one filled by SDL's own triangle rasteriser, the other by the rows append_triangle_spans
// finds; every pixel must agree.
struct TwoSurfaces {
    static constexpr int kW = 97;
    static constexpr int kH = 83;
    SurfacePtr by_sdl{SDL_CreateRGBSurfaceWithFormat(0, kW, kH, 32, SDL_PIXELFORMAT_ARGB8888)};
    SurfacePtr by_rows{SDL_CreateRGBSurfaceWithFormat(0, kW, kH, 32, SDL_PIXELFORMAT_ARGB8888)};
    RendererPtr sdl{SDL_CreateSoftwareRenderer(by_sdl.get())};
    RendererPtr rows{SDL_CreateSoftwareRenderer(by_rows.get())};
    long filled = 0;  // pixels SDL filled, over all draws: the comparison is not of empty pictures

    // Draws the triangle both ways, clipped to `clip` (null: unclipped), and returns how many pixels differ.
    int differing(SDL_FPoint a, SDL_FPoint b, SDL_FPoint c, const SDL_Rect* clip) {
        for (SDL_Renderer* r : {sdl.get(), rows.get()}) {
            SDL_RenderSetClipRect(r, nullptr);
            SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_NONE);
            SDL_SetRenderDrawColor(r, 0, 0, 0, 255);
            SDL_RenderClear(r);
            SDL_RenderSetClipRect(r, clip);
            SDL_SetRenderDrawColor(r, 200, 30, 40, 255);
        }
        const SDL_Color red{200, 30, 40, 255};
        const SDL_Vertex v[3] = {{a, red, {0, 0}}, {b, red, {0, 0}}, {c, red, {0, 0}}};
        SDL_RenderGeometry(sdl.get(), nullptr, v, 3, nullptr, 0);
        SDL_Rect bounds{0, 0, kW, kH};
        if (clip && !SDL_IntersectRect(&bounds, clip, &bounds)) bounds = {0, 0, 0, 0};
        std::vector<SDL_Rect> spans;
        append_triangle_spans(a, b, c, bounds, spans);
        if (!spans.empty()) SDL_RenderFillRects(rows.get(), spans.data(), static_cast<int>(spans.size()));
        SDL_RenderFlush(sdl.get());
        SDL_RenderFlush(rows.get());
        int different = 0;
        const Uint32 black = SDL_MapRGBA(by_sdl->format, 0, 0, 0, 255);
        for (int y = 0; y < kH; ++y) {
            const auto* p = static_cast<const Uint32*>(by_sdl->pixels) + y * by_sdl->pitch / 4;
            const auto* q = static_cast<const Uint32*>(by_rows->pixels) + y * by_rows->pitch / 4;
            for (int x = 0; x < kW; ++x) {
                different += p[x] != q[x];
                filled += p[x] != black;
            }
        }
        return different;
    }
};

TEST(TriangleSpans, FillExactlyThePixelsSdlFillsForRandomTriangles) {
    TwoSurfaces s;
    ASSERT_TRUE(s.sdl && s.rows);
    std::mt19937 random(7);
    std::uniform_real_distribution<float> x(-30, 130), y(-30, 110);
    std::uniform_int_distribution<int> whole(-10, 100), pick(0, 3);
    for (int i = 0; i < 4000 && !::testing::Test::HasFailure(); ++i) {
        // Fractional corners, whole ones (edges through pixel centres' rows and columns, the top-left rule at
        // work), and flat ones.
        auto corner = [&] {
            switch (pick(random)) {
                case 0: return SDL_FPoint{static_cast<float>(whole(random)), static_cast<float>(whole(random))};
                case 1: return SDL_FPoint{static_cast<float>(whole(random)) + 0.5f, y(random)};
                default: return SDL_FPoint{x(random), y(random)};
            }
        };
        SDL_FPoint a = corner(), b = corner(), c = corner();
        if (i % 50 == 0) c = SDL_FPoint{(a.x + b.x) / 2, (a.y + b.y) / 2};  // flat
        if (i % 7 == 0) b.y = a.y;                                          // a horizontal edge
        if (i % 11 == 0) c.x = b.x;                                         // a vertical one
        const SDL_Rect clip{whole(random) / 2, whole(random) / 2, 40 + whole(random) / 2, 30 + whole(random) / 2};
        EXPECT_EQ(s.differing(a, b, c, nullptr), 0) << "triangle " << i << ": (" << a.x << "," << a.y << ") (" << b.x
                                                    << "," << b.y << ") (" << c.x << "," << c.y << ")";
        EXPECT_EQ(s.differing(a, b, c, &clip), 0) << "clipped triangle " << i << ": (" << a.x << "," << a.y << ") ("
                                                  << b.x << "," << b.y << ") (" << c.x << "," << c.y << ")";
    }
    EXPECT_GT(s.filled, 4000 * 500);
}

TEST(TriangleSpans, NothingOutsideTheBounds) {
    std::vector<SDL_Rect> spans;
    append_triangle_spans({0, 0}, {50, 0}, {0, 50}, SDL_Rect{60, 0, 10, 10}, spans);
    EXPECT_TRUE(spans.empty());
    append_triangle_spans({0, 0}, {50, 0}, {0, 50}, SDL_Rect{10, 10, 5, 5}, spans);
    ASSERT_EQ(spans.size(), 5u);
    for (const SDL_Rect& r : spans) {
        EXPECT_GE(r.x, 10);
        EXPECT_LE(r.x + r.w, 15);
        EXPECT_EQ(r.h, 1);
    }
}

}  // namespace
}  // namespace platform
