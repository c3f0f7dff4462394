// Owning handles for SDL resources, so every early return and exception frees them in the right order.
#pragma once
#include <memory>

#include <SDL.h>
#include <SDL_ttf.h>

namespace platform {

struct SdlDeleter {
    void operator()(SDL_Window* p) const { SDL_DestroyWindow(p); }
    void operator()(SDL_Renderer* p) const { SDL_DestroyRenderer(p); }
    void operator()(SDL_Texture* p) const { SDL_DestroyTexture(p); }
    void operator()(SDL_Surface* p) const { SDL_FreeSurface(p); }
    void operator()(TTF_Font* p) const { TTF_CloseFont(p); }
};

using WindowPtr = std::unique_ptr<SDL_Window, SdlDeleter>;
using RendererPtr = std::unique_ptr<SDL_Renderer, SdlDeleter>;
using TexturePtr = std::unique_ptr<SDL_Texture, SdlDeleter>;
using SurfacePtr = std::unique_ptr<SDL_Surface, SdlDeleter>;
using FontPtr = std::unique_ptr<TTF_Font, SdlDeleter>;

// Keeps SDL_ttf initialised while alive. TTF_Init/TTF_Quit are reference counted since SDL_ttf 2.0.18, so
// nested guards (screenshot inside a test that already holds one) are fine. Every TTF_Font must be closed
// before the last guard goes away.
struct TtfLibrary {
    bool ok = TTF_Init() == 0;
    TtfLibrary() = default;
    TtfLibrary(const TtfLibrary&) = delete;
    TtfLibrary& operator=(const TtfLibrary&) = delete;
    ~TtfLibrary() {
        if (ok) TTF_Quit();
    }
};

}  // namespace platform
