#include "render/shaded_triangles.h"

#include <random>
#include <vector>

#include <gtest/gtest.h>

namespace platform {
namespace {

// One target drawn by SDL straight, one through the cache of shaded triangles, over the same striped background.
struct TwoTargets {
    static constexpr int kW = 300;
    static constexpr int kH = 200;
    SurfacePtr by_sdl;
    SurfacePtr by_cache;
    RendererPtr sdl;
    RendererPtr cached;
    ShadedTriangleCache cache;

    explicit TwoTargets(Uint32 format)
        : by_sdl(SDL_CreateRGBSurfaceWithFormat(0, kW, kH, 32, format)),
          by_cache(SDL_CreateRGBSurfaceWithFormat(0, kW, kH, 32, format)),
          sdl(SDL_CreateSoftwareRenderer(by_sdl.get())),
          cached(SDL_CreateSoftwareRenderer(by_cache.get())) {}

    // Returns how many pixels differ after drawing `vertices` (translucent, blended) both ways.
    int differing(const std::vector<SDL_Vertex>& vertices, const SDL_Rect* clip) {
        for (SDL_Renderer* r : {sdl.get(), cached.get()}) {
            SDL_RenderSetClipRect(r, nullptr);
            SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_NONE);
            for (int i = 0; i < 10; ++i) {
                SDL_SetRenderDrawColor(r, static_cast<Uint8>(i * 25), static_cast<Uint8>(200 - i * 17), 90, 255);
                SDL_Rect stripe{i * kW / 10, 0, kW / 10, kH};
                SDL_RenderFillRect(r, &stripe);
            }
            SDL_RenderSetClipRect(r, clip);
            SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
        }
        SDL_RenderGeometry(sdl.get(), nullptr, vertices.data(), static_cast<int>(vertices.size()), nullptr, 0);
        for (std::size_t i = 0; i + 2 < vertices.size(); i += 3)
            if (!draw_shaded_triangle(cached.get(), cache, &vertices[i]))
                SDL_RenderGeometry(cached.get(), nullptr, &vertices[i], 3, nullptr, 0);
        SDL_RenderFlush(sdl.get());
        SDL_RenderFlush(cached.get());
        int different = 0;
        for (int y = 0; y < kH; ++y) {
            const auto* p = static_cast<const Uint32*>(by_sdl->pixels) + y * by_sdl->pitch / 4;
            const auto* q = static_cast<const Uint32*>(by_cache->pixels) + y * by_cache->pitch / 4;
            for (int x = 0; x < kW; ++x) different += p[x] != q[x];
        }
        return different;
    }
};

SDL_Vertex corner(float x, float y, SDL_Color c) { return SDL_Vertex{{x, y}, c, {0, 0}}; }

// The telegram's fade: a rectangle of two triangles, clear at the top and darker towards the bottom.
std::vector<SDL_Vertex> fade(float top, float right, float h) {
    const SDL_Color clear{20, 30, 40, 0}, solid{20, 30, 40, 217};
    return {corner(0, top, clear), corner(right, top, clear),     corner(right, top + h, solid),
            corner(0, top, clear), corner(right, top + h, solid), corner(0, top + h, solid)};
}

TEST(ShadedTriangles, DrawTheSamePixelsAsSdlOnEitherKindOfTarget) {
    for (Uint32 format : {SDL_PIXELFORMAT_ARGB8888, SDL_PIXELFORMAT_RGB888}) {
        TwoTargets t(format);
        ASSERT_TRUE(t.sdl && t.cached);
        const SDL_Rect clip{37, 101, 150, 61};
        for (int again = 0; again < 2; ++again) {  // the second time from the cache
            EXPECT_EQ(t.differing(fade(120.5f, 300, 80), nullptr), 0) << SDL_GetPixelFormatName(format);
            EXPECT_EQ(t.differing(fade(120.5f, 300, 80), &clip), 0) << SDL_GetPixelFormatName(format);
        }
        EXPECT_EQ(t.cache.entries.size(), 2u) << "both triangles of the fade are kept";
        std::mt19937 random(3);
        std::uniform_real_distribution<float> x(-20, 320), y(-20, 220);
        std::uniform_int_distribution<int> channel(0, 255);
        for (int i = 0; i < 300; ++i) {
            std::vector<SDL_Vertex> v;
            for (int k = 0; k < 3; ++k)
                v.push_back(
                    corner(x(random), y(random),
                           SDL_Color{static_cast<Uint8>(channel(random)), static_cast<Uint8>(channel(random)),
                                     static_cast<Uint8>(channel(random)), static_cast<Uint8>(channel(random))}));
            EXPECT_EQ(t.differing(v, i % 2 ? &clip : nullptr), 0) << "triangle " << i;
            EXPECT_EQ(t.differing(v, i % 2 ? &clip : nullptr), 0) << "triangle " << i << " again, from the cache";
        }
    }
}

// A square ARGB8888 target of `side` pixels with its own cache, and two colours for corners.
struct OneTarget {
    SurfacePtr surface;
    RendererPtr renderer;
    ShadedTriangleCache cache;
    const SDL_Color a{1, 2, 3, 100}, b{4, 5, 6, 200};

    explicit OneTarget(int side)
        : surface(SDL_CreateRGBSurfaceWithFormat(0, side, side, 32, SDL_PIXELFORMAT_ARGB8888)),
          renderer(SDL_CreateSoftwareRenderer(surface.get())) {}
    bool draw(const SDL_Vertex* corners) { return draw_shaded_triangle(renderer.get(), cache, corners); }
};

TEST(ShadedTriangles, SmallOrOffTheTopLeftAreLeftToSdl) {
    OneTarget t(64);
    const SDL_Vertex small[3] = {corner(0, 0, t.a), corner(20, 0, t.b), corner(0, 20, t.a)};
    EXPECT_FALSE(t.draw(small));
    const SDL_Vertex left[3] = {corner(-1, 0, t.a), corner(400, 0, t.b), corner(0, 400, t.a)};
    EXPECT_FALSE(t.draw(left));
    EXPECT_FALSE(t.draw(left));
    EXPECT_TRUE(t.cache.entries.empty());
}

TEST(ShadedTriangles, KeptFromTheSecondTimeTheyAreDrawn) {
    OneTarget t(400);
    const SDL_Vertex big[3] = {corner(0, 0, t.a), corner(400, 0, t.b), corner(0, 400, t.a)};
    EXPECT_FALSE(t.draw(big)) << "the first time, left to SDL";
    EXPECT_TRUE(t.draw(big));
    EXPECT_TRUE(t.draw(big));
    EXPECT_EQ(t.cache.entries.size(), 1u);
}

// However many large gradients come and go, the kept textures hold at most a screen of pixels.
TEST(ShadedTriangles, TheKeptTexturesStayWithinAScreen) {
    TwoTargets t(SDL_PIXELFORMAT_ARGB8888);
    for (int i = 0; i < 12; ++i) {
        const std::vector<SDL_Vertex> v = fade(static_cast<float>(10 + i * 7), 290, 90);
        for (int twice = 0; twice < 2; ++twice) EXPECT_EQ(t.differing(v, nullptr), 0);
        EXPECT_LE(kept_pixels(t.cache), static_cast<std::size_t>(TwoTargets::kW * TwoTargets::kH));
        EXPECT_GE(t.cache.entries.size(), 2u);  // the newest fade's two triangles, at least
        EXPECT_FALSE(t.cache.entries.empty());
    }
}

}  // namespace
}  // namespace platform
