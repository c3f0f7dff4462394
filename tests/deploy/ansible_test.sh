#!/usr/bin/env bash
# The fleet playbooks in deploy/ansible.
#   ansible_test.sh syntax  SOURCE_DIR   ansible-playbook --syntax-check on every playbook
#   ansible_test.sh lint    SOURCE_DIR   ansible-lint (offline)
#   ansible_test.sh content|rollback|prune|dryrun|status SOURCE_DIR
#       roll-out and refusal of bad content, rollback, pruning and interrupted copies, the status report: for real,
#       against this machine (local connection) in a scratch folder: no root, no systemd, no reboot
#       (exhibit_manage_system=false), a stand-in for `exhibit --check`
# Exit 77 (skipped) when the tool is missing (deploy/install-deps.sh --test installs ansible-core, ansible-lint).
set -euo pipefail
mode=$1
ansible_dir="$2/deploy/ansible"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
need() { command -v "$1" >/dev/null || { echo "SKIP: $1 is missing (deploy/install-deps.sh --test installs it)"; exit 77; }; }
export ANSIBLE_CONFIG="$ansible_dir/ansible.cfg" ANSIBLE_NOCOLOR=1 ANSIBLE_LOCAL_TEMP="$tmp/ansible-local" \
       ANSIBLE_REMOTE_TEMP="$tmp/ansible-remote" ANSIBLE_HOME="$tmp/ansible-home"

case "$mode" in
syntax)
  need ansible-playbook
  cd "$ansible_dir"
  ansible-playbook -i inventory.example.yml --syntax-check site.yml rollback.yml status.yml pin.yml
  ;;
lint)
  need ansible-lint
  cd "$ansible_dir"
  # ansible-lint keeps a cache in the home folder; give it a scratch one.
  HOME="$tmp" ansible-lint --offline --nocolor
  ;;
content|rollback|prune|dryrun|status)
  need ansible-playbook
  data="$tmp/kiosk/var/lib/exhibit"
  releases="$data/content/releases"
  mkdir -p "$releases" "$tmp/reports" "$tmp/controller-tmp"
  export TMPDIR="$tmp/controller-tmp"  # where the play packs its scratch archive: it must be gone afterwards
  # A stand-in for the kiosk's exhibit: --check accepts a folder with an exhibit.json and no BROKEN file.
  cat > "$tmp/exhibit" <<'STANDIN'
#!/bin/sh
case "$1" in
  --check) [ -f "$2/exhibit.json" ] && [ ! -e "$2/BROKEN" ] && exit 0
           echo "$2/exhibit.json:3:7: error: broken on purpose" >&2; exit 1 ;;
  --help) echo "Usage: exhibit [OPTION]..." ;;
esac
STANDIN
  chmod +x "$tmp/exhibit"
  make_content() {  # make_content DIR NAME: a content folder, with a build tool that must not be rolled out
    mkdir -p "$1/fonts"
    echo "{\"release\": \"$2\"}" > "$1/exhibit.json"
    echo "font" > "$1/fonts/a.ttf"
    echo "echo build tool" > "$1/build.sh"
  }
  for v in v1 v2 v3 v4 bad; do make_content "$tmp/src/$v" "$v"; done
  touch "$tmp/src/bad/BROKEN"
  # A kiosk that already had releases (as earlier roll-outs leave it): releases/NAME, current and previous.
  kiosk_with() {  # kiosk_with CURRENT PREVIOUS OTHER...
    local r
    for r in "$@"; do make_content "$releases/$r" "$r"; rm "$releases/$r/build.sh"; done
    ln -s "releases/$1" "$data/content/current"
    ln -s "releases/$2" "$data/content/previous"
  }
  printf 'kiosks:\n  hosts:\n    kiosk-test:\n      ansible_connection: local\n      ansible_python_interpreter: %s\n' \
    "$(PATH=/usr/bin:/bin command -v python3)" > "$tmp/inventory.yml"
  cat > "$tmp/vars.yml" <<VARS
