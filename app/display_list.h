// One frame of the exhibit as plain data. app/ builds it; platform/ turns it into pixels.
// Coordinates are window pixels, origin top-left. Commands are drawn in order.
#pragma once
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "geometry.h"
#include "text_measure.h"

namespace app {

struct FillRect {
    Rect rect;
    Color color;
    float corner_radius = 0;  // rounded corners when > 0
};

struct Vertex {
    Vec2 pos;
    Color color;
};

// Filled triangles, three vertices each. The vertex array is shared and immutable so that big static
// geometry (map land) is built once and cached by the renderer by its address; position = pos*scale+offset.
struct Triangles {
    std::shared_ptr<const std::vector<Vertex>> vertices;
    Vec2 offset;
    float scale = 1;
    float opacity = 1;
};

struct Line {
    Vec2 from;
    Vec2 to;
    float width = 1;
    Color color;
};

// One line of text in a single font. `top_left` is the top of the font's line box (baseline = top + ascent).
struct Text {
    std::string text;  // UTF-8, no newlines
    FontRole role = FontRole::Sans;
    int size_px = 16;
    Vec2 top_left;
    Color color;
};

struct Image {
    std::string path;  // relative to the assets folder
    Rect dest;
    float opacity = 1;
};

// Clips every following command to `rect` (intersected with any enclosing clip) until the matching PopClip.
struct PushClip {
    Rect rect;
};
struct PopClip {};

using DrawCommand = std::variant<FillRect, Triangles, Line, Text, Image, PushClip, PopClip>;

struct DisplayList {
    Color clear_color;
    std::vector<DrawCommand> commands;
};

}  // namespace app
