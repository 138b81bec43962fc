#!/bin/bash
# startup-bench.sh — time to the first painted window and resident memory, against a bare libadwaita window
#
# Copyright 2026 The Stackwise authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   tests/startup-bench.sh [-C BUILDDIR] [-n ROUNDS] [-w WARMUP] [-k] [BENCH_DIR]
#
# Runs the startup bench (BENCH_DIR, default ../shared/tools/startup-bench
# next to the source tree) on a copy in a temporary directory, since the
# original may be read-only: its own Xvfb and session bus, the bare
# libadwaita window and the built stackwise interleaved, a fresh HOME for
# every run. Then prints the two figures of the budget:
#
#   paint ratio, paired: median over rounds of stackwise's paint_ms divided
#                        by bare-adw's in the same round (budget: 1.25)
#   rss difference:      median rss_kb of stackwise minus bare-adw's
#                        (budget: 15 MB = 15360 kB)
#
# Times on a shared or busy machine are noisy: compare paired ratios from
# several runs, and cpu_ms. Not a meson test: it takes a few minutes.
#
# Options:
#   -C DIR   the meson build directory (default: build)
#   -n N     measured rounds (15)
#   -w W     warm-up rounds, not counted (2)
#   -k       keep the output directory (raw.tsv, logs, screenshots)
#   -h       this help
#
# Exit status: the bench's (0 all runs good, 3 some runs failed, 1 setup
# error); 2 on a usage error.

set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
srcdir=$(dirname "$here")

usage() { sed -n '7,/^$/{s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"; }
die() { echo "startup-bench.sh: $*" >&2; exit 1; }

builddir=$srcdir/build
rounds=15
warmup=2
keep=0
while getopts "C:n:w:kh" opt; do
  case $opt in
    C) builddir=$OPTARG ;;
    n) rounds=$OPTARG ;;
    w) warmup=$OPTARG ;;
    k) keep=1 ;;
    h) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -le 1 ] || { usage >&2; exit 2; }
benchdir=${1:-$srcdir/../shared/tools/startup-bench}
# A worktree sits one level deeper than the main checkout.
if [ $# -eq 0 ] && [ ! -d "$benchdir" ] && [ -d "$srcdir/../../shared/tools/startup-bench" ]; then
  benchdir=$srcdir/../../shared/tools/startup-bench
fi

builddir=$(cd "$builddir" 2>/dev/null && pwd) || die "no build directory ${builddir}"
app=$builddir/src/stackwise
schemas=$builddir/data
[ -x "$app" ] || die "$app is not built (meson compile -C $builddir)"
[ -f "$schemas/gschemas.compiled" ] || die "no compiled settings schema in $schemas"
[ -x "$benchdir/bench" ] || die "no startup bench in $benchdir"
# The bench splits each command on blanks.
case $app in *[[:space:]]*) die "the build path must not contain blanks: $app" ;; esac

tmp=$(mktemp -d "${TMPDIR:-/tmp}/stackwise-startup-bench.XXXXXX") || die "cannot make a temporary directory"
if [ $keep = 0 ]; then
  trap 'rm -rf "$tmp"' EXIT
fi
cp -r "$benchdir" "$tmp/bench" || die "cannot copy $benchdir"

"$tmp/bench/bench" -n "$rounds" -w "$warmup" -o "$tmp/out" \
  -e "GSETTINGS_SCHEMA_DIR=$schemas" \
  -L adw,stackwise bare-adw "$app"
status=$?
[ -f "$tmp/out/raw.tsv" ] || exit $status

echo
awk -F'\t' '
function median(a, n,   i, j, t) {
  for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
  return n == 0 ? "NA" : (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
$col["phase"] == "measure" && $col["status"] == "ok" {
  who = $col["label"]; r = $col["round"]
  paint[who, r] = $col["paint_ms"]
  n[who]++
  p[who, n[who]] = $col["paint_ms"]; m[who, n[who]] = $col["rss_kb"]; c[who, n[who]] = $col["cpu_ms"]
}
END {
  for (who in n) {
    delete a; for (i = 1; i <= n[who]; i++) a[i] = p[who, i]; mp[who] = median(a, n[who])
    delete a; for (i = 1; i <= n[who]; i++) a[i] = m[who, i]; mm[who] = median(a, n[who])
    delete a; for (i = 1; i <= n[who]; i++) a[i] = c[who, i]; mc[who] = median(a, n[who])
  }
  k = 0; delete a
  for (key in paint) {
    split(key, part, SUBSEP)
    if (part[1] == "stackwise" && ((("adw", part[2]) in paint)) && paint["adw", part[2]] > 0)
      a[++k] = paint[key] / paint["adw", part[2]]
  }
  if (k == 0 || !("adw" in n) || !("stackwise" in n)) { print "startup-bench.sh: no paired rounds"; exit 1 }
  ratio = median(a, k)
  diff = mm["stackwise"] - mm["adw"]
  printf "%-10s paint_ms %7.1f  cpu_ms %7.1f  rss_kb %7d\n", "bare-adw", mp["adw"], mc["adw"], mm["adw"]
  printf "%-10s paint_ms %7.1f  cpu_ms %7.1f  rss_kb %7d\n", "stackwise", mp["stackwise"], mc["stackwise"], mm["stackwise"]
  printf "paint ratio, paired: %.2f (budget 1.25: %s), over %d rounds\n", ratio, ratio <= 1.25 ? "within" : "OVER", k
  printf "rss difference: %+d kB = %+.1f MB (budget +15 MB: %s)\n", diff, diff / 1024, diff <= 15360 ? "within" : "OVER"
}' "$tmp/out/raw.tsv" || status=1

[ $keep = 1 ] && echo "output kept in $tmp/out"
exit $status