exhibit_manage_system: false
exhibit_data_dir: $data
exhibit_binary: $tmp/exhibit
exhibit_content_owner: $(id -un)
exhibit_check_user: "$([[ $(id -u) -eq 0 ]] && id -un)"
exhibit_keep_releases: 1
exhibit_report_dir: $tmp/reports
VARS
  play() {  # play LOG PLAYBOOK ARGS...: runs it, output into LOG
    local log=$1; shift
    ansible-playbook -i "$tmp/inventory.yml" -e "@$tmp/vars.yml" -e ansible_become=false "$@" > "$tmp/$log.log" 2>&1
  }
  rollout() { play "rollout-$1" "$ansible_dir/site.yml" --tags content -e "exhibit_content_src=$tmp/src/$1" \
                -e "exhibit_content_version=$1"; }
  fail=0
  expect_links() {  # expect_links WHEN CURRENT PREVIOUS
    local cur prev
    cur=$(readlink "$data/content/current" 2>/dev/null || echo none)
    prev=$(readlink "$data/content/previous" 2>/dev/null || echo none)
    if [[ "$cur" == "releases/$2" && "$prev" == "$3" ]]; then echo "ok: $1: current=$cur previous=$prev"
    else echo "FAIL: $1: current=$cur previous=$prev (want releases/$2, $3)"; fail=1; fi
  }

  case "$mode" in
  content)
    rollout v1 || { cat "$tmp/rollout-v1.log"; exit 1; }
    expect_links "first release" v1 none
    [[ -f "$releases/v1/fonts/a.ttf" && ! -e "$releases/v1/build.sh" ]] \
      || { echo "FAIL: release v1 is not the content without its tools"; fail=1; }
    if rollout bad; then echo "FAIL: a release that does not check clean was rolled out"; fail=1
    else
      grep -q 'broken on purpose' "$tmp/rollout-bad.log" || { echo "FAIL: the refusal does not quote exhibit --check"; fail=1; }
      echo "ok: refused a release that does not check clean"
    fi
    expect_links "after the refused release" v1 none
    if compgen -G "$releases/bad*" >/dev/null; then echo "FAIL: the refused release left files"; fail=1; fi
    if compgen -G "$TMPDIR/*.exhibit-content.tar.gz" >/dev/null; then
      echo "FAIL: a scratch archive was left on the technician's machine: $(ls "$TMPDIR")"; fail=1
    else echo "ok: no scratch archive left behind"; fi
    ;;
  rollback)
    kiosk_with v2 v1
    play rollback "$ansible_dir/rollback.yml" --skip-tags status || { cat "$tmp/rollback.log"; exit 1; }
    expect_links "rollback" v1 releases/v2
    play rollback2 "$ansible_dir/rollback.yml" --skip-tags status || { cat "$tmp/rollback2.log"; exit 1; }
    expect_links "rollback of the rollback" v2 releases/v1
    ;;
  prune)
    kiosk_with v2 v1
    # An interrupted copy (a .partial folder) is cleared and never shown.
    mkdir -p "$releases/v3.partial" && touch "$releases/v3.partial/junk"
    rollout v3 || { cat "$tmp/rollout-v3.log"; exit 1; }
    expect_links "a new release" v3 releases/v2
    kept=$(cd "$releases" && echo *)
    if [[ "$kept" == "v2 v3" ]]; then echo "ok: pruned to current and previous: $kept"
    else echo "FAIL: releases kept: $kept (want v2 v3)"; fail=1; fi
    [[ ! -e "$releases/v3/junk" ]] || { echo "FAIL: an interrupted copy's leftovers got in"; fail=1; }
    if rollout v3 && grep -q 'changed=0' "$tmp/rollout-v3.log"; then echo "ok: the same release again changes nothing"
    else echo "FAIL: the same release again"; grep -E 'changed:|changed=' "$tmp/rollout-v3.log"; fail=1; fi
    ;;
  dryrun)
    # The whole site.yml with --check: it must run through and change nothing at all.
    touch "$tmp/before"
    play dryrun "$ansible_dir/site.yml" --check --skip-tags status -e "exhibit_content_src=$tmp/src/v1" -e exhibit_content_version=v1 \
      -e "exhibit_settings_file=$tmp/kiosk/etc/exhibit/exhibit.conf" || { cat "$tmp/dryrun.log"; exit 1; }
    changed=$(find "$tmp/kiosk" "$tmp/reports" -newer "$tmp/before" | grep -v '^$' || true)
    if [[ -z "$changed" ]]; then echo "ok: a dry run (--check) of site.yml runs through and writes nothing"
    else echo "FAIL: a dry run wrote: $changed"; fail=1; fi
    ;;
  status)
    kiosk_with v4 v3
    play status "$ansible_dir/status.yml" || { cat "$tmp/status.log"; exit 1; }
    report="$tmp/reports/fleet-status.md"
    if grep -q '| kiosk-test | .* | v4 | v3 |' "$report" && [[ -f "$tmp/reports/kiosk-test/journal.txt" ]]; then
      echo "ok: status report"; grep '| kiosk-test' "$report"
    else echo "FAIL: status report"; cat "$report" "$tmp/status.log"; fail=1; fi
    ;;
  esac
  [[ $fail -eq 0 ]] || exit 1
  echo "ansible $mode: as expected"
  ;;
*)
  echo "usage: $0 syntax|lint|content|rollback|prune|dryrun|status SOURCE_DIR" >&2; exit 2 ;;
esac
