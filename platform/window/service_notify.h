#pragma once
// Talking to systemd (deploy/systemd/exhibit.service is Type=notify with WatchdogSec=): READY=1 once the first frame
// is on the screen, WATCHDOG=1 at half the watchdog interval while the main loop runs, STOPPING=1 on the way out.
// Outside systemd (a desktop, the tests) every call does nothing.
namespace platform {

struct ServiceNotify {
    bool under_systemd = false;  // NOTIFY_SOCKET is set
    double ping_every_s = 0;     // half of WatchdogSec; 0 when systemd runs no watchdog
    double last_ping_s = -1e9;
    bool ready_sent = false;
};

ServiceNotify start_service_notify();
// After the first frame is presented: systemd counts the service as started.
void notify_ready(ServiceNotify& notify);
// Each pass of the main loop: pings the watchdog when it is due. A hung loop stops the pings and systemd restarts us.
void notify_alive(ServiceNotify& notify, double now_s);
// How long the idle loop may sleep before the next ping is due (a large number without a watchdog).
double seconds_until_ping(const ServiceNotify& notify, double now_s);
void notify_stopping(const ServiceNotify& notify);

}  // namespace platform
