#include "loading/read_inside.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "loading/assets_dir.h"
#include "content/read/content_limits.h"
#include "content/problem.h"

namespace platform {
namespace {

namespace fs = std::filesystem;

bool is_inside(const fs::path& root, const fs::path& path) {
    auto [r, p] = std::mismatch(root.begin(), root.end(), path.begin(), path.end());
    return r == root.end() && p != path.end();
}

const char* kind_of(mode_t mode) {
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISFIFO(mode)) return "a pipe (FIFO)";
    if (S_ISSOCK(mode)) return "a socket";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
    return "not an ordinary file";
}

app::FileBytes not_ordinary(mode_t mode) {
    if (S_ISDIR(mode))
        return app::FileBytes::refusal("this is a folder, not a file; put the file itself here under this name");
    return app::FileBytes::refusal(std::string("this is ") + kind_of(mode) +
                                   ", not an ordinary file, and the exhibit reads only ordinary files; put the file "
                                   "itself here under this name");
}

app::FileBytes too_large(std::size_t bytes) {
    return app::FileBytes::refusal("the file is " + app::format_megabytes(bytes) + ", more than the " +
                                   app::format_megabytes(app::kMaxFileBytes) +
                                   " any content file may be; it was not read: is this the right file?");
}

// Closes the descriptor whatever happens.
struct Fd {
    int fd;
    ~Fd() {
        if (fd >= 0) ::close(fd);
    }
};

}  // namespace

app::FileBytes read_inside(const fs::path& root, const std::string& relative) {
    if (!is_safe_relative_path(relative))
        return app::FileBytes::refusal("the path must be relative to the assets folder and stay inside it");
    std::error_code ec;
    const fs::path real_root = fs::canonical(root, ec);
    if (ec) return {};  // the folder itself is gone: every file is missing
    const fs::path full = root / relative;
    if (!fs::exists(fs::symlink_status(full, ec))) return {};
    const fs::path real = fs::canonical(full, ec);  // resolves links in every part of the path
    if (ec) {
        return app::FileBytes::refusal(
            "this is a symbolic link to something that is not there; put the file itself here under this name");
    }
    if (!is_inside(real_root, real)) {
        return app::FileBytes::refusal("this path leads through a symbolic link to \"" + real.string() +
                                       "\", outside the assets folder, and the exhibit reads nothing outside it; put a "
                                       "copy of the file here in place of the link");
    }
    struct stat st {};
    if (::stat(real.c_str(), &st) != 0) return {};
    if (!S_ISREG(st.st_mode)) return not_ordinary(st.st_mode);
    if (static_cast<std::size_t>(st.st_size) > app::kMaxFileBytes)
        return too_large(static_cast<std::size_t>(st.st_size));

    // O_NONBLOCK: should the name have become a pipe since the stat above, opening it must not wait for a writer.
    Fd file{::open(real.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)};
    if (file.fd < 0 || ::fstat(file.fd, &st) != 0) {
        return app::FileBytes::refusal(std::string("the file cannot be opened (") + std::strerror(errno) +
                                       "); check that the exhibit may read it");
    }
    if (!S_ISREG(st.st_mode)) return not_ordinary(st.st_mode);
    std::string bytes;
    // Room for the whole file at once: grown step by step, a 4.8 MB narration or a 1 MB font was copied several
    // times over, and the string kept up to twice the file's size for as long as it lived (the fonts do).
    bytes.reserve(static_cast<std::size_t>(st.st_size));
    char buffer[1 << 16];
    while (true) {
        const ssize_t got = ::read(file.fd, buffer, sizeof buffer);
        if (got == 0) break;
        if (got < 0) {
            if (errno == EINTR) continue;
            return app::FileBytes::refusal(std::string("the file cannot be read (") + std::strerror(errno) + ")");
        }
        bytes.append(buffer, static_cast<std::size_t>(got));
        if (bytes.size() > app::kMaxFileBytes) return too_large(bytes.size());  // it grew while being read
    }
    return bytes;
}

}  // namespace platform
