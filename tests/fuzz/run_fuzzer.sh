#!/usr/bin/env bash
# Runs one libFuzzer target of a tests/sanitized/ build for a while, on its seed corpus and dictionary.
#   tests/fuzz/run_fuzzer.sh BUILD_DIR TARGET SECONDS [libFuzzer options...]
# New coverage goes to BUILD_DIR/corpus-run/TARGET (kept between runs); a crash, leak or timeout writes its input
# to BUILD_DIR/findings/ and fails. To keep a finding as a regression test, copy it to tests/fuzz/regressions/TARGET/.
# Exit 77 (CTest: skipped) when the build has no fuzzers (no clang/libFuzzer).
set -euo pipefail
build=$1 target=$2 seconds=$3
shift 3
fuzzer="$build/fuzz/fuzz_$target"
if [[ ! -x "$fuzzer" ]]; then
  echo "skipped: $fuzzer was not built (no clang with libFuzzer: apt-get install clang libclang-rt-14-dev)"
  exit 77
fi
mkdir -p "$build/corpus-run/$target" "$build/findings"
exec "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
  -error_exitcode=1 -timeout_exitcode=1 -dict="$build/corpus/fuzz.dict" -artifact_prefix="$build/findings/$target-" "$@" \
  "$build/corpus-run/$target" "$build/corpus/$target"
