#!/usr/bin/env bash
# deploy/exhibit-kiosk picks the content the kiosk shows: $EXHIBIT_ASSETS, the current release, the previous one,
# the packaged one; the first that `exhibit --check` accepts. Runs it in a scratch install with a stand-in for the
# program: its --check accepts a folder with an exhibit.json and no file named BROKEN (what the real check accepts
# is app/'s business and tested there), and its --kiosk records what it was started with.
#   kiosk_wrapper_test.sh SOURCE_DIR
set -euo pipefail
source=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix="$tmp/usr"
mkdir -p "$prefix/bin" "$prefix/lib/exhibit" "$prefix/share/exhibit" "$tmp/content/releases"
tmp=$(readlink -f "$tmp")  # the wrapper names folders by their real path
prefix="$tmp/usr"
cp "$source/deploy/exhibit-kiosk" "$prefix/lib/exhibit/"
cat > "$prefix/bin/exhibit" <<STANDIN
#!/bin/sh
if [ "\$1" = --check ]; then
  echo "\$2" >> "$tmp/checks"
  [ -f "\$2/exhibit.json" ] && [ ! -e "\$2/BROKEN" ] && exit 0
  echo "\$2/exhibit.json:1:1: error: broken on purpose" >&2; exit 1
fi
echo "\$*\${LIBGL_ALWAYS_SOFTWARE:+ (LIBGL_ALWAYS_SOFTWARE=\$LIBGL_ALWAYS_SOFTWARE)}" > "$tmp/started"
STANDIN
chmod +x "$prefix/bin/exhibit"

# Content folders: the packaged one, two good releases, a broken one.
for d in "$prefix/share/exhibit/assets" "$tmp/content/releases/good-1" "$tmp/content/releases/good-2" \
         "$tmp/content/releases/broken"; do
  mkdir -p "$d"
  echo '{}' > "$d/exhibit.json"
done
touch "$tmp/content/releases/broken/BROKEN"

fail=0
run() {  # run NAME EXPECTED_ASSETS_DIR|RESTING [VAR=value ...]
  local name=$1 want=$2
  shift 2
  rm -f "$tmp/started"
  local rc=0
  env -u EXHIBIT_ASSETS -u EXHIBIT_OPTIONS EXHIBIT_CONTENT_DIR="$tmp/content" "$@" \
    "$prefix/lib/exhibit/exhibit-kiosk" > "$tmp/log" 2>&1 || rc=$?
  if [[ "$want" == RESTING ]]; then  # the exhibit starts on the packaged folder and shows its resting screen
    local started=""
    [[ -e "$tmp/started" ]] && started=$(cat "$tmp/started")
    if [[ "$started" == "--kiosk --assets $prefix/share/exhibit/assets"* ]] && grep -q 'no content that checks clean' "$tmp/log"; then
      echo "ok: $name -> exhibit $started (resting screen)"; return
    fi
    echo "FAIL: $name: expected the resting screen on the packaged folder, got '$started' (exit $rc)"; cat "$tmp/log"; fail=1; return
  fi
  local started=""
  [[ -e "$tmp/started" ]] && started=$(cat "$tmp/started")
  if [[ $rc -eq 0 && "$started" == "--kiosk --assets $want"* ]]; then
    echo "ok: $name -> exhibit $started"
  else
    echo "FAIL: $name: expected --kiosk --assets $want, got '$started' (exit $rc)"; cat "$tmp/log"; fail=1
  fi
}
set_link() { ln -sfn "releases/$2" "$tmp/content/$1"; }

run "nothing rolled out: the packaged content" "$prefix/share/exhibit/assets"
set_link current good-2
run "a good current release (its own folder, not the link)" "$tmp/content/releases/good-2"
set_link previous good-1
set_link current broken
run "a broken current release: the previous one" "$tmp/content/releases/good-1"
grep -q "not showing $tmp/content/current" "$tmp/log" || { echo "FAIL: the journal is not told why"; fail=1; }
rm "$tmp/content/previous"
run "broken current, no previous: the packaged content" "$prefix/share/exhibit/assets"
run "EXHIBIT_ASSETS wins when it checks clean" "$tmp/content/releases/good-1" EXHIBIT_ASSETS="$tmp/content/releases/good-1"
run "options from exhibit.conf are passed on" "$prefix/share/exhibit/assets" EXHIBIT_OPTIONS="--dpi 96 --renderer software"
[[ "$(cat "$tmp/started" 2>/dev/null)" == *"--dpi 96 --renderer software" ]] || { echo "FAIL: options not passed"; fail=1; }
# Crash loops: the exhibit stops soon after each start (time since boot injected, starts noted in RUNTIME_DIRECTORY).
mkdir -p "$tmp/run"
set_link previous good-1
set_link current good-2
loop() {  # loop NAME EXPECTED UPTIME
  run "$1" "$2" RUNTIME_DIRECTORY="$tmp/run" EXHIBIT_KIOSK_UPTIME="$3"
}
loop "crash loop, start 1: the current release" "$tmp/content/releases/good-2" 100
loop "crash loop, start 2 (10 s later)" "$tmp/content/releases/good-2" 110
loop "crash loop, start 3" "$tmp/content/releases/good-2" 120
loop "three quick stops in a row: the previous release" "$tmp/content/releases/good-1" 130
grep -q "not showing $tmp/content/releases/good-2 (from $tmp/content/current): the exhibit stopped 3 times in a row" "$tmp/log" \
  || { echo "FAIL: the journal is not told why the current release is passed over"; cat "$tmp/log"; fail=1; }
