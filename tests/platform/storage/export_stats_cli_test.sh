#!/usr/bin/env bash
# The program itself, as a technician would run it: a replay of three visitors counted into a fresh data folder
# with --export-stats, then a fourth who listens to the telegram in Portuguese, then the same statistics exported
# again from the folder alone.
set -euo pipefail
exhibit="$1"
replays="$2"
shift 2
run=("$@" "$exhibit")  # the emulator and its options first in a cross build, else the program alone
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

"${run[@]}" --replay "$replays/three-visitors_1280x720.replay" --size 1280x720 --data-dir "$dir/data" \
  --export-stats "$dir/first.csv" 2>"$dir/err" || { cat "$dir/err"; exit 1; }
"${run[@]}" --replay "$replays/listen-telegram_pt_1280x720.replay" --view telegram --language pt --size 1280x720 \
  --data-dir "$dir/data" --export-stats "$dir/second.csv" 2>"$dir/err" || { cat "$dir/err"; exit 1; }
"${run[@]}" --data-dir "$dir/data" --export-stats "$dir/again.csv"
cmp "$dir/second.csv" "$dir/again.csv"

# Sum the count column of one record kind (optionally one language or item) in one export.
count() { awk -F, -v r="$2" -v k="${3:-}" '$1 == r && (k == "" || $3 == k || $4 == k) { n += $5 } END { print n + 0 }' "$1"; }
fail=0
csv="$dir/first.csv"
expect() {
  local got; got=$(count "$csv" "$2" "${3:-}")
  if [[ "$got" != "$1" ]]; then echo "expected $1 for $2 ${3:-} in $(basename "$csv"), got $got"; fail=1; fi
}
head -1 "$dir/first.csv" | grep -qx 'record,day,language,item,count,seconds' || { echo "wrong header"; fail=1; }
expect 3 sessions
expect 1 sessions en
expect 1 sessions ru
expect 1 sessions pt
expect 2 idle_resets
expect 3 views telegram
expect 1 card_opens
expect 1 card_dwell
expect 1 touches
expect 0 listens
# The fourth visitor: one tap on the page, one on Listen (a button, not the page), the narration still playing.
csv="$dir/second.csv"
expect 4 sessions
expect 2 sessions pt
expect 2 touches
expect 1 listens telegram
expect 1 listens pt
expect 0 listen_time
"${run[@]}" --data-dir "$dir/data" --export-stats - | cmp - "$dir/second.csv" || { echo "stdout export differs"; fail=1; }
if "${run[@]}" --data-dir "$dir/nothing-here" --export-stats "$dir/none.csv" 2>/dev/null; then
  echo "exporting from a folder without statistics should fail"; fail=1
fi
[[ $fail -eq 0 ]] && echo "export counts are right"
exit $fail
