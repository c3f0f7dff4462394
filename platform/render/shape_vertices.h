// Display-list shapes as SDL triangles. SDL_Renderer has no rounded rectangles or wide lines; triangles
// through SDL_RenderGeometry work on every renderer, software included.
#pragma once
#include <vector>

#include <SDL.h>

#include "geometry.h"

namespace platform {

inline SDL_Color to_sdl(app::Color c) { return SDL_Color{c.r, c.g, c.b, c.a}; }

// A corner radius as drawn: never negative, never more than half the rectangle's shorter side.
float clamped_radius(app::Rect rect, float radius);

// Appends a filled rectangle with circular corners of `radius` (clamped to half the shorter side), as a fan
// around its centre; the outline is convex, so the fan covers it exactly.
void append_rounded_rect(std::vector<SDL_Vertex>& out, app::Rect rect, app::Color color, float radius);

// Appends the top (or bottom) cap of that rounded rectangle: its two corners and the edge between, down (or up)
// to the straight line y = `cut`. The middle band between the caps is a plain rectangle, which renderers fill far
// faster than triangles (see render_display_list).
void append_rounded_cap(std::vector<SDL_Vertex>& out, app::Rect rect, app::Color color, float radius, float cut,
                        bool top);

// Appends a line segment `width` pixels wide as a quad (two triangles); nothing for a zero-length segment.
void append_line(std::vector<SDL_Vertex>& out, app::Vec2 from, app::Vec2 to, float width, app::Color color);

// Corner segments for `radius`: more for larger corners so the curve stays smooth, few for small ones because
// the software renderer's cost follows the triangle count.
int corner_segments(float radius);

}  // namespace platform
