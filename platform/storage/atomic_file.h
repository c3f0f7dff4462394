// Small files that must never be found half-written (settings, the PIN hash, the PIN lockout), even after a
// power cut: written to a temporary file beside the target, flushed to the disk, then renamed over it.
#pragma once
#include <filesystem>
#include <optional>
#include <string>

#include <sys/types.h>

namespace platform {

// Replaces `path` with `bytes` atomically: a reader sees the old file or the new one, never a mix.
// `mode` is the new file's permission bits. False (and `error` set) on any failure; the old file is then intact.
bool write_file_atomically(const std::filesystem::path& path, const std::string& bytes, mode_t mode,
                           std::string* error = nullptr);

// The whole file, or nothing when it cannot be read. Files larger than `max_bytes` are refused.
std::optional<std::string> read_small_file(const std::filesystem::path& path, std::size_t max_bytes = 1 << 20);

}  // namespace platform
