// How content is read: a function from a path inside the assets folder to that file's bytes. platform/ reads the
// disk (make_read_file, which refuses what lies outside the folder or is not an ordinary file); tests and fuzzers
// read from memory.
#pragma once
#include <functional>
#include <optional>
#include <string>

namespace app {

struct FileBytes {
    std::optional<std::string> bytes;
    // When there are no bytes: empty if the file is simply not there; otherwise why it may not be read, in words a
    // curator can act on ("is a folder, not a file; ..."). Only the platform's reader sets it.
    std::string refused;

    FileBytes() = default;
    // Readers in tests return what they have, or std::nullopt for a missing file.
    FileBytes(std::optional<std::string> b) : bytes(std::move(b)) {}  // NOLINT(google-explicit-constructor)
    FileBytes(std::string b) : bytes(std::move(b)) {}                 // NOLINT(google-explicit-constructor)
    FileBytes(std::nullopt_t) {}                                      // NOLINT(google-explicit-constructor)
    static FileBytes refusal(std::string why) {
        FileBytes out;
        out.refused = std::move(why);
        return out;
    }
};

using ReadFile = std::function<FileBytes(const std::string& relative_path)>;

}  // namespace app
