#!/usr/bin/env bash
# exhibit.service is Type=notify with WatchdogSec=: systemd waits for READY=1 and kills the exhibit when WATCHDOG=1
# stops coming. So the program must send both (sd_notify, platform/window/service_notify). Looks for the messages in
# the built program.
#   notify_test.sh EXHIBIT_BINARY
set -euo pipefail
exe=$1
missing=()
for message in READY=1 WATCHDOG=1; do
  grep -aq "$message" "$exe" || missing+=("$message")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "FAIL: $exe never sends ${missing[*]} (sd_notify), but deploy/systemd/exhibit.service is Type=notify with"
  echo "WatchdogSec=: systemd would stop it as failing to start, again and again."
  exit 1
fi
echo "exhibit sends READY=1 and WATCHDOG=1 to systemd"
