#include "render/surface_fill.h"

#include <cstring>
#include <random>
#include <vector>

#include <gtest/gtest.h>

#include "render/sdl_handles.h"

namespace platform {
namespace {

SurfacePtr surface_of(Uint32 format, int w, int h) {
    return SurfacePtr(SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, format));
}

std::vector<std::uint8_t> bytes_of(const SDL_Surface* s) {
    const auto* p = static_cast<const std::uint8_t*>(s->pixels);
    return std::vector<std::uint8_t>(p, p + static_cast<std::size_t>(s->pitch) * s->h);
}

void set_bytes(SDL_Surface* s, const std::vector<std::uint8_t>& bytes) {
    std::memcpy(s->pixels, bytes.data(), bytes.size());
}

// SDL's own translucent fill: what its software renderer on the surface does with a blended rectangle.
void sdl_blend_fill(SDL_Renderer* renderer, const SDL_Rect& r, SDL_Color c) {
    SDL_SetRenderDrawBlendMode(renderer, SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(renderer, c.r, c.g, c.b, c.a);
    SDL_RenderFillRect(renderer, &r);
    SDL_RenderFlush(renderer);
}

const Uint32 kFormats[] = {SDL_PIXELFORMAT_ARGB8888, SDL_PIXELFORMAT_RGB888, SDL_PIXELFORMAT_ABGR8888,
                           SDL_PIXELFORMAT_BGR888, SDL_PIXELFORMAT_RGBA8888};

// Every alpha over every old byte value, every colour byte with every alpha: the integer arithmetic is SDL's to the
// last bit, on surfaces with alpha and without (whose unused byte SDL leaves 0).
TEST(SurfaceFill, BlendsAsSdlDoesForEveryAlphaColourAndOldValue) {
    for (Uint32 format : kFormats) {
        SCOPED_TRACE(SDL_GetPixelFormatName(format));
        SurfacePtr mine = surface_of(format, 67, 2);  // 268 bytes a row: every byte value, and a tail of 3 pixels
        SurfacePtr theirs = surface_of(format, 67, 2);
        ASSERT_TRUE(mine && theirs);
        RendererPtr sdl(SDL_CreateSoftwareRenderer(theirs.get()));
        ASSERT_TRUE(sdl);
        ASSERT_TRUE(fills_directly(mine.get()));
        std::vector<std::uint8_t> start(static_cast<std::size_t>(mine->pitch) * 2);
        for (std::size_t i = 0; i < start.size(); ++i) start[i] = static_cast<std::uint8_t>(i * 7);
        const SDL_Rect area{0, 0, 67, 2};
        for (int a = 0; a < 256; ++a) {
            for (int c = 0; c < 256; c += (format == SDL_PIXELFORMAT_ARGB8888 ? 1 : 51)) {
                const SDL_Color colour{static_cast<Uint8>(c), static_cast<Uint8>(255 - c), static_cast<Uint8>(c ^ 0x5a),
                                       static_cast<Uint8>(a)};
                set_bytes(mine.get(), start);
                set_bytes(theirs.get(), start);
                blend_fill(mine.get(), area, colour);
                sdl_blend_fill(sdl.get(), area, colour);
                ASSERT_EQ(bytes_of(mine.get()), bytes_of(theirs.get())) << "alpha " << a << ", colour byte " << c;
            }
        }
    }
}

TEST(SurfaceFill, BlendTouchesOnlyItsRectangle) {
    SurfacePtr s = surface_of(SDL_PIXELFORMAT_RGB888, 40, 30);
    SDL_FillRect(s.get(), nullptr, SDL_MapRGB(s->format, 10, 200, 30));
    SurfacePtr expected = surface_of(SDL_PIXELFORMAT_RGB888, 40, 30);
    SDL_FillRect(expected.get(), nullptr, SDL_MapRGB(s->format, 10, 200, 30));
    const SDL_Rect area{5, 7, 13, 9};
    blend_fill(s.get(), area, SDL_Color{255, 255, 255, 128});
    RendererPtr sdl(SDL_CreateSoftwareRenderer(expected.get()));
    sdl_blend_fill(sdl.get(), area, SDL_Color{255, 255, 255, 128});
    EXPECT_EQ(bytes_of(s.get()), bytes_of(expected.get()));
    Uint8 r = 0, g = 0, b = 0;
    SDL_GetRGB(static_cast<const Uint32*>(s->pixels)[0], s->format, &r, &g, &b);
    EXPECT_EQ(g, 200);  // outside: untouched
}

// Short rows (the land's) and wide ones (the sea's, left to SDL_FillRect), with a clip left on the surface by the
// renderer's last drawing that must not cut them: the pixels SDL_FillRects gives, and no others.
TEST(SurfaceFill, FillsRowsAsSdlDoesWhateverClipTheSurfaceHolds) {
    std::mt19937 random(3);
    std::vector<SDL_Rect> rows;
    for (int i = 0; i < 500; ++i) {
        const int w = static_cast<int>(random() % 400) + 1;
        rows.push_back(SDL_Rect{static_cast<int>(random() % static_cast<unsigned>(600 - w)),
                                static_cast<int>(random() % 100), w, static_cast<int>(random() % 3) + 1});
    }
    rows.push_back(SDL_Rect{0, 0, 0, 1});  // empty: nothing
    SurfacePtr mine = surface_of(SDL_PIXELFORMAT_RGB888, 600, 103);
    SurfacePtr theirs = surface_of(SDL_PIXELFORMAT_RGB888, 600, 103);
    const SDL_Color colour{12, 34, 56, 255};
    const SDL_Rect stale{0, 0, 10, 10};
    SDL_SetClipRect(mine.get(), &stale);
    fill_rects(mine.get(), rows, colour);
    SDL_FillRects(theirs.get(), rows.data(), static_cast<int>(rows.size()),
                  SDL_MapRGBA(theirs->format, colour.r, colour.g, colour.b, colour.a));
    EXPECT_EQ(bytes_of(mine.get()), bytes_of(theirs.get()));
}

TEST(SurfaceFill, OnlyForFourByteSurfacesWithWholeByteChannels) {
    EXPECT_FALSE(fills_directly(nullptr));
    for (Uint32 format : kFormats) EXPECT_TRUE(fills_directly(surface_of(format, 4, 4).get()));
    SurfacePtr rgb565(SDL_CreateRGBSurfaceWithFormat(0, 4, 4, 16, SDL_PIXELFORMAT_RGB565));
    EXPECT_FALSE(fills_directly(rgb565.get()));
    SurfacePtr rgb24(SDL_CreateRGBSurfaceWithFormat(0, 4, 4, 24, SDL_PIXELFORMAT_RGB24));
    EXPECT_FALSE(fills_directly(rgb24.get()));
    SurfacePtr argb2101010(SDL_CreateRGBSurfaceWithFormat(0, 4, 4, 32, SDL_PIXELFORMAT_ARGB2101010));
    EXPECT_FALSE(fills_directly(argb2101010.get()));
}

}  // namespace
}  // namespace platform
