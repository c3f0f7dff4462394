#include "render/damage.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <variant>

#include "render/clip_stack.h"

namespace platform {
namespace {

// FNV-1a over the bytes of plain fields; strings by their characters.
struct Hasher {
    std::uint64_t h = 1469598103934665603ull;
    void bytes(const void* data, std::size_t n) {
        const auto* p = static_cast<const unsigned char*>(data);
        for (std::size_t i = 0; i < n; ++i) h = (h ^ p[i]) * 1099511628211ull;
    }
    template <typename T>
    void add(const T& value) {
        static_assert(std::is_trivially_copyable<T>::value, "plain values only");
        bytes(&value, sizeof value);
    }
    void add(const std::string& s) {
        add(s.size());
        bytes(s.data(), s.size());
    }
    void add(app::Rect r) { add(std::array<float, 4>{r.x, r.y, r.w, r.h}); }
    void add(app::Vec2 v) { add(std::array<float, 2>{v.x, v.y}); }
    void add(app::Color c) { add(std::array<std::uint8_t, 4>{c.r, c.g, c.b, c.a}); }
    // Several fields in order: a command's key is all its fields that change what it draws.
    template <class... Fields>
    void add_all(const Fields&... fields) {
        (add(fields), ...);
    }
};

void hash_fields(Hasher& k, const app::FillRect& c) { k.add_all(c.rect, c.color, c.corner_radius); }
// Big vertex arrays (map land) are shared and built once, so their address names them; small ones (a gradient, an
// arrowhead) are made afresh every frame, so their address changes while they do not: those are hashed by value.
constexpr std::size_t kVerticesHashedByValue = 64;

void hash_fields(Hasher& k, const app::Triangles& c) {
    if (c.vertices && c.vertices->size() <= kVerticesHashedByValue) {
        k.add(c.vertices->size());
        for (const app::Vertex& v : *c.vertices) {
            k.add(v.pos);
            k.add(v.color);
        }
    } else {
        k.add(static_cast<const void*>(c.vertices.get()));
    }
    k.add_all(c.offset, c.scale, c.opacity);
}
void hash_fields(Hasher& k, const app::Line& c) { k.add_all(c.from, c.to, c.width, c.color); }
void hash_fields(Hasher& k, const app::Text& c) { k.add_all(c.text, c.role, c.size_px, c.top_left, c.color); }
void hash_fields(Hasher& k, const app::Image& c) { k.add_all(c.path, c.dest, c.opacity); }
void hash_fields(Hasher&, const app::PushClip&) {}
void hash_fields(Hasher&, const app::PopClip&) {}

app::Rect grown(app::Rect r, float by) { return {r.x - by, r.y - by, r.w + 2 * by, r.h + 2 * by}; }

app::Rect around(app::Vec2 a, app::Vec2 b) {
    return {std::min(a.x, b.x), std::min(a.y, b.y), std::abs(a.x - b.x), std::abs(a.y - b.y)};
}

// Where a command may put pixels, before clipping. One pixel more on every side: SDL rounds positions its own
// way, and an edge a hair off the grid must not be left behind.
app::Rect reach(const app::DrawCommand& command, const TextSize& text_size) {
    struct Visitor {
        const TextSize& text_size;
        app::Rect operator()(const app::FillRect& c) const { return c.color.a == 0 ? app::Rect{} : grown(c.rect, 1); }
        app::Rect operator()(const app::Triangles& c) const {
            if (!c.vertices || c.vertices->size() < 3 || c.opacity <= 0) return {};
            app::Vec2 low = c.vertices->front().pos;
            app::Vec2 high = low;
            for (const app::Vertex& v : *c.vertices) {
                low = {std::min(low.x, v.pos.x), std::min(low.y, v.pos.y)};
                high = {std::max(high.x, v.pos.x), std::max(high.y, v.pos.y)};
            }
            auto placed = [&](app::Vec2 p) {
                return app::Vec2{p.x * c.scale + c.offset.x, p.y * c.scale + c.offset.y};
            };
            return grown(around(placed(low), placed(high)), 1);
        }
        app::Rect operator()(const app::Line& c) const {
            return c.color.a == 0 ? app::Rect{} : grown(around(c.from, c.to), c.width / 2 + 1);
        }
        app::Rect operator()(const app::Text& c) const {
            if (c.text.empty() || c.color.a == 0) return {};
            const SDL_Point size = text_size(c);
            return grown({std::round(c.top_left.x), std::round(c.top_left.y), static_cast<float>(size.x),
                          static_cast<float>(size.y)},
                         1);
        }
        app::Rect operator()(const app::Image& c) const { return c.opacity <= 0 ? app::Rect{} : grown(c.dest, 1); }
        app::Rect operator()(const app::PushClip&) const { return {}; }
        app::Rect operator()(const app::PopClip&) const { return {}; }
    };
    return std::visit(Visitor{text_size}, command);
}

std::int64_t area(const SDL_Rect& r) { return static_cast<std::int64_t>(r.w) * r.h; }

SDL_Rect united(const SDL_Rect& a, const SDL_Rect& b) {
    SDL_Rect u;
    SDL_UnionRect(&a, &b, &u);
    return u;
}

// Fewer, larger rectangles: two merge when they overlap or when their union wastes little. Each rectangle costs a
// pass over the display list, so a handful of slightly larger ones beat many exact ones.
std::vector<SDL_Rect> merged(std::vector<SDL_Rect> rects) {
    constexpr std::int64_t kSlackPx = 64 * 64;
    bool again = true;
    while (again) {
        again = false;
        for (std::size_t i = 0; i < rects.size() && !again; ++i) {
            for (std::size_t j = i + 1; j < rects.size(); ++j) {
                const SDL_Rect u = united(rects[i], rects[j]);
                if (overlaps(rects[i], rects[j]) || area(u) <= area(rects[i]) + area(rects[j]) + kSlackPx) {
                    rects[i] = u;
                    rects.erase(rects.begin() + static_cast<std::ptrdiff_t>(j));
                    again = true;
                    break;
                }
            }
        }
    }
    return rects;
}

bool empty(const SDL_Rect& r) { return r.w <= 0 || r.h <= 0; }

// What became of each command of a frame in the other: found as it was, drawn the same under another clip, or gone.
enum class Fate { Kept, Reclipped, Changed };

// Pairs the commands of `a` and `b` that draw something: first by their whole key, then the rest by what they
// draw. Each key's first occurrences pair, as many as both frames have.
struct Pairing {
    std::vector<Fate> a_fate, b_fate;
    std::vector<std::size_t> a_partner;  // for a Reclipped command of `a`, its command in `b`
};

Pairing pair_commands(const Footprint& a, const Footprint& b) {
    Pairing p;
    p.a_fate.assign(a.commands.size(), Fate::Changed);
    p.b_fate.assign(b.commands.size(), Fate::Changed);
    p.a_partner.assign(a.commands.size(), 0);
    std::unordered_map<std::uint64_t, std::vector<std::size_t>> waiting;
    auto pass = [&](bool by_content) {
        waiting.clear();
        for (std::size_t i = b.commands.size(); i-- > 0;) {
            const DrawnCommand& c = b.commands[i];
            if (!empty(c.bounds) && p.b_fate[i] == Fate::Changed) waiting[by_content ? c.content : c.key].push_back(i);
        }
        for (std::size_t i = 0; i < a.commands.size(); ++i) {
            const DrawnCommand& c = a.commands[i];
            if (empty(c.bounds) || p.a_fate[i] != Fate::Changed) continue;
            auto it = waiting.find(by_content ? c.content : c.key);
            if (it == waiting.end() || it->second.empty()) continue;
            const std::size_t j = it->second.back();  // pushed in reverse: the first occurrence is last
            it->second.pop_back();
            p.a_fate[i] = p.b_fate[j] = by_content ? Fate::Reclipped : Fate::Kept;
            p.a_partner[i] = j;
        }
    };
    pass(false);
    pass(true);
    return p;
}

// The commands of `f` that are kept or reclipped, in order, as keys: what must keep its place among the others.
std::vector<std::uint64_t> survivors(const Footprint& f, const std::vector<Fate>& fate) {
    std::vector<std::uint64_t> order;
    for (std::size_t i = 0; i < f.commands.size(); ++i) {
        if (fate[i] == Fate::Kept) order.push_back(f.commands[i].key);
        if (fate[i] == Fate::Reclipped) order.push_back(f.commands[i].content ^ 0x9e3779b97f4a7c15ull);
    }
    return order;
}

// The parts of `a` outside `b`: up to four rectangles (above, below, left, right of the overlap).
void add_difference(const SDL_Rect& a, const SDL_Rect& b, std::vector<SDL_Rect>& out) {
    SDL_Rect both;
    if (!SDL_IntersectRect(&a, &b, &both)) {
        out.push_back(a);
        return;
    }
    const SDL_Rect parts[4] = {
        {a.x, a.y, a.w, both.y - a.y},
        {a.x, both.y + both.h, a.w, a.y + a.h - both.y - both.h},
        {a.x, both.y, both.x - a.x, both.h},
        {both.x + both.w, both.y, a.x + a.w - both.x - both.w, both.h},
    };
    for (const SDL_Rect& part : parts)
        if (!empty(part)) out.push_back(part);
}

}  // namespace

bool overlaps(const SDL_Rect& a, const SDL_Rect& b) {
    return !empty(a) && !empty(b) && a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

Footprint footprint_of(const app::DisplayList& list, int width, int height, const TextSize& text_size) {
    Footprint f;
    f.width = width;
    f.height = height;
    f.clear = list.clear_color;
    f.commands.reserve(list.commands.size());
    const app::Rect screen{0, 0, static_cast<float>(width), static_cast<float>(height)};
    ClipStack clips;
    for (const app::DrawCommand& command : list.commands) {
        DrawnCommand drawn;
        if (const auto* push = std::get_if<app::PushClip>(&command)) {
            push_clip(clips, push->rect);
        } else if (std::holds_alternative<app::PopClip>(command)) {
            pop_clip(clips);
        } else {
            const app::Rect clip = current_clip(clips).value_or(screen);
            Hasher k;
            k.add(command.index());
            std::visit([&](const auto& c) { hash_fields(k, c); }, command);
            drawn.content = k.h;
            k.add(clip);
            drawn.key = k.h;
            const app::Rect seen = intersect(intersect(reach(command, text_size), clip), screen);
            // An empty overlap keeps a position, which covering_pixels would round out to a pixel.
            if (seen.w > 0 && seen.h > 0) drawn.bounds = covering_pixels(seen);
        }
        f.commands.push_back(drawn);
    }
    return f;
}

Damage damage_between(const Footprint& before, const Footprint& after) {
    Damage whole;
    if (before.width != after.width || before.height != after.height || !(before.clear == after.clear) ||
        before.width <= 0 || before.height <= 0) {
        return whole;
    }
    Damage damage;
    damage.whole = false;
    const Pairing pairing = pair_commands(before, after);
    // Unchanged commands drawn in another order may now cover each other differently.
    if (survivors(before, pairing.a_fate) != survivors(after, pairing.b_fate)) return whole;
    std::vector<SDL_Rect> rects;
    for (std::size_t i = 0; i < before.commands.size(); ++i) {
        const SDL_Rect& was = before.commands[i].bounds;
        if (pairing.a_fate[i] == Fate::Changed && !empty(was)) rects.push_back(was);
        if (pairing.a_fate[i] != Fate::Reclipped) continue;
        const SDL_Rect& is = after.commands[pairing.a_partner[i]].bounds;
        add_difference(was, is, rects);
        add_difference(is, was, rects);
    }
    for (std::size_t i = 0; i < after.commands.size(); ++i)
        if (pairing.b_fate[i] == Fate::Changed && !empty(after.commands[i].bounds))
            rects.push_back(after.commands[i].bounds);

    const std::int64_t screen = static_cast<std::int64_t>(after.width) * after.height;
    constexpr std::size_t kMostRects = 128;  // beyond this, merging costs more than it saves
    if (rects.size() > kMostRects) {
        SDL_Rect all = rects.front();
        for (const SDL_Rect& r : rects) all = united(all, r);
        rects = {all};
    }
    damage.rects = merged(std::move(rects));
    std::int64_t covered = 0;
    for (const SDL_Rect& r : damage.rects) covered += area(r);
    // Past half the screen one full redraw is cheaper than several partial ones.
    if (covered * 2 > screen) return whole;
    return damage;
}

}  // namespace platform
