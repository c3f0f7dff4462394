// The kiosk's console (tty1, given to the exhibit by its systemd unit as standard input): brought to the front and
// its keyboard switched off for the kernel, before SDL starts and for good.
#pragma once
#include <string>

namespace platform {

// When standard input is a Linux virtual terminal (the kiosk service; not a desktop, an SSH session or a test):
// - makes it the visible console (VT_ACTIVATE), so that a console a visitor's keyboard switched to while the
//   exhibit restarted is left again, and the keys go nowhere;
// - sets its keyboard to K_OFF, so that the kernel acts on no key (no console switching, no Ctrl+Alt+Del). SDL
//   sets K_OFF too, but on exit (and on a crash it catches) restores the mode it found; finding K_OFF, it leaves
//   the keyboard off in the seconds before systemd starts the exhibit again.
// Returns what it did, for the journal; empty when standard input is not a virtual terminal.
std::string lock_kiosk_console();

}  // namespace platform
