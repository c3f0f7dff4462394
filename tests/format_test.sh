#!/usr/bin/env bash
# The C++ of app/, platform/ and tests/ follows .clang-format: one style, so a diff shows what changed and not how a
# hand was set. Fix a file with `clang-format -i FILE`.
set -euo pipefail
root="$1"
cd "$root"
if ! command -v clang-format >/dev/null; then
  echo "clang-format is missing: deploy/install-deps.sh --test installs it"; exit 1
fi
mapfile -t files < <(git ls-files 'app/*.cpp' 'app/*.h' 'platform/*.cpp' 'platform/*.h' 'tests/*.cpp' 'tests/*.h' 2>/dev/null ||
                     find app platform tests -name '*.cpp' -o -name '*.h')
[ "${#files[@]}" -gt 100 ] || { echo "found only ${#files[@]} C++ files under $root"; exit 1; }
if ! clang-format --dry-run --Werror "${files[@]}" 2>/tmp/format_test.$$; then
  grep -m 20 'warning\|error' /tmp/format_test.$$ || true
  rm -f /tmp/format_test.$$
  echo "these files do not follow .clang-format: run clang-format -i on them"
  exit 1
fi
rm -f /tmp/format_test.$$
echo "${#files[@]} C++ files follow .clang-format"
