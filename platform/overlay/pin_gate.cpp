#include "overlay/pin_gate.h"

#include <cmath>
#include <iomanip>
#include <sstream>

#include "storage/atomic_file.h"
#include "overlay/pin.h"

namespace platform {

std::filesystem::path pin_attempts_file(const std::filesystem::path& data_dir) {
    return data_dir / "maintenance-pin-attempts";
}

std::optional<app::PinAttempts> parse_pin_attempts(const std::string& text) {
    std::istringstream in(text);
    app::PinAttempts a;
    if (!(in >> a.failures >> a.locked_until) || a.failures < 0 || !std::isfinite(a.locked_until)) return std::nullopt;
    return a;
}

std::string format_pin_attempts(const app::PinAttempts& a) {
    std::ostringstream out;
    out << a.failures << ' ' << std::fixed << std::setprecision(0) << a.locked_until << '\n';
    return out.str();
}

PinGate open_pin_gate(const std::filesystem::path& data_dir) {
    PinGate gate;
    gate.data_dir = data_dir;
    gate.hash = read_pin_hash(data_dir);
    if (auto text = read_small_file(pin_attempts_file(data_dir), 256))
        if (auto attempts = parse_pin_attempts(*text)) gate.attempts = *attempts;
    return gate;
}

PinVerdict try_pin(PinGate& gate, const std::string& pin, double now_unix) {
    if (!gate.hash) return PinVerdict::NoPinSet;
    if (app::pin_wait_s(gate.attempts, now_unix, gate.backoff) > 0) return PinVerdict::Wait;
    const bool right = pin_matches(*gate.hash, pin);
    const app::PinAttempts before = gate.attempts;
    if (right) {
        app::note_right_pin(gate.attempts);
    } else {
        app::note_wrong_pin(gate.attempts, now_unix, gate.backoff);
    }
    // Written only when it changed: a right PIN after a right PIN costs no write to the SD card. A failure to
    // write leaves the count in memory, which still protects until a restart.
    if (gate.attempts.failures != before.failures || gate.attempts.locked_until != before.locked_until)
        write_file_atomically(pin_attempts_file(gate.data_dir), format_pin_attempts(gate.attempts), 0600);
    return right ? PinVerdict::Right : PinVerdict::Wrong;
}

}  // namespace platform
