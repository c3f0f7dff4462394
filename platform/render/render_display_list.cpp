#include "render/render_display_list.h"

#include <algorithm>
#include <cmath>
#include <type_traits>

#include "render/clip_stack.h"
#include "render/shaded_triangles.h"
#include "render/shape_vertices.h"
#include "render/surface_fill.h"
#include "render/surface_text.h"
#include "render/triangle_spans.h"

namespace platform {
namespace {

void draw_vertices(SDL_Renderer* renderer, const std::vector<SDL_Vertex>& vertices) {
    if (vertices.empty()) return;
    SDL_RenderGeometry(renderer, nullptr, vertices.data(), static_cast<int>(vertices.size()), nullptr, 0);
}

// Opaque single-colour shapes are drawn without blending: the same pixels, and the software renderer fills
// them far faster (measured here: 0.7 ms instead of 23 ms for one full-HD rectangle).
void set_blend_for(SDL_Renderer* renderer, app::Color color) {
    SDL_SetRenderDrawBlendMode(renderer, color.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
}

void apply_clip(SDL_Renderer* renderer, const ClipStack& clips) {
    if (auto clip = current_clip(clips)) {
        SDL_Rect r = covering_pixels(*clip);
        SDL_RenderSetClipRect(renderer, &r);
    } else {
        SDL_RenderSetClipRect(renderer, nullptr);
    }
}

bool same_colour(const SDL_Color& a, const SDL_Color& b) {
    return a.r == b.r && a.g == b.g && a.b == b.b && a.a == b.a;
}

// SDL's software renderer, which fills triangles by testing every pixel of their bounding boxes.
bool software(DisplayListRenderer& target) {
    if (target.software_asked != target.renderer) {
        SDL_RendererInfo info{};
        target.software = SDL_GetRendererInfo(target.renderer, &info) == 0 && (info.flags & SDL_RENDERER_SOFTWARE) != 0;
        target.software_asked = target.renderer;
    }
    return target.software;
}

// Whether drawing writes some things straight into the software renderer's surface (surface_fill.h,
// surface_text.h), which also decides how text is kept.
bool writes_surface(DisplayListRenderer& target) {
    return target.surface && software(target) && fills_directly(target.surface);
}

TextForm text_form(DisplayListRenderer& target) {
    return writes_surface(target) ? TextForm::Pixels : TextForm::Texture;
}

// One visitor per pass over the list; `clips` lives across commands. Its first `floor` entries belong to the
// pass (the damaged rectangle), not to the list, so a stray PopClip cannot remove them.
struct CommandDrawer {
    DisplayListRenderer& target;
    ClipStack clips;
    std::size_t floor = 0;

    void operator()(const app::FillRect& c) {
        if (c.color.a == 0) return;
        set_blend_for(target.renderer, c.color);
        if (c.corner_radius > 0) {
            draw_rounded_rect(c);
            return;
        }
        if (c.color.a < 255) {
            if (SDL_Surface* pixels = direct_pixels()) {
                blend_fill_truncated(pixels, c.rect.x, c.rect.y, c.rect.w, c.rect.h, c.color);
                return;
            }
        }
        SDL_SetRenderDrawColor(target.renderer, c.color.r, c.color.g, c.color.b, c.color.a);
        SDL_FRect r{c.rect.x, c.rect.y, c.rect.w, c.rect.h};
        SDL_RenderFillRectF(target.renderer, &r);
    }

    // The target's pixels, with everything queued before drawn into them, when a fill may be written there itself:
    // a software renderer drawing on its own surface, not on a texture.
    SDL_Surface* direct_pixels() {
        if (!writes_surface(target) || SDL_GetRenderTarget(target.renderer) != nullptr) return nullptr;
        SDL_RenderFlush(target.renderer);
        return target.surface;
    }

    // A translucent rectangle where SDL's software renderer puts it (it truncates the corner and the size, and makes
    // neither side less than a pixel), within the clip.
    void blend_fill_truncated(SDL_Surface* pixels, float x, float y, float w, float h, const app::Color& colour) {
        SDL_Rect r{static_cast<int>(x), static_cast<int>(y), std::max(static_cast<int>(w), 1),
                   std::max(static_cast<int>(h), 1)};
        const SDL_Rect bounds = drawing_bounds();
        if (!SDL_IntersectRect(&r, &bounds, &r)) return;
        blend_fill(pixels, r, SDL_Color{colour.r, colour.g, colour.b, colour.a});
    }

    // Two caps of triangles and a plain rectangle between, meeting on a whole pixel row: the software renderer
    // fills a rectangle some twenty times faster than the same pixels as triangles (the telegram's page, 1562 px
    // wide: 84 ms as a fan of triangles at 1080p). Caps and band meet on a whole row, so that a pixel is in one
    // of them only: OpenGL samples pixel centres (never on the row), SDL's software rasteriser keeps whole-pixel
    // edges by the top-left rule (the cap's bottom edge excludes the band's first row; a quarter pixel off either
    // way left a gap or a doubled row, tests/platform/render/render_display_list_test).
    void draw_rounded_rect(const app::FillRect& c) {
        const float radius = clamped_radius(c.rect, c.corner_radius);
        const float band_top = std::round(c.rect.y + radius);
        const float band_bottom = std::round(c.rect.bottom() - radius);
        target.scratch.clear();
        if (band_bottom - band_top < 2) {
            append_rounded_rect(target.scratch, c.rect, c.color, c.corner_radius);
            draw_vertices(target.renderer, target.scratch);
            return;
        }
        append_rounded_cap(target.scratch, c.rect, c.color, radius, band_top, true);
        append_rounded_cap(target.scratch, c.rect, c.color, radius, band_bottom, false);
        draw_vertices(target.renderer, target.scratch);
        if (c.color.a < 255) {
            if (SDL_Surface* pixels = direct_pixels()) {
                blend_fill_truncated(pixels, c.rect.x, band_top, c.rect.w, band_bottom - band_top, c.color);
                return;
            }
        }
        SDL_SetRenderDrawColor(target.renderer, c.color.r, c.color.g, c.color.b, c.color.a);
        SDL_FRect band{c.rect.x, band_top, c.rect.w, band_bottom - band_top};
        SDL_RenderFillRectF(target.renderer, &band);
    }

    void operator()(const app::Triangles& c) {
        if (!c.vertices || c.vertices->size() < 3 || c.opacity <= 0) return;
        ConvertedVertices& converted = converted_triangles(target.triangles, c);
        const std::vector<SDL_Vertex>& vertices = converted.vertices;
        // Opaque shapes (the map's sea and land) without blending: SDL's software renderer blends a triangle by
        // filling a temporary surface the size of its bounding box and blitting that, but fills an opaque one in
        // place, several times faster; the pixels are the same.
        const bool opaque =
            std::all_of(vertices.begin(), vertices.end(), [](const SDL_Vertex& v) { return v.color.a == 255; });
        SDL_SetRenderDrawBlendMode(target.renderer, opaque ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
        if (opaque && software(target)) {
            draw_as_spans(vertices, converted.rows);
            return;
        }
        if (!opaque && software(target) && all_shaded(vertices)) {
            for (std::size_t i = 0; i + 2 < vertices.size(); i += 3)
                if (!draw_shaded_triangle(target.renderer, target.shaded, &vertices[i]))
                    SDL_RenderGeometry(target.renderer, nullptr, &vertices[i], 3, nullptr, 0);
            return;
        }
        draw_vertices(target.renderer, vertices);
    }

    // Every triangle's corners differ in colour. Then SDL draws them one by one, as they come: it takes two
    // triangles of one colour that make an upright rectangle for a rectangle, a case left to it.
    static bool all_shaded(const std::vector<SDL_Vertex>& vertices) {
        for (std::size_t i = 0; i + 2 < vertices.size(); i += 3)
            if (same_colour(vertices[i].color, vertices[i + 1].color) &&
                same_colour(vertices[i].color, vertices[i + 2].color))
                return false;
        return true;
    }

    // Triangle by triangle in their order; a run of one colour goes to SDL as one batch of rows (triangle_spans.h).
    // A triangle whose corners differ in colour is left to SDL. Within a run a row that touches or overlaps the last
    // one kept on its line joins it: the same pixels in one colour, fewer rectangles (SDL takes some 40 ns for
    // each, and the land's triangles, drawn one beside the next, meet along most of their rows).
    void draw_as_spans(const std::vector<SDL_Vertex>& vertices, KeptRows& kept_rows) {
        const SDL_Rect bounds = drawing_bounds();
        if (bounds.w <= 0 || bounds.h <= 0) return;
        const bool same_bounds = SDL_RectEquals(&bounds, &kept_rows.bounds);
        if (kept_rows.kept && same_bounds) {
            fill_rows(kept_rows.colour, kept_rows.rows);
            return;
        }
        int runs = 0;  // batches sent; one alone (and no triangle left to SDL) can be kept
        std::vector<SDL_Rect>& spans = target.spans;
        std::vector<int>& last = target.last_span_of_row;  // index into spans, or -1
        spans.clear();
        last.assign(static_cast<std::size_t>(bounds.h), -1);
        SDL_Color run{};
        auto flush = [&](bool at_end) {
            if (spans.empty()) return;
            ++runs;
            if (at_end && runs == 1 && kept_rows.seen && same_bounds) {
                keep_rows(kept_rows, run, spans, bounds);
                fill_rows(run, kept_rows.rows);
            } else {
                fill_rows(run, spans);
            }
            spans.clear();
            std::fill(last.begin(), last.end(), -1);
        };
        for (std::size_t i = 0; i + 2 < vertices.size(); i += 3) {
            const SDL_Color& c = vertices[i].color;
            if (!same_colour(c, vertices[i + 1].color) || !same_colour(c, vertices[i + 2].color)) {
                flush(false);
                ++runs;
                SDL_RenderGeometry(target.renderer, nullptr, &vertices[i], 3, nullptr, 0);
                continue;
            }
            if (!same_colour(c, run)) flush(false);
            run = c;
            const std::size_t first = spans.size();
            append_triangle_spans(vertices[i].position, vertices[i + 1].position, vertices[i + 2].position, bounds,
                                  spans);
            std::size_t kept = first;
            for (std::size_t k = first; k < spans.size(); ++k) {
                const SDL_Rect r = spans[k];
                int& on_row = last[static_cast<std::size_t>(r.y - bounds.y)];
                if (on_row >= 0) {
                    SDL_Rect& l = spans[static_cast<std::size_t>(on_row)];
                    if (r.x <= l.x + l.w && l.x <= r.x + r.w) {
                        const int right = std::max(l.x + l.w, r.x + r.w);
                        l.x = std::min(l.x, r.x);
                        l.w = right - l.x;
                        continue;
                    }
                }
                on_row = static_cast<int>(kept);
                spans[kept++] = r;
            }
            spans.resize(kept);
        }
        flush(true);
        if (!same_bounds) kept_rows = KeptRows{};  // rows kept for other bounds are of no use here
        kept_rows.seen = true;
        kept_rows.bounds = bounds;
    }

    void fill_rows(const SDL_Color& colour, const std::vector<SDL_Rect>& rows) {
        if (rows.empty()) return;
        if (SDL_Surface* pixels = direct_pixels()) {
            fill_rects(pixels, rows, colour);
            return;
        }
        SDL_SetRenderDrawColor(target.renderer, colour.r, colour.g, colour.b, colour.a);
        SDL_RenderFillRects(target.renderer, rows.data(), static_cast<int>(rows.size()));
    }

    // The rows sorted along each line and joined where they touch: the same pixels in one colour, as few
    // rectangles as there are runs of them. Sorted by line first by counting (std::sort of the land's 31,000 rows took
    // 2-3 ms), then each line's few by x.
    static void keep_rows(KeptRows& kept, const SDL_Color& colour, const std::vector<SDL_Rect>& rows,
                          const SDL_Rect& bounds) {
        std::vector<std::size_t> start(static_cast<std::size_t>(bounds.h) + 1, 0);
        for (const SDL_Rect& r : rows) ++start[static_cast<std::size_t>(r.y - bounds.y) + 1];
        for (std::size_t i = 1; i < start.size(); ++i) start[i] += start[i - 1];
        std::vector<SDL_Rect> by_line(rows.size());
        std::vector<std::size_t> next(start.begin(), start.end() - 1);
        for (const SDL_Rect& r : rows) by_line[next[static_cast<std::size_t>(r.y - bounds.y)]++] = r;
        kept.rows.clear();
        for (std::size_t line = 0; line + 1 < start.size(); ++line) {
            const auto first = by_line.begin() + static_cast<std::ptrdiff_t>(start[line]);
            const auto last = by_line.begin() + static_cast<std::ptrdiff_t>(start[line + 1]);
            std::sort(first, last, [](const SDL_Rect& a, const SDL_Rect& b) { return a.x < b.x; });
            const std::size_t line_start = kept.rows.size();
            for (auto r = first; r != last; ++r) {
                if (kept.rows.size() > line_start) {
                    SDL_Rect& l = kept.rows.back();
                    if (r->x <= l.x + l.w) {
                        l.w = std::max(l.w, r->x + r->w - l.x);
                        continue;
                    }
                }
                kept.rows.push_back(*r);
            }
        }
        kept.rows.shrink_to_fit();
        kept.colour = colour;
        kept.kept = true;
    }

    // The pixels drawing may touch: the clip in force, within the target.
    SDL_Rect drawing_bounds() const {
        int w = 0;
        int h = 0;
        SDL_GetRendererOutputSize(target.renderer, &w, &h);
        SDL_Rect bounds{0, 0, w, h};
        if (auto clip = current_clip(clips)) {
            const SDL_Rect r = covering_pixels(*clip);
            if (!SDL_IntersectRect(&bounds, &r, &bounds)) return SDL_Rect{0, 0, 0, 0};
        }
        return bounds;
    }

    void operator()(const app::Line& c) {
        if (c.color.a == 0) return;
        set_blend_for(target.renderer, c.color);
        target.scratch.clear();
        append_line(target.scratch, c.from, c.to, c.width, c.color);
        draw_vertices(target.renderer, target.scratch);
    }

    void operator()(const app::Text& c) {
        if (c.text.empty() || c.color.a == 0 || !target.fonts) return;
        const TextTexture* t = text_texture(target.text, target.renderer, *target.fonts, c, text_form(target));
        // Whole pixels: glyphs were rasterised on the pixel grid, and a fractional position would blur them
        // under linear filtering.
        SDL_Rect dest{static_cast<int>(std::lround(c.top_left.x)), static_cast<int>(std::lround(c.top_left.y)),
                      t->width, t->height};
        if (t->pixels) {
            if (SDL_Surface* pixels = direct_pixels())
                draw_text_line(pixels, t->pixels.get(), dest.x, dest.y, drawing_bounds(), c.color.a);
            return;
        }
        if (!t->texture) return;
        SDL_SetTextureAlphaMod(t->texture.get(), c.color.a);
        SDL_RenderCopy(target.renderer, t->texture.get(), nullptr, &dest);
    }

    void operator()(const app::Image& c) {
        if (c.opacity <= 0 || c.dest.w <= 0 || c.dest.h <= 0) return;
        const ImageTexture* t = image_texture(target.images, target.renderer, target.read_file, c.path);
        if (!t->texture) return;
        float opacity = c.opacity > 1 ? 1.0f : c.opacity;
        SDL_SetTextureAlphaMod(t->texture.get(), static_cast<Uint8>(std::lround(opacity * 255)));
        SDL_FRect dest{c.dest.x, c.dest.y, c.dest.w, c.dest.h};
        SDL_RenderCopyF(target.renderer, t->texture.get(), nullptr, &dest);
    }

    void operator()(const app::PushClip& c) {
        push_clip(clips, c.rect);
        apply_clip(target.renderer, clips);
    }

    void operator()(const app::PopClip&) {
        if (clips.rects.size() <= floor) return;
        pop_clip(clips);
        apply_clip(target.renderer, clips);
    }
};

// The part of an opaque fill that is surely painted: inside its rounded corners, a pixel in from every edge.
app::Rect surely_covered(const app::FillRect& fill) {
    const float r = clamped_radius(fill.rect, fill.corner_radius);
    return {fill.rect.x + 1, fill.rect.y + r + 1, fill.rect.w - 2, fill.rect.h - 2 * r - 2};
}

// A translucent fill straight under an opaque one (a shadow under a page or a card) is drawn only where it shows:
// the blending of the hidden part cost most of a frame (the telegram page's shadow, 1.3 million pixels at 1080p).
// False when the opaque fill hides too little of it to be worth the clipping.
bool draw_shadow_around(CommandDrawer& drawer, const app::FillRect& shadow, const app::FillRect& cover) {
    const app::Rect hidden = intersect(shadow.rect, surely_covered(cover));
    if (hidden.w * hidden.h < shadow.rect.w * shadow.rect.h * 0.25f) return false;
    const app::Rect& s = shadow.rect;
    const app::Rect parts[4] = {
        {s.x, s.y, s.w, hidden.y - s.y},                                   // above
        {s.x, hidden.bottom(), s.w, s.bottom() - hidden.bottom()},         // below
        {s.x, hidden.y, hidden.x - s.x, hidden.h},                         // left
        {hidden.right(), hidden.y, s.right() - hidden.right(), hidden.h},  // right
    };
    for (const app::Rect& part : parts) {
        if (part.w <= 0 || part.h <= 0) continue;
        push_clip(drawer.clips, part);
        apply_clip(drawer.target.renderer, drawer.clips);
        if (!clips_everything(drawer.clips)) drawer(shadow);
        pop_clip(drawer.clips);
        apply_clip(drawer.target.renderer, drawer.clips);
    }
    return true;
}

app::Rect rect_of(const SDL_Rect& r) {
    return {static_cast<float>(r.x), static_cast<float>(r.y), static_cast<float>(r.w), static_cast<float>(r.h)};
}

// The whole pixels inside `r`.
SDL_Rect inner_pixels(const app::Rect& r) {
    const int x0 = static_cast<int>(std::ceil(r.x));
    const int y0 = static_cast<int>(std::ceil(r.y));
    const int x1 = static_cast<int>(std::floor(r.right()));
    const int y1 = static_cast<int>(std::floor(r.bottom()));
    return x1 > x0 && y1 > y0 ? SDL_Rect{x0, y0, x1 - x0, y1 - y0} : SDL_Rect{0, 0, 0, 0};
}

// The pixels of `area` that the list's first opaque fill surely paints (the telegram's page, the map's land and
// sea), within the clips in force where it is drawn. The clear can leave them as they are: whatever is drawn there
// before that fill (a shadow) is painted over by it too. Empty when there is no such fill.
SDL_Rect painted_by_first_opaque_fill(const app::DisplayList& list, const SDL_Rect& area) {
    ClipStack clips;
    push_clip(clips, rect_of(area));
    for (const app::DrawCommand& command : list.commands) {
        if (const auto* push = std::get_if<app::PushClip>(&command)) {
            push_clip(clips, push->rect);
        } else if (std::holds_alternative<app::PopClip>(command)) {
            if (clips.rects.size() > 1) pop_clip(clips);
        } else if (const auto* fill = std::get_if<app::FillRect>(&command); fill && fill->color.a == 255) {
            return inner_pixels(intersect(surely_covered(*fill), *current_clip(clips)));
        }
    }
    return SDL_Rect{0, 0, 0, 0};
}

// Clears `area` to the draw colour but for `keep` (within it): a whole-screen clear is 8 MB of stores at 1080p, and
// most of them are painted again straight after by the page or the map.
void clear_around(SDL_Renderer* renderer, const SDL_Rect& area, const SDL_Rect& keep) {
    if (static_cast<long>(keep.w) * keep.h < static_cast<long>(area.w) * area.h / 4) {
        SDL_RenderFillRect(renderer, &area);
        return;
    }
    const SDL_Rect parts[4] = {
        {area.x, area.y, area.w, keep.y - area.y},                               // above
        {area.x, keep.y + keep.h, area.w, area.y + area.h - (keep.y + keep.h)},  // below
        {area.x, keep.y, keep.x - area.x, keep.h},                               // left
        {keep.x + keep.w, keep.y, area.x + area.w - (keep.x + keep.w), keep.h},  // right
    };
    for (const SDL_Rect& part : parts)
        if (part.w > 0 && part.h > 0) SDL_RenderFillRect(renderer, &part);
}

// Draws the commands of `list` that touch `area` (all of them when it is null), clipped to it, over a clear.
void draw_pass(DisplayListRenderer& target, const app::DisplayList& list, const Footprint& footprint,
               const SDL_Rect* area) {
    SDL_Renderer* renderer = target.renderer;
    const app::Color& clear = list.clear_color;
    SDL_SetRenderDrawBlendMode(renderer, SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(renderer, clear.r, clear.g, clear.b, clear.a);
    CommandDrawer drawer{target, {}};
    int w = 0;
    int h = 0;
    SDL_GetRendererOutputSize(renderer, &w, &h);
    SDL_Rect cleared{0, 0, w, h};
    if (area && !SDL_IntersectRect(area, &cleared, &cleared)) return;
    // A GPU clears a whole target fastest as a clear (a tiled one, as the Pi's, then need not load the old pixels):
    // only the software renderer leaves the pixels the first opaque fill paints.
    const SDL_Rect keep = software(target) ? painted_by_first_opaque_fill(list, cleared) : SDL_Rect{0, 0, 0, 0};
    if (!area && keep.w == 0) {
        SDL_RenderSetClipRect(renderer, nullptr);
        SDL_RenderClear(renderer);
    } else {
        // SDL_RenderClear ignores the clip rectangle: the area is cleared with fills, under its clip.
        SDL_RenderSetClipRect(renderer, area);
        clear_around(renderer, cleared, keep);
    }
    if (area) {
        push_clip(drawer.clips, rect_of(*area));
        drawer.floor = 1;
    }
    // Fills and geometry use the draw blend mode, chosen per command; textures carry their own (set when created).
    for (std::size_t i = 0; i < list.commands.size(); ++i) {
        const app::DrawCommand& command = list.commands[i];
        bool is_clip = std::holds_alternative<app::PushClip>(command) || std::holds_alternative<app::PopClip>(command);
        if (!is_clip && area && !overlaps(footprint.commands[i].bounds, *area)) continue;
        // SDL treats an empty clip rectangle inconsistently across versions; skip the drawing ourselves.
        if (!is_clip && clips_everything(drawer.clips)) continue;
        const auto* fill = std::get_if<app::FillRect>(&command);
        const auto* next = i + 1 < list.commands.size() ? std::get_if<app::FillRect>(&list.commands[i + 1]) : nullptr;
        if (fill && next && fill->color.a < 255 && next->color.a == 255 && draw_shadow_around(drawer, *fill, *next))
            continue;
        std::visit(drawer, command);
    }
}

// The canvas as big as the screen, made anew when the screen's size changed; false when the renderer cannot.
bool ready_canvas(DisplayListRenderer& target) {
    int w = 0;
    int h = 0;
    SDL_GetRendererOutputSize(target.renderer, &w, &h);
    int canvas_w = 0;
    int canvas_h = 0;
    if (target.canvas) SDL_QueryTexture(target.canvas.get(), nullptr, nullptr, &canvas_w, &canvas_h);
    if (!target.canvas || canvas_w != w || canvas_h != h) {
        target.canvas.reset(
            SDL_CreateTexture(target.renderer, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET, w, h));
        target.last = {};
        if (!target.canvas) return false;
        SDL_SetTextureBlendMode(target.canvas.get(), SDL_BLENDMODE_NONE);
    }
    return SDL_SetRenderTarget(target.renderer, target.canvas.get()) == 0;
}

}  // namespace

Damage render_display_list(DisplayListRenderer& target, const app::DisplayList& list) {
    SDL_Renderer* renderer = target.renderer;
    const bool canvas = target.store == FrameStore::Canvas && ready_canvas(target);
    const bool kept = target.store == FrameStore::Target || canvas;
    // Without a frame store every frame is drawn whole (screenshots, proof sheets): nothing to compare with.
    Footprint footprint;
    if (kept) {
        int w = 0;
        int h = 0;
        SDL_GetRendererOutputSize(renderer, &w, &h);
        footprint = footprint_of(list, w, h, [&target](const app::Text& t) {
            const TextTexture* texture =
                target.fonts ? text_texture(target.text, target.renderer, *target.fonts, t, text_form(target))
                             : nullptr;
            return texture && texture->drawn() ? SDL_Point{texture->width, texture->height} : SDL_Point{0, 0};
        });
    }
    Damage damage = kept ? damage_between(target.last, footprint) : Damage{};
    if (damage.whole) {
        draw_pass(target, list, footprint, nullptr);
    } else {
        for (const SDL_Rect& area : damage.rects) draw_pass(target, list, footprint, &area);
    }
    SDL_RenderSetClipRect(renderer, nullptr);
    if (canvas) {
        SDL_SetRenderTarget(renderer, nullptr);
        SDL_RenderCopy(renderer, target.canvas.get(), nullptr, nullptr);
    }
    target.last = kept ? std::move(footprint) : Footprint{};
    return damage;
}

void forget_last_frame(DisplayListRenderer& target) { target.last = {}; }

void forget_textures(DisplayListRenderer& target) {
    target.text.clear();
    target.shaded.entries.clear();
    target.images.clear();
    target.canvas.reset();
    target.last = {};
}

}  // namespace platform
