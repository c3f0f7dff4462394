// The maintenance PIN, stored only as a salted, deliberately slow hash: Argon2id through libsodium's
// crypto_pwhash_str, whose output string carries its own random salt and cost parameters (so a later,
// costlier setting still verifies old hashes). Argon2id is memory-hard: guessing on a GPU costs memory per
// guess, which matters for a secret as short as a PIN should the data folder ever be copied. At the keypad,
// app/maintenance/pin_attempts bounds the guessing.
#pragma once
#include <filesystem>
#include <optional>
#include <string>

namespace platform {

// What one hash costs: libsodium's "interactive" level (64 MiB, ~0.1 s on a desktop, under a second on a
// Raspberry Pi 4) for real PINs; tests use the minimum.
struct PinCost {
    unsigned long long ops = 0;
    std::size_t mem_bytes = 0;
};
PinCost interactive_pin_cost();
PinCost cheapest_pin_cost();

constexpr std::size_t kMinPinDigits = 4;
constexpr std::size_t kMaxPinDigits = 12;

// 4 to 12 digits: what the on-screen keypad can type.
bool valid_pin(const std::string& pin);

// The hash string ("$argon2id$v=19$m=...,t=...,p=1$salt$hash"), or nothing when libsodium fails (out of memory).
std::optional<std::string> hash_pin(const std::string& pin, PinCost cost = interactive_pin_cost());

// Whether `pin` is the one `stored` was made from. Constant time in the PIN's value.
bool pin_matches(const std::string& stored, const std::string& pin);

// <data dir>/maintenance-pin: the hash and a newline; readable by the exhibit's user only.
std::filesystem::path pin_file(const std::filesystem::path& data_dir);
std::optional<std::string> read_pin_hash(const std::filesystem::path& data_dir);
bool write_pin_hash(const std::filesystem::path& data_dir, const std::string& hash, std::string* error = nullptr);

}  // namespace platform
