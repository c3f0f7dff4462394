#include "text/text_textures.h"

#include <algorithm>
#include <iostream>

namespace platform {

const TextTexture* text_texture(TextTextureCache& cache, SDL_Renderer* renderer, Fonts& fonts, const app::Text& line,
                                TextForm form) {
    const app::Color ink{line.color.r, line.color.g, line.color.b, 255};
    TextKey key{line.role, line.size_px, line.text, ink};
    if (const TextTexture* cached = cache.find(key)) {
        const bool other_form = form == TextForm::Pixels ? cached->texture != nullptr : cached->pixels != nullptr;
        if (!other_form) return cached;
        cache.erase(key);  // kept for the other way of drawing (the window's surface changed): made anew
    }
    const app::FontRole role = line.role;
    const int size_px = line.size_px;
    const std::string& text = line.text;

    TextTexture result;
    if (TTF_Font* font = font_for(fonts, role, size_px)) {
        prepare_shaping(font, text);
        const std::string printable = printable_text(font, text);
        SurfacePtr surface(TTF_RenderUTF8_Blended(font, printable.c_str(), SDL_Color{ink.r, ink.g, ink.b, 255}));
        if (surface) {
            result.width = surface->w;
            result.height = surface->h;
            if (form == TextForm::Pixels) result.pixels = std::move(surface);
            else result.texture.reset(SDL_CreateTextureFromSurface(renderer, surface.get()));
        }
        if (!result.drawn()) {
            std::cerr << "exhibit: cannot draw text \"" << text.substr(0, 60) << "\" (" << app::font_role_name(role)
                      << ", " << size_px << " px): " << SDL_GetError() << "\n";
        } else if (result.texture) {
            SDL_SetTextureBlendMode(result.texture.get(), SDL_BLENDMODE_BLEND);
        } else {
            SDL_SetSurfaceBlendMode(result.pixels.get(), SDL_BLENDMODE_BLEND);
        }
    }
    std::size_t bytes = result.drawn() ? static_cast<std::size_t>(result.width) * result.height * 4 : 0;
    return &cache.insert(std::move(key), std::move(result), bytes);
}

CacheLimits text_cache_limits(int width_px, int height_px) {
    const std::size_t screen_bytes =
        static_cast<std::size_t>(std::max(0, width_px)) * static_cast<std::size_t>(std::max(0, height_px)) * 4;
    return CacheLimits{kTextCacheLimits.max_entries, std::max<std::size_t>(8u << 20, 2 * screen_bytes)};
}

}  // namespace platform
