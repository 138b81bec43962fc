#!/usr/bin/env bash
# run-fuzzer.sh — runs one libFuzzer target for a bounded time on a throw-away
# copy of its seed corpus; fails on any crash, leak, timeout or sanitizer report.
#
#   run-fuzzer.sh FUZZER ARTIFACT_DIR DICT MAX_LEN SEED... (files or folders)
#
# MAX_LEN is the largest input the fuzzer makes, in bytes: the door's size
# limit. Above 4096, tests/fuzz/make-corpus.py adds seeds that large (deep
# nesting, long strings, many keys), too large to keep in the tree.
#
# FUZZ_SECONDS (default 30) sets the time. A crashing input is kept in
# ARTIFACT_DIR (crash-<sha1>, leak-…, timeout-…) to reproduce with
# `FUZZER ARTIFACT_DIR/crash-…`. The seeds are copied, so the source tree is
# never written.
set -euo pipefail

fuzzer=$1 artifacts=$2 dict=$3 max_len=$4
shift 4
seconds=${FUZZ_SECONDS:-30}
name=$(basename "$fuzzer")

work=$(mktemp -d "${TMPDIR:-/tmp}/$name.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus" "$artifacts"

# Flat copy; names get a counter so that equal basenames from two folders
# (minimal.json, …) do not overwrite each other.
n=0
while IFS= read -r -d '' seed; do
  n=$((n + 1))
  cp "$seed" "$work/corpus/$n-$(basename "$seed")"
done < <(find "$@" -type f -print0)
if [ "$max_len" -gt 4096 ]; then
  python3 "$(dirname "$0")/make-corpus.py" large "$work/corpus" "$max_len"
  n=$(find "$work/corpus" -type f | wc -l)
fi
echo "$name: $n seed inputs (the largest $(find "$work/corpus" -type f -printf '%s\n' | sort -n | tail -n 1) bytes)," \
     "inputs up to $max_len bytes, $seconds s"

# GSlice would hide use-after-free and leaks from the sanitizers (GLib 2.74).
export G_SLICE=always-malloc
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}

status=0
"$fuzzer" -max_total_time="$seconds" -max_len="$max_len" -rss_limit_mb=2048 -timeout=10 \
  -print_final_stats=1 -dict="$dict" -artifact_prefix="$artifacts/" \
  "$work/corpus" >"$work/log" 2>&1 || status=$?

# The findings, or the closing lines with the figures.
if [ "$status" -ne 0 ] ||
   grep -qE 'ERROR: (Address|Leak|Undefined)Sanitizer|runtime error:|invariant failed' "$work/log"; then
  cat "$work/log"
  echo "$name: FAILED (exit $status); the input is in $artifacts/" >&2
  exit 1
fi
grep -E '^#[0-9]+.*(INITED|DONE)|^stat::|^Done ' "$work/log" || tail -n 5 "$work/log"
echo "$name: corpus $(find "$work/corpus" -type f | wc -l) inputs," \
     "$(du -sk "$work/corpus" | cut -f1) KiB after the run"
