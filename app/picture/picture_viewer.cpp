#include "picture_viewer.h"

#include <algorithm>
#include <cmath>

#include "../animation/easing.h"
#include "../cards/card_layout.h"
#include "../text/text_flow.h"
#include "../text/text_size.h"

namespace app {
namespace {

Vec2 centre_of(const Rect& r) { return {r.x + r.w / 2, r.y + r.h / 2}; }

// The ground is dark whatever the theme: a picture is seen best against black, as in a gallery's slide room.
constexpr Color kGround{0x0B, 0x0C, 0x0E, 0xFF};
constexpr Color kCaption{0xF3, 0xEE, 0xE2};
constexpr Color kCredit{0xB4, 0xAF, 0xA4};

float openness(const PictureViewer& v, double now) {
    if (v.closing_at >= 0) return 1 - ease_out_cubic(progress(now, v.closing_at, kPictureCloseSeconds));
    return ease_out_cubic(progress(now, v.opened_at, kPictureOpenSeconds));
}

// The viewport zoomed to `zoom` about `focus`, then brought within bounds: the picture never leaves the screen.
bool zoom_to(PictureViewer& v, const MapFrame& frame, float zoom, Vec2 focus) {
    const MapViewport before = v.viewport;
    v.viewport = bounded(frame, zoom_about(frame, v.viewport, clamp_zoom(frame, zoom), focus));
    return !(v.viewport == before);
}

}  // namespace

PictureViewerLayout layout_picture_viewer(const Picture& picture, const ViewContext& ctx) {
    PictureViewerLayout l;
    const Screen& screen = ctx.screen;
    const Rect area = ctx.area;
    // Type as on a card on this screen, so the Close button looks and reads the same.
    const float t = std::round(std::max(screen.mm(3.2f), std::min(area.w, area.h) * 0.024f) * screen.text_scale);
    const float margin = std::round(std::max(screen.mm(3.0f), 0.025f * std::min(area.w, area.h)));

    const ClosePill close = close_pill(ctx.content.interface, ctx.language, area.right() - margin, area.y + margin,
                                       round_px(t), screen, ctx.measure, ctx.theme);
    l.close_visual = close.visual;
    l.close_target = close.target;
    l.texts.push_back(close.label);

    // Caption and credit at the foot, about 70 characters a line, laid out from the bottom up.
    const TextStyle caption{FontRole::Sans, at_least_min_text(ctx.screen, t), 0, kCaption};
    const TextStyle credit{FontRole::Sans, at_least_min_text(ctx.screen, t * 0.82f), 0, kCredit};
    const float line_w = std::min(area.w - 2 * margin, std::round(t * 36.0f));
    const std::vector<std::string> caption_lines =
        wrap_lines(picture.caption.in(ctx.language), caption, line_w, ctx.measure);
    const std::vector<std::string> credit_lines =
        wrap_lines(fill_placeholder(ctx.content.interface.picture_credit.in(ctx.language), "credit", picture.credit),
                   credit, line_w, ctx.measure);
    const float caption_pitch = std::round(ctx.measure.metrics(caption.role, caption.size_px).line_height * 1.2f);
    const float credit_pitch = std::round(ctx.measure.metrics(credit.role, credit.size_px).line_height * 1.2f);
    const float block_h =
        caption_pitch * caption_lines.size() + credit_pitch * credit_lines.size() + std::round(t * 0.3f);
    float y = area.bottom() - margin - block_h;
    const float x = std::round(area.x + (area.w - line_w) / 2);
    const float foot = y;
    for (const std::string& line : caption_lines) {
        l.texts.push_back(Text{line, caption.role, caption.size_px, {x, y}, caption.color});
        y += caption_pitch;
    }
    y += std::round(t * 0.3f);
    for (const std::string& line : credit_lines) {
        l.texts.push_back(Text{line, credit.role, credit.size_px, {x, y}, credit.color});
        y += credit_pitch;
    }
    const float top = l.close_visual.bottom() + std::round(margin * 0.5f);
    l.fit = Rect{area.x + margin, top, area.w - 2 * margin, std::max(1.0f, foot - std::round(margin * 0.5f) - top)};
    // Caption and credit start under the fitted picture's left edge, as a label hangs under a print, where the
    // picture is wide enough to carry them.
    const float aspect =
        static_cast<float>(std::max(1, picture.width)) / static_cast<float>(std::max(1, picture.height));
    const float fitted_w = std::min(l.fit.w, l.fit.h * aspect);
    const float left = std::round(l.fit.x + (l.fit.w - fitted_w) / 2);
    if (fitted_w >= line_w)
        for (std::size_t i = 1; i < l.texts.size(); ++i) l.texts[i].top_left.x = left;
    return l;
}

MapFrame picture_frame(const Picture& picture, const PictureViewerLayout& layout) {
    PlaneBox box;
    box.add(PlanePoint{0, 0});
    box.add(
        PlanePoint{static_cast<double>(std::max(1, picture.width)), static_cast<double>(std::max(1, picture.height))});
    return make_map_frame(box, layout.fit, kMaxPictureZoom);
}

Rect picture_on_screen(const PictureViewer& viewer, const PictureViewerLayout& layout) {
    const MapFrame frame = picture_frame(viewer.picture, layout);
    // Bounded here too: a new language or screen may leave less room for the picture than when it was zoomed.
    const MapTransform t = view_transform(frame, bounded(frame, viewer.viewport));
    const Vec2 a = to_screen(t, {0, 0});
    const Vec2 b = to_screen(t, {frame.box.max_x, frame.box.max_y});
    return Rect{a.x, a.y, b.x - a.x, b.y - a.y};
}

PictureViewer open_picture_viewer(const Picture& picture, double now) {
    PictureViewer v;
    v.picture = picture;
    v.opened_at = now;
    return v;
}

void close_picture_viewer(PictureViewer& viewer, double now) {
    if (viewer.closing_at < 0) viewer.closing_at = now;
    viewer.pinching = false;
}

bool picture_viewer_closing(const PictureViewer& viewer) { return viewer.closing_at >= 0; }

bool apply_reduced_motion(PictureViewer& viewer, bool on, double now) {
    if (!on) return true;
    if (picture_viewer_closing(viewer)) return false;
    viewer.opened_at = now - kLongAgo;
    return true;
}

bool picture_viewer_on_gesture(PictureViewer& v, const ViewContext& ctx, const Gesture& g, double now) {
    if (picture_viewer_closing(v)) return false;
    const PictureViewerLayout layout = layout_picture_viewer(v.picture, ctx);
    const MapFrame frame = picture_frame(v.picture, layout);
    switch (g.kind) {
        case GestureKind::Tap: {
            if (layout.close_target.contains(g.pos)) {
                close_picture_viewer(v, now);
                return true;
            }
            if (!picture_on_screen(v, layout).contains(g.pos)) {  // the ground around it, as outside a card
                close_picture_viewer(v, now);
                return true;
            }
            const float near = ctx.screen.mm(10.0f);
            const bool second = now - v.last_tap_at <= kDoubleTapSeconds &&
                                std::hypot(g.pos.x - v.last_tap.x, g.pos.y - v.last_tap.y) <= near;
            v.last_tap_at = second ? -1e9 : now;
            v.last_tap = g.pos;
            if (!second) return false;
            return zoom_to(v, frame, v.viewport.zoom > 1.01f ? 1.0f : kDoubleTapZoom, g.pos);
        }
        case GestureKind::DragMove: {
            const MapViewport before = v.viewport;
            v.viewport.pan.x += g.delta.x;
            v.viewport.pan.y += g.delta.y;
            v.viewport = bounded(frame, v.viewport);
            return !(v.viewport == before);
        }
        case GestureKind::PinchStart:
            v.pinching = true;
            v.pinch_start = v.viewport;
            v.pinch_centre = g.pos;
            return false;
        case GestureKind::PinchMove: {
            if (!v.pinching) return false;
            MapViewport to = zoom_about(
                frame, v.pinch_start, clamp_zoom(frame, v.pinch_start.zoom * std::max(g.scale, 0.01f)), v.pinch_centre);
            to.pan.x += g.pos.x - v.pinch_centre.x;  // the fingers' midpoint carries the picture along
            to.pan.y += g.pos.y - v.pinch_centre.y;
            v.viewport = bounded(frame, to);
            return true;
        }
        case GestureKind::PinchEnd: v.pinching = false; return false;
        default: return false;
    }
}

bool picture_viewer_on_wheel(PictureViewer& v, const ViewContext& ctx, const WheelEvent& wheel) {
    if (picture_viewer_closing(v)) return false;
    const PictureViewerLayout layout = layout_picture_viewer(v.picture, ctx);
    return zoom_to(v, picture_frame(v.picture, layout), v.viewport.zoom * std::pow(1.25f, wheel.lines), wheel.pos);
}

bool picture_viewer_on_key(PictureViewer& v, const ViewContext& ctx, const KeyEvent& key, double now) {
    if (picture_viewer_closing(v)) return false;
    if (key.key == "Escape") {
        close_picture_viewer(v, now);
        return true;
    }
    const PictureViewerLayout layout = layout_picture_viewer(v.picture, ctx);
    const MapFrame frame = picture_frame(v.picture, layout);
    if (key.key == "=" || key.key == "+" || key.key == "Keypad +")
        return zoom_to(v, frame, v.viewport.zoom * 1.5f, centre_of(layout.fit));
    if (key.key == "-" || key.key == "Keypad -")
        return zoom_to(v, frame, v.viewport.zoom / 1.5f, centre_of(layout.fit));
    if (key.key == "0" || key.key == "Home") return zoom_to(v, frame, 1.0f, centre_of(layout.fit));
    return false;
}

bool picture_viewer_animating(const PictureViewer& v, double now) {
    if (v.closing_at >= 0) return now < v.closing_at + kPictureCloseSeconds;
    return now < v.opened_at + kPictureOpenSeconds;
}

bool picture_viewer_gone(const PictureViewer& v, double now) {
    return v.closing_at >= 0 && now >= v.closing_at + kPictureCloseSeconds;
}

void draw_picture_viewer(const PictureViewer& v, const ViewContext& ctx, double now, DisplayList& out) {
    const float open = openness(v, now);
    if (open <= 0) return;
    const PictureViewerLayout layout = layout_picture_viewer(v.picture, ctx);
    out.commands.push_back(FillRect{ctx.area, faded(kGround, open), 0});
    // The zoomed picture is clipped to the space it was fitted into: it never runs under the button or the caption.
    out.commands.push_back(PushClip{layout.fit});
    out.commands.push_back(Image{v.picture.file, picture_on_screen(v, layout), open});
    out.commands.push_back(PopClip{});
    out.commands.push_back(FillRect{layout.close_visual, faded(ctx.theme.button, open), layout.close_visual.h / 2});
    for (const Text& t : layout.texts) {
        Text faded_text = t;
        faded_text.color = faded(t.color, open);
        out.commands.push_back(std::move(faded_text));
    }
}

}  // namespace app
