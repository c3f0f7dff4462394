#include "overlay/pin.h"

#include <algorithm>

#include <sodium.h>

#include "storage/atomic_file.h"

namespace platform {
namespace {

bool sodium_ready() {
    static const bool ready = sodium_init() >= 0;  // thread-safe, idempotent; 1 means "already done"
    return ready;
}

}  // namespace

PinCost interactive_pin_cost() { return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE}; }
PinCost cheapest_pin_cost() { return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN}; }

bool valid_pin(const std::string& pin) {
    return pin.size() >= kMinPinDigits && pin.size() <= kMaxPinDigits &&
           std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<std::string> hash_pin(const std::string& pin, PinCost cost) {
    if (!sodium_ready()) return std::nullopt;
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, pin.data(), pin.size(), cost.ops, cost.mem_bytes) != 0) return std::nullopt;
    return std::string(out);
}

bool pin_matches(const std::string& stored, const std::string& pin) {
    if (!sodium_ready() || stored.empty() || stored.size() >= crypto_pwhash_STRBYTES) return false;
    // crypto_pwhash_str_verify wants a NUL-terminated string of at most STRBYTES.
    char hash[crypto_pwhash_STRBYTES] = {};
    std::copy(stored.begin(), stored.end(), hash);
    return crypto_pwhash_str_verify(hash, pin.data(), pin.size()) == 0;
}

std::filesystem::path pin_file(const std::filesystem::path& data_dir) { return data_dir / "maintenance-pin"; }

std::optional<std::string> read_pin_hash(const std::filesystem::path& data_dir) {
    std::optional<std::string> text = read_small_file(pin_file(data_dir), 4096);
    if (!text) return std::nullopt;
    while (!text->empty() && (text->back() == '\n' || text->back() == '\r')) text->pop_back();
    if (text->empty()) return std::nullopt;
    return text;
}

bool write_pin_hash(const std::filesystem::path& data_dir, const std::string& hash, std::string* error) {
    return write_file_atomically(pin_file(data_dir), hash + "\n", 0600, error);
}

}  // namespace platform
