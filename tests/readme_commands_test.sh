#!/usr/bin/env bash
# The README promises exactly two set-up commands and CI promises to run the second one.
# This keeps the three from drifting apart.
set -euo pipefail
root="$1"
ci_command=$(grep -v '^\s*#' "$root/.ci/run" | grep 'install-deps.sh' | sed 's/^\s*//')
commands=$(sed -n '/^## Set up/,/^## /p' "$root/README.md" | grep -E '^\s*deploy/install-deps.sh' | sed 's/^\s*//' || true)
count=$(printf '%s\n' "$commands" | grep -c . || true)
if [[ "$count" -ne 2 ]]; then
  echo "README's 'Set up' section should hold exactly two commands, found $count:"; printf '%s\n' "$commands"; exit 1
fi
if ! printf '%s\n' "$commands" | grep -qxF -- "$ci_command"; then
  echo ".ci/run runs a command that is not the README's test command:"; echo "  $ci_command"; exit 1
fi
if ! printf '%s\n' "$commands" | head -1 | grep -q -- 'exhibit'; then
  echo "the README's first command should build and run the exhibit"; exit 1
fi
echo "README and .ci/run agree"