loop "the current release stays passed over" "$tmp/content/releases/good-1" 135
loop "… also minutes later, until the next boot" "$tmp/content/releases/good-1" 900
for t in 905 910; do loop "the previous release crash-loops too, start at $t s" "$tmp/content/releases/good-1" $t; done
loop "then the packaged content" "$prefix/share/exhibit/assets" 915
for t in 920 925; do loop "the packaged content crash-loops, start at $t s" "$prefix/share/exhibit/assets" $t; done
run "then the packaged content without the GPU" "$prefix/share/exhibit/assets" RUNTIME_DIRECTORY="$tmp/run" \
  EXHIBIT_KIOSK_UPTIME=930 EXHIBIT_OPTIONS="--dpi 96"
[[ "$(cat "$tmp/started" 2>/dev/null)" == *"--dpi 96 (LIBGL_ALWAYS_SOFTWARE=1)" ]] \
  || { echo "FAIL: not started with Mesa's software rasteriser: $(cat "$tmp/started" 2>/dev/null)"; fail=1; }
rm -rf "$tmp/run" && mkdir -p "$tmp/run"
loop "a run of over a minute is no crash: after a restart" "$tmp/content/releases/good-2" 1000
loop "restarted 5 minutes later" "$tmp/content/releases/good-2" 1300
loop "and again 2 minutes later" "$tmp/content/releases/good-2" 1420
loop "and again" "$tmp/content/releases/good-2" 1540
rm -rf "$tmp/run"
rm "$tmp/content/previous" "$tmp/content/current"

# Verdicts remembered in STATE_DIRECTORY: a folder that checked clean is not checked again until a file in it, or
# the program, changes; a folder that did not is checked every time.
mkdir -p "$tmp/state"
set_link current good-2
checks_of() { grep -cxF "$1" "$tmp/checks" 2>/dev/null || true; }
rm -f "$tmp/checks"
run "first start: checked" "$tmp/content/releases/good-2" STATE_DIRECTORY="$tmp/state"
run "second start: the verdict is remembered" "$tmp/content/releases/good-2" STATE_DIRECTORY="$tmp/state"
[[ $(checks_of "$tmp/content/releases/good-2") == 1 ]] || { echo "FAIL: checked $(checks_of "$tmp/content/releases/good-2") times, not once"; fail=1; }
echo changed > "$tmp/content/releases/good-2/notes.txt"
run "a file added to the folder: checked again" "$tmp/content/releases/good-2" STATE_DIRECTORY="$tmp/state"
[[ $(checks_of "$tmp/content/releases/good-2") == 2 ]] || { echo "FAIL: a changed folder was not checked again"; fail=1; }
touch -d '2001-01-01' "$prefix/bin/exhibit"
run "a new program: checked again" "$tmp/content/releases/good-2" STATE_DIRECTORY="$tmp/state"
[[ $(checks_of "$tmp/content/releases/good-2") == 3 ]] || { echo "FAIL: a new program did not check again"; fail=1; }
touch "$tmp/content/releases/good-2/BROKEN"
run "broken now: checked, refused, the packaged content" "$prefix/share/exhibit/assets" STATE_DIRECTORY="$tmp/state"
run "a refusal is not remembered: checked again" "$prefix/share/exhibit/assets" STATE_DIRECTORY="$tmp/state"
[[ $(checks_of "$tmp/content/releases/good-2") == 5 ]] || { echo "FAIL: a refused folder was not checked again"; fail=1; }
rm -f "$tmp/content/releases/good-2/BROKEN" "$tmp/content/releases/good-2/notes.txt" "$tmp/content/current"

touch "$prefix/share/exhibit/assets/BROKEN"
run "nothing checks clean: a clear message, and the resting screen rather than a dark one" RESTING
[[ $fail -eq 0 ]] || exit 1
echo "exhibit-kiosk: picks the right content in every case"
