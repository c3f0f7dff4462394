// The door to the maintenance overlay on a kiosk: the stored PIN hash plus the wrong-PIN backoff, which is
// kept in the data folder so that pulling the plug does not reset it.
#pragma once
#include <filesystem>
#include <optional>
#include <string>

#include "maintenance/pin_attempts.h"

namespace platform {

struct PinGate {
    std::filesystem::path data_dir;
    std::optional<std::string> hash;  // nothing: no PIN set (exhibit --set-pin), so the kiosk cannot be opened
    app::PinAttempts attempts;
    app::PinBackoff backoff;
};

enum class PinVerdict { Right, Wrong, Wait, NoPinSet };

// Reads the hash and the attempts so far from `data_dir`.
PinGate open_pin_gate(const std::filesystem::path& data_dir);

// Checks `pin` at wall-clock time `now_unix`. While a lockout lasts the PIN is not even checked (Wait).
PinVerdict try_pin(PinGate& gate, const std::string& pin, double now_unix);

// <data dir>/maintenance-pin-attempts: "failures locked_until" on one line.
std::filesystem::path pin_attempts_file(const std::filesystem::path& data_dir);
std::optional<app::PinAttempts> parse_pin_attempts(const std::string& text);
std::string format_pin_attempts(const app::PinAttempts& attempts);

}  // namespace platform
