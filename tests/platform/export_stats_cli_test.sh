#!/usr/bin/env bash
# The program itself, as a technician would run it: a replay of three visitors counted into a fresh data folder
# with --export-stats, then the same statistics exported again from the folder alone.
set -euo pipefail
exhibit="$1"
replay="$2"
shift 2
run=("$@" "$exhibit")  # the emulator and its options first in a cross build, else the program alone
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

"${run[@]}" --replay "$replay" --size 1280x720 --data-dir "$dir/data" --export-stats "$dir/first.csv" 2>"$dir/err" ||
  { cat "$dir/err"; exit 1; }
"${run[@]}" --data-dir "$dir/data" --export-stats "$dir/again.csv"
cmp "$dir/first.csv" "$dir/again.csv"

# Sum the count column of one record kind (optionally one language or item).
count() { awk -F, -v r="$1" -v k="${2:-}" '$1 == r && (k == "" || $3 == k || $4 == k) { n += $5 } END { print n + 0 }' "$dir/first.csv"; }
fail=0
expect() {
  local got; got=$(count "$2" "${3:-}")
  if [[ "$got" != "$1" ]]; then echo "expected $1 for $2 ${3:-}, got $got"; fail=1; fi
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
"${run[@]}" --data-dir "$dir/data" --export-stats - | cmp - "$dir/first.csv" || { echo "stdout export differs"; fail=1; }
if "${run[@]}" --data-dir "$dir/nothing-here" --export-stats "$dir/none.csv" 2>/dev/null; then
  echo "exporting from a folder without statistics should fail"; fail=1
fi
[[ $fail -eq 0 ]] && echo "export counts are right"
exit $fail
