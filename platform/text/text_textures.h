// Rendered text lines as textures, cached. Text is rendered in its colour and faded when drawn
// (SDL_SetTextureAlphaMod), so fades never create new textures. Rendered in white and tinted instead, every line
// took SDL's software renderer's slower modulating blitter: a full telegram frame at 1080p cost 5.3 ms, not 3.5.
#pragma once
#include <string>

#include "display_list.h"
#include "text/fonts.h"
#include "render/lru_cache.h"
#include "render/sdl_handles.h"

namespace platform {

struct TextKey {
    app::FontRole role = app::FontRole::Sans;
    int size_px = 0;
    std::string text;
    app::Color ink;  // opaque: the alpha is applied when drawn
    bool operator==(const TextKey& o) const {
        return role == o.role && size_px == o.size_px && text == o.text && ink == o.ink;
    }
};

struct TextKeyHash {
    std::size_t operator()(const TextKey& k) const {
        const std::size_t ink = (static_cast<std::size_t>(k.ink.r) << 16) | (k.ink.g << 8) | k.ink.b;
        return std::hash<std::string>()(k.text) ^ (FontKeyHash()(FontKey{k.role, k.size_px}) * 31) ^ (ink * 131);
    }
};

// Neither `texture` nor `pixels` is there when the text could not be rendered; the failure is cached too, so it is
// reported once and not retried every frame.
struct TextTexture {
    TexturePtr texture;
    SurfacePtr pixels;  // instead of `texture`, for a software renderer that draws it onto its surface itself
    int width = 0;
    int height = 0;
    bool drawn() const { return texture || pixels; }
};

// Text on one screen at once never covers much more than the screen, so two screens' worth of RGBA pixels holds
// everything shown plus what was just shown (a view left, a language switched): 16 MiB at 1920x1080, 66 MiB at
// 3840x2160, and never less than 8 MiB. The count bound covers many short strings.
constexpr CacheLimits kTextCacheLimits{1024, 32u << 20};  // before the screen is known
CacheLimits text_cache_limits(int width_px, int height_px);

using TextTextureCache = LruCache<TextKey, TextTexture, TextKeyHash>;

// How a line is kept: as a texture of the renderer, or as the rendered surface itself, which a software renderer's
// drawer puts onto its own surface (surface_text.h).
enum class TextForm { Texture, Pixels };

// `text` in its colour (its alpha aside), in `form`, rendering and caching it on first use. The pointer is valid
// until the next call.
const TextTexture* text_texture(TextTextureCache& cache, SDL_Renderer* renderer, Fonts& fonts, const app::Text& text,
                                TextForm form = TextForm::Texture);

}  // namespace platform
