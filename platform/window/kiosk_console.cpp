#include "window/kiosk_console.h"

#include <cerrno>
#include <cstring>

#ifdef __linux__
#include <linux/kd.h>
#include <linux/vt.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#endif

namespace platform {

std::string lock_kiosk_console() {
#ifdef __linux__
    // A virtual terminal is character device 4:1..63; KDGKBMODE answers only on a console.
    struct stat st {};
    int mode = 0;
    if (::fstat(STDIN_FILENO, &st) != 0 || !S_ISCHR(st.st_mode) || ::major(st.st_rdev) != 4) return {};
    const unsigned vt = ::minor(st.st_rdev);
    if (vt < 1 || vt > 63 || ::ioctl(STDIN_FILENO, KDGKBMODE, &mode) != 0) return {};
    std::string said = "console tty" + std::to_string(vt);
    // Allowed without privileges on one's own controlling terminal (the unit's StandardInput=tty-force).
    if (::ioctl(STDIN_FILENO, VT_ACTIVATE, vt) != 0)
        said += std::string(", not brought to the front: ") + std::strerror(errno);
    if (::ioctl(STDIN_FILENO, KDSKBMODE, K_OFF) != 0)
        said += std::string(", keyboard not switched off: ") + std::strerror(errno);
    else said += ", keyboard off";
    return said;
#else
    return {};
#endif
}

}  // namespace platform
