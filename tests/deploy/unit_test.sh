#!/usr/bin/env bash
# Checks deploy/systemd/exhibit.service with systemd's own tools, offline (no running systemd needed).
#   unit_test.sh verify   SOURCE_DIR STAGED_PREFIX   systemd-analyze verify, with ExecStart pointing at the wrapper
#                                                    installed into STAGED_PREFIX (what the package installs)
#   unit_test.sh security SOURCE_DIR                 systemd-analyze security --offline=true: exposure <= 2.0
#   unit_test.sh settings SOURCE_DIR                 the settings the kiosk relies on are there
# Exit 77 (skipped) when systemd-analyze is missing: deploy/install-deps.sh --test installs it (package systemd).
set -euo pipefail
mode=$1
unit="$2/deploy/systemd/exhibit.service"
max_exposure=2.0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

need_analyze() {
  if ! command -v systemd-analyze >/dev/null; then
    echo "SKIP: systemd-analyze is missing (Debian package systemd; deploy/install-deps.sh --test installs it)"
    exit 77
  fi
}

case "$mode" in
verify)
  need_analyze
  prefix=$3
  wrapper="$prefix/lib/exhibit/exhibit-kiosk"
  [[ -x "$wrapper" && -x "$prefix/bin/exhibit" ]] || { echo "not installed into $prefix: $wrapper, $prefix/bin/exhibit"; exit 1; }
  # verify insists that ExecStart's program exists: point it at the staged copy.
  sed "s#^ExecStart=/usr/lib/exhibit/exhibit-kiosk#ExecStart=$wrapper#" "$unit" > "$tmp/exhibit.service"
  grep -q "^ExecStart=$wrapper\$" "$tmp/exhibit.service" || { echo "ExecStart is not /usr/lib/exhibit/exhibit-kiosk"; exit 1; }
  set +e
  out=$(cd "$tmp" && systemd-analyze verify ./exhibit.service 2>&1)
  rc=$?
  set -e
  printf '%s\n' "$out"
  # verify exits 0 on unknown keys and unparsable values (it only warns), so any word about our unit fails.
  if [[ $rc -ne 0 ]] || grep -q 'exhibit.service' <<<"$out"; then
    echo "FAIL: systemd-analyze verify complains about exhibit.service (exit $rc)"
    exit 1
  fi
  echo "systemd-analyze verify: clean"
  ;;
security)
  need_analyze
  cp "$unit" "$tmp/exhibit.service"
  out=$(cd "$tmp" && systemd-analyze security --offline=true ./exhibit.service 2>&1) || true
  line=$(grep -E 'Overall exposure level for exhibit.service: [0-9.]+' <<<"$out" || true)
  if [[ -z "$line" ]]; then
    printf '%s\n' "$out"; echo "FAIL: no exposure level in systemd-analyze security's output"; exit 1
  fi
  exposure=$(sed -E 's/.*: ([0-9.]+).*/\1/' <<<"$line")
  grep -E '^✗' <<<"$out" || true   # what still counts against the unit, for the log
  echo "$line"
  if awk -v e="$exposure" -v m="$max_exposure" 'BEGIN { exit !(e > m) }'; then
    echo "FAIL: exposure $exposure is above $max_exposure"; exit 1
  fi
  echo "exposure $exposure <= $max_exposure"
  ;;
settings)
  fail=0
  expect() {  # expect REGEX WHY
    if ! grep -Eq "$1" "$unit"; then echo "missing: $1  ($2)"; fail=1; fi
  }
  refuse() {
    if grep -Eq "$1" "$unit"; then echo "present: $1  ($2)"; fail=1; fi
  }
  expect '^ExecStart=/usr/lib/exhibit/exhibit-kiosk$' 'the wrapper that picks content and execs exhibit --kiosk'
  expect '^Type=notify$' 'ready after the first frame'
  expect '^NotifyAccess=main$' 'only the exhibit itself notifies'
  expect '^WatchdogSec=[0-9]+s?$' 'a hung frame loop is restarted'
  expect '^Restart=always$' 'restart on any exit'
  expect '^RestartSec=[0-9]+(ms|s)?$' 'restart soon'
  expect '^StartLimitIntervalSec=0$' 'never give up'
  expect '^User=exhibit$' 'unprivileged'
  expect '^SupplementaryGroups=video render input audio$' '/dev/dri, /dev/input and /dev/snd'
  expect '^Environment=SDL_VIDEODRIVER=kmsdrm$' 'no desktop'
  expect '^PrivateNetwork=yes$' 'no network'
  expect '^RestrictAddressFamilies=AF_UNIX AF_NETLINK$' 'SDL input needs a netlink socket to start'
  expect '^DeviceAllow=char-drm rw$' 'display'
  expect '^DeviceAllow=char-input r$' 'touch'
  expect '^DeviceAllow=char-alsa rw$' 'narration'
  expect '^Environment=SDL_AUDIODRIVER=alsa$' 'sound without a desktop'
  expect '^ProtectSystem=strict$' 'read-only OS'
  expect '^ReadWritePaths=-/var/lib/exhibit/data$' 'its data folder writable, the content not'
  expect '^Environment=STATE_DIRECTORY=/var/lib/exhibit/data$' 'the program finds its data folder'
  refuse '^(StateDirectory|WorkingDirectory)=' 'would make a failed data partition mount keep the exhibit dark'
  expect '^StandardOutput=journal$' 'logs in the journal, not on the screen'
  expect '^TTYPath=/dev/tty1$' 'keyboard muted by SDL on its controlling VT'
  refuse '^TTYReset=yes' 'turns the keyboard back on around every run: live keys while the exhibit restarts'
  expect '^After=var-lib-exhibit.mount$' 'the nofail data partition mounted before the exhibit starts'
  refuse '^RequiresMountsFor=' 'a failed data partition would keep the exhibit dark'
  expect '^ExecStartPre=\+/bin/systemd-tmpfiles --create /usr/lib/tmpfiles.d/exhibit.conf$' 'its folders, also on a data partition mounted late'
  expect '^RuntimeDirectory=exhibit$' 'exhibit-kiosk notes each start to pass over a crash-looping release'
  expect '^RuntimeDirectoryPreserve=yes$' '… and the notes outlive the restarts they count'
  expect '^WantedBy=multi-user.target$' 'starts at boot once enabled'
  refuse '^PrivateDevices=yes' 'would hide /dev/dri and /dev/input'
  refuse '^MemoryDenyWriteExecute=yes' 'Mesa llvmpipe fallback needs executable memory'
  [[ $fail -eq 0 ]] || exit 1
  echo "unit settings: as the kiosk needs them"
  ;;
*)
  echo "usage: $0 verify|security|settings SOURCE_DIR [STAGED_PREFIX]" >&2; exit 2 ;;
esac
