// Rate limit for wrong maintenance PINs: a few free tries for fat fingers, then exponential backoff. Pure:
// time (wall-clock seconds, so a lockout survives a restart when platform/ stores it) is passed in.
//
// With the defaults, a 4-digit PIN (10,000 possibilities) guessed at the keypad takes years: after the third
// wrong PIN the pad waits 30 s, then 60 s, 120 s, ... up to an hour between tries.
#pragma once

namespace app {

struct PinBackoff {
    int free_failures = 3;     // wrong PINs allowed in a row before any wait
    double first_wait_s = 30;  // the wait after the first failure past the free ones
    double max_wait_s = 3600;  // the wait never grows past this
};

struct PinAttempts {
    int failures = 0;         // wrong PINs in a row since the last right one
    double locked_until = 0;  // no PIN is checked before this time
};

// Seconds to wait before a PIN may be tried at `now` (0: go ahead). Never more than the longest wait, even when
// the clock was set back after a lockout (a Raspberry Pi has no battery clock).
double pin_wait_s(const PinAttempts& attempts, double now, const PinBackoff& backoff = {});

// A wrong PIN at `now`: counts it and sets the next lockout.
void note_wrong_pin(PinAttempts& attempts, double now, const PinBackoff& backoff = {});

// The right PIN: the count starts again.
void note_right_pin(PinAttempts& attempts);

}  // namespace app
