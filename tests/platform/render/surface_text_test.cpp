#include "render/surface_text.h"

#include <cstring>
#include <vector>

#include <gtest/gtest.h>

#include "render/sdl_handles.h"

namespace platform {
namespace {

std::vector<std::uint8_t> bytes_of(const SDL_Surface* s) {
    const auto* p = static_cast<const std::uint8_t*>(s->pixels);
    return std::vector<std::uint8_t>(p, p + static_cast<std::size_t>(s->pitch) * s->h);
}

// A line as SDL_ttf renders one: ARGB8888 in one ink, the glyphs' coverage in alpha; here every coverage 0-255.
SurfacePtr line_of_every_coverage() {
    SurfacePtr line(SDL_CreateRGBSurfaceWithFormat(0, 64, 4, 32, SDL_PIXELFORMAT_ARGB8888));
    for (int i = 0; i < 256; ++i)
        static_cast<Uint32*>(line->pixels)[(i / 64) * (line->pitch / 4) + i % 64] =
            (static_cast<Uint32>(i) << 24) | 0x00C83C14u;  // ink rgb(200, 60, 20)
    SDL_SetSurfaceBlendMode(line.get(), SDL_BLENDMODE_BLEND);
    return line;
}

// Every fade of every coverage over varied old pixels, cut by a clip and by the surface's edge, on a surface with
// alpha (screenshots) and one without (a window's): the bytes SDL_BlitSurface gives with the alpha modulated.
TEST(SurfaceText, FadedLinesAreSdlsBlitToTheBit) {
    SurfacePtr line = line_of_every_coverage();
    for (Uint32 format : {SDL_PIXELFORMAT_ARGB8888, SDL_PIXELFORMAT_RGB888}) {
        SCOPED_TRACE(SDL_GetPixelFormatName(format));
        SurfacePtr mine(SDL_CreateRGBSurfaceWithFormat(0, 80, 9, 32, format));
        SurfacePtr theirs(SDL_CreateRGBSurfaceWithFormat(0, 80, 9, 32, format));
        std::vector<std::uint8_t> start(static_cast<std::size_t>(mine->pitch) * mine->h);
        for (std::size_t i = 0; i < start.size(); ++i) start[i] = static_cast<std::uint8_t>(i * 13 + (i >> 5));
        const SDL_Rect clip{3, 1, 70, 7};
        for (int alpha = 1; alpha < 256; ++alpha) {
            for (SDL_Point at : {SDL_Point{5, 2}, SDL_Point{-7, 6}, SDL_Point{30, -1}}) {
                std::memcpy(mine->pixels, start.data(), start.size());
                std::memcpy(theirs->pixels, start.data(), start.size());
                draw_text_line(mine.get(), line.get(), at.x, at.y, clip, static_cast<Uint8>(alpha));
                SDL_SetClipRect(theirs.get(), &clip);
                SDL_SetSurfaceAlphaMod(line.get(), static_cast<Uint8>(alpha));
                SDL_Rect dest{at.x, at.y, line->w, line->h};
                SDL_BlitSurface(line.get(), nullptr, theirs.get(), &dest);
                SDL_SetSurfaceAlphaMod(line.get(), 255);
                ASSERT_EQ(bytes_of(mine.get()), bytes_of(theirs.get()))
                    << "alpha " << alpha << " at " << at.x << "," << at.y;
            }
        }
    }
}

TEST(SurfaceText, ALineLeavesTheSurfacesClipForTheRendererAndItsOwnAlphaWhole) {
    SurfacePtr line = line_of_every_coverage();
    SurfacePtr surface(SDL_CreateRGBSurfaceWithFormat(0, 80, 9, 32, SDL_PIXELFORMAT_RGB888));
    draw_text_line(surface.get(), line.get(), 0, 0, SDL_Rect{0, 0, 10, 10}, 255);
    Uint8 alpha = 0;
    SDL_GetSurfaceAlphaMod(line.get(), &alpha);
    EXPECT_EQ(alpha, 255);
    draw_text_line(surface.get(), line.get(), 0, 0, SDL_Rect{0, 0, 10, 10}, 0);  // invisible: nothing at all
    const Uint32 right_of_clip = static_cast<const Uint32*>(surface->pixels)[20];
    EXPECT_EQ(right_of_clip, 0u);
}

}  // namespace
}  // namespace platform
