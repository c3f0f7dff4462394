#include "replay_script.h"

#include "text/number_text.h"

#include <cmath>
#include <sstream>

namespace app {
namespace {

bool parse_int(const std::string& s, std::int64_t& out) {
    if (s.empty()) return false;
    std::size_t used = 0;
    try {
        out = std::stoll(s, &used);
    } catch (...) { return false; }
    return used == s.size();
}

bool parse_float(const std::string& s, float& out) {
    if (s.empty()) return false;
    std::size_t used = 0;
    try {
        out = std::stof(s, &used);
    } catch (...) { return false; }
    return used == s.size() && std::isfinite(out);
}

std::string fraction(float v) { return fixed_decimals(static_cast<double>(v), 5); }

}  // namespace

std::vector<ReplayEvent> parse_replay(std::string_view text, const std::string& file, std::vector<Problem>& problems) {
    std::vector<ReplayEvent> events;
    std::istringstream in{std::string(text)};
    std::string line;
    int number = 0;
    std::int64_t last_ms = 0;
    while (std::getline(in, line)) {
        ++number;
        if (std::size_t hash = line.find('#'); hash != std::string::npos) line.erase(hash);
        std::istringstream words(line);
        std::vector<std::string> w;
        for (std::string word; words >> word;) w.push_back(word);
        if (w.empty()) continue;
        auto bad = [&](const std::string& why) { problems.push_back({file, number, 0, why}); };

        ReplayEvent e;
        if (!parse_int(w[0], e.ms) || e.ms < 0) {
            bad("a line starts with the time in milliseconds, a whole number from 0 up");
            continue;
        }
        if (e.ms < last_ms) {
            bad("time goes backwards (" + w[0] + " ms after " + std::to_string(last_ms) + " ms)");
            continue;
        }
        const std::string kind = w.size() > 1 ? w[1] : "";
        if (kind == "down" || kind == "move" || kind == "up") {
            e.kind = kind == "down"   ? ReplayEvent::Kind::Down
                     : kind == "move" ? ReplayEvent::Kind::Move
                                      : ReplayEvent::Kind::Up;
            if (w.size() != 5 || !parse_int(w[2], e.finger) || !parse_float(w[3], e.at.x) ||
                !parse_float(w[4], e.at.y)) {
                bad("expected \"<ms> " + kind + " <finger> <x> <y>\" with x and y as fractions of the window");
                continue;
            }
        } else if (kind == "key") {
            e.kind = ReplayEvent::Kind::Key;
            if (w.size() < 3) {
                bad("expected \"<ms> key <key name>\"");
                continue;
            }
            for (std::size_t i = 2; i < w.size(); ++i) e.key += (i > 2 ? " " : "") + w[i];
        } else if (kind == "wheel") {
            e.kind = ReplayEvent::Kind::Wheel;
            if (w.size() != 5 || !parse_float(w[2], e.lines) || !parse_float(w[3], e.at.x) ||
                !parse_float(w[4], e.at.y)) {
                bad("expected \"<ms> wheel <lines> <x> <y>\"");
                continue;
            }
        } else if (kind == "end") {
            e.kind = ReplayEvent::Kind::End;
            if (w.size() != 2) {
                bad("expected \"<ms> end\" with nothing after it");
                continue;
            }
        } else {
            bad("unknown event \"" + kind + "\"; use down, move, up, key, wheel or end");
            continue;
        }
        last_ms = e.ms;
        events.push_back(std::move(e));
    }
    return events;
}

std::string format_replay_event(const ReplayEvent& e) {
    const std::string ms = std::to_string(e.ms);
    switch (e.kind) {
        case ReplayEvent::Kind::Down:
            return ms + " down " + std::to_string(e.finger) + " " + fraction(e.at.x) + " " + fraction(e.at.y);
        case ReplayEvent::Kind::Move:
            return ms + " move " + std::to_string(e.finger) + " " + fraction(e.at.x) + " " + fraction(e.at.y);
        case ReplayEvent::Kind::Up:
            return ms + " up " + std::to_string(e.finger) + " " + fraction(e.at.x) + " " + fraction(e.at.y);
        case ReplayEvent::Kind::Key: return ms + " key " + e.key;
        case ReplayEvent::Kind::Wheel:
            return ms + " wheel " + fraction(e.lines) + " " + fraction(e.at.x) + " " + fraction(e.at.y);
        case ReplayEvent::Kind::End: return ms + " end";
    }
    return ms + " end";
}

ReplayEvent to_replay_event(const InputEvent& event, std::int64_t ms, const Screen& screen) {
    const float w = static_cast<float>(std::max(1, screen.width_px)),
                h = static_cast<float>(std::max(1, screen.height_px));
    ReplayEvent e;
    e.ms = ms;
    if (const auto* p = std::get_if<PointerEvent>(&event)) {
        e.kind = p->phase == PointerPhase::Down   ? ReplayEvent::Kind::Down
                 : p->phase == PointerPhase::Move ? ReplayEvent::Kind::Move
                                                  : ReplayEvent::Kind::Up;
        e.finger = p->finger;
        e.at = {p->pos.x / w, p->pos.y / h};
    } else if (const auto* wheel = std::get_if<WheelEvent>(&event)) {
        e.kind = ReplayEvent::Kind::Wheel;
        e.lines = wheel->lines;
        e.at = {wheel->pos.x / w, wheel->pos.y / h};
    } else if (const auto* key = std::get_if<KeyEvent>(&event)) {
        e.kind = ReplayEvent::Kind::Key;
        e.key = key->key;
    }
    return e;
}

bool to_input_event(const ReplayEvent& e, const Screen& screen, InputEvent& out) {
    const Vec2 pos{e.at.x * static_cast<float>(screen.width_px), e.at.y * static_cast<float>(screen.height_px)};
    switch (e.kind) {
        case ReplayEvent::Kind::Down: out = PointerEvent{PointerPhase::Down, e.finger, pos}; return true;
        case ReplayEvent::Kind::Move: out = PointerEvent{PointerPhase::Move, e.finger, pos}; return true;
        case ReplayEvent::Kind::Up: out = PointerEvent{PointerPhase::Up, e.finger, pos}; return true;
        case ReplayEvent::Kind::Key: out = KeyEvent{e.key}; return true;
        case ReplayEvent::Kind::Wheel: out = WheelEvent{pos, e.lines}; return true;
        case ReplayEvent::Kind::End: return false;
    }
    return false;
}

std::int64_t replay_length_ms(const std::vector<ReplayEvent>& events) { return events.empty() ? 0 : events.back().ms; }

}  // namespace app
