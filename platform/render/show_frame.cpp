#include "render/show_frame.h"

#include <cstring>

namespace platform {

FrameStore frame_store_for(SDL_Renderer* renderer) {
    SDL_RendererInfo info{};
    if (SDL_GetRendererInfo(renderer, &info) != 0) return FrameStore::None;
    if (std::strcmp(info.name, "software") == 0) return FrameStore::Target;
    return SDL_RenderTargetSupported(renderer) ? FrameStore::Canvas : FrameStore::None;
}

void show_frame(const DisplayListRenderer& drawn, SDL_Window* window, const Damage& damage) {
    const bool nothing_changed = !damage.whole && damage.rects.empty();
    if (drawn.store != FrameStore::Target) {
        // A GPU's back buffer holds nothing to trust after a swap, so a frame is presented whole; one that changed
        // nothing is not presented at all, and the screen keeps showing the last.
        if (!nothing_changed) SDL_RenderPresent(drawn.renderer);
        return;
    }
    // SDL_RenderPresent would send the whole surface; only the damage goes, once SDL has drawn its queue.
    SDL_RenderFlush(drawn.renderer);
    if (damage.whole) {
        SDL_UpdateWindowSurface(window);
    } else if (!damage.rects.empty()) {
        SDL_UpdateWindowSurfaceRects(window, damage.rects.data(), static_cast<int>(damage.rects.size()));
    }
}

}  // namespace platform
