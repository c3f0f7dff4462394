#include "window/service_notify.h"

#include <systemd/sd-daemon.h>

#include <cstdint>
#include <cstdlib>

namespace platform {

ServiceNotify start_service_notify() {
    ServiceNotify notify;
    notify.under_systemd = std::getenv("NOTIFY_SOCKET") != nullptr;
    std::uint64_t watchdog_us = 0;
    // 0 = no watchdog for us; > 0 = it runs. Keeps the environment so a restart of the same process would see it.
    if (notify.under_systemd && sd_watchdog_enabled(0, &watchdog_us) > 0 && watchdog_us > 0)
        notify.ping_every_s = static_cast<double>(watchdog_us) / 1e6 / 2.0;
    return notify;
}

void notify_ready(ServiceNotify& notify) {
    if (!notify.under_systemd || notify.ready_sent) return;
    sd_notify(0, "READY=1\nSTATUS=Showing the exhibit");
    notify.ready_sent = true;
}

void notify_alive(ServiceNotify& notify, double now_s) {
    if (notify.ping_every_s <= 0 || now_s - notify.last_ping_s < notify.ping_every_s) return;
    sd_notify(0, "WATCHDOG=1");
    notify.last_ping_s = now_s;
}

double seconds_until_ping(const ServiceNotify& notify, double now_s) {
    if (notify.ping_every_s <= 0) return 3600.0;
    double due = notify.last_ping_s + notify.ping_every_s - now_s;
    return due > 0 ? due : 0.0;
}

void notify_stopping(const ServiceNotify& notify) {
    if (notify.under_systemd) sd_notify(0, "STOPPING=1");
}

}  // namespace platform
