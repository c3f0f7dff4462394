#include "soak_checks.h"

#include <cmath>
#include <sstream>
#include <variant>

#include "idle/idle.h"

namespace soak {
namespace {

constexpr float kTolerancePx = 1.0f;

bool finite(app::Vec2 v) { return std::isfinite(v.x) && std::isfinite(v.y); }
bool finite(const app::Rect& r) {
    return std::isfinite(r.x) && std::isfinite(r.y) && std::isfinite(r.w) && std::isfinite(r.h);
}

template <class... T>
std::string say(const T&... parts) {
    std::ostringstream out;
    (out << ... << parts);
    return out.str();
}

}  // namespace

std::string check_exhibit(const app::Exhibit& e) {
    const app::TelegramView& t = e.telegram;
    const float top = app::max_scroll(t);
    if (!std::isfinite(t.scroll_y) || t.scroll_y < -kTolerancePx || t.scroll_y > top + kTolerancePx)
        return say("scroll_y ", t.scroll_y, " outside 0..", top, " (scene ", static_cast<int>(e.scene), ", room below ",
                   t.card_room_below, ", translated ", t.layout.translated, ", text scale ", e.screen.text_scale,
                   ", card ", t.card.has_value(), ")");
    const int count = static_cast<int>(e.content->annotations.size());
    if (t.card) {
        if (t.card->annotation < 0 || t.card->annotation >= count)
            return say("open card for annotation ", t.card->annotation);
        if (t.card->closing_at >= 0) return "the open card is marked as closing";
        if (!finite(t.card->rect)) return "open card with a non-finite rectangle";
    }
    if (t.closing_card && t.closing_card->closing_at < 0) return "a second card open beside the first";
    if (e.scene == app::Scene::Telegram) {
        const app::IdleSettings& idle = e.options.idle;
        if (e.now - e.last_activity > idle.timeout_s + idle.countdown_s + 0.2)
            return say("the idle reset was missed: ", e.now - e.last_activity, " s without a touch");
    }
    if (e.visits.pending.size() > app::kMaxPendingVisitEvents)
        return say(e.visits.pending.size(), " visit events pending");
    if (e.gestures.finger_count < 0 || e.gestures.finger_count > app::kGestureFingers)
        return say(e.gestures.finger_count, " fingers tracked");
    return "";
}

std::string check_settled_card(const app::Exhibit& e) {
    if (e.scene != app::Scene::Telegram || !e.telegram.card) return "";
    const app::Rect& r = e.telegram.card->rect;               // column coordinates
    const app::Rect v = app::telegram_card_area(e.telegram);  // the page's part of the screen and the tools strip
    const float y = r.y - e.telegram.scroll_y + v.y;
    if (r.x < v.x - kTolerancePx || y < v.y - kTolerancePx || r.right() > v.right() + kTolerancePx ||
        y + r.h > v.bottom() + kTolerancePx)
        return say("a settled card stands outside its view: ", r.x, ",", y, " ", r.w, "x", r.h, " in ", v.x, ",", v.y,
                   " ", v.w, "x", v.h);
    return "";
}

std::string check_frame(const app::DisplayList& frame) {
    int depth = 0;
    for (const app::DrawCommand& c : frame.commands) {
        if (const auto* f = std::get_if<app::FillRect>(&c)) {
            if (!finite(f->rect) || !std::isfinite(f->corner_radius)) return "a rectangle with non-finite numbers";
        } else if (const auto* tr = std::get_if<app::Triangles>(&c)) {
            if (!tr->vertices || tr->vertices->size() % 3 != 0) return "triangles that are not whole";
            if (!finite(tr->offset) || !std::isfinite(tr->scale) || !std::isfinite(tr->opacity))
                return "non-finite triangles";
        } else if (const auto* l = std::get_if<app::Line>(&c)) {
            if (!finite(l->from) || !finite(l->to) || !std::isfinite(l->width)) return "a line with non-finite numbers";
        } else if (const auto* text = std::get_if<app::Text>(&c)) {
            if (!finite(text->top_left) || text->size_px <= 0)
                return say("text \"", text->text, "\" at size ", text->size_px);
        } else if (const auto* clip = std::get_if<app::PushClip>(&c)) {
            if (!finite(clip->rect)) return "a clip with non-finite numbers";
            ++depth;
        } else if (std::holds_alternative<app::PopClip>(c)) {
            if (--depth < 0) return "PopClip without PushClip";
        }
    }
    return depth == 0 ? "" : "PushClip without PopClip";
}

}  // namespace soak
