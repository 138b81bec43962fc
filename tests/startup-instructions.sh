#!/bin/bash
# startup-instructions.sh — instructions to the first frame, against a bare libadwaita window
#
# Copyright 2026 The Stackwise authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   tests/startup-instructions.sh [-C BUILDDIR] [-n ROUNDS] [-t TOP] [-k] [BENCH_DIR]
#
# Counts, with valgrind's callgrind, the instructions a program's main
# thread executes from its start up to the end of its first
# gsk_renderer_render (the first frame drawn), for the bare libadwaita
# window of the startup bench
# (BENCH_DIR, default ../shared/tools/startup-bench next to the source tree,
# or next to its parent)
# and for BUILDDIR/src/stackwise, in interleaved rounds. Unlike a time, the
# count hardly depends on the machine's load, so it can be compared from
# one run to the next. Prints every count and the ratio of the medians
# (budget: 1.25).
#
# Only the main thread is counted: it is the one the first frame waits for,
# and GTK's worker threads (icons are loaded in a thread pool) get further
# before that frame in one run than in another. Even so, one piece of work
# goes to whichever thread needs it first: loading gdk-pixbuf's SVG loader
# (about 65 M instructions) sometimes lands in the main thread before the
# first frame, in either program. A run with it shows as a step of that size;
# compare runs of the same kind, and prefer several rounds.
#
# Both programs run as the startup bench runs them: on an X server of
# their own (build-aux/with-xvfb, 1920x1080), one session bus for all runs,
# GSK_RENDERER=cairo, GDK_BACKEND=x11, and a fresh HOME and XDG folders for
# every run, so no setting or cache of an earlier run is reused.
#
# Options:
#   -C DIR   the meson build directory (default: build)
#   -n N     measured rounds (3); each takes about 30 seconds
#   -t TOP   also print the TOP functions whose inclusive cost grew most
#            from the bare window to stackwise (first round; 0: none)
#   -k       keep the callgrind files (callgrind_annotate --inclusive=yes FILE)
#   -h       this help
#
# Exit status: 0 when every run counted, 1 when one failed or on a setup
# error, 2 on a usage error. It is a benchmark: it never fails on the figure.

set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
srcdir=$(dirname "$here")

usage() { sed -n '7,/^$/{s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"; }
die() { echo "startup-instructions.sh: $*" >&2; exit 1; }

# One callgrind run: OUT_PREFIX COMMAND…; prints the instruction count.
# The program keeps running after its first frame, so it is ended (by the
# process id of its valgrind) once the dump is complete.
count_one() {
  local prefix=$1 run pid dump status
  shift
  run=$(mktemp -d "$SW_TMP/home.XXXXXX") || return 1
  mkdir -p "$run/config" "$run/cache" "$run/data" "$run/state" "$run/runtime"
  chmod 700 "$run/runtime"
  env -u GTK_DEBUG -u GDK_DEBUG -u GSK_DEBUG -u GTK_THEME -u GTK_MODULES -u GDK_SCALE \
      -u GDK_DPI_SCALE -u G_MESSAGES_DEBUG -u G_DEBUG -u GTK_A11Y -u WAYLAND_DISPLAY \
      HOME="$run" XDG_CONFIG_HOME="$run/config" XDG_CACHE_HOME="$run/cache" \
      XDG_DATA_HOME="$run/data" XDG_STATE_HOME="$run/state" XDG_RUNTIME_DIR="$run/runtime" \
      GSK_RENDERER=cairo GDK_BACKEND=x11 NO_AT_BRIDGE=1 GSETTINGS_SCHEMA_DIR="$SW_SCHEMAS" \
      valgrind --tool=callgrind --separate-threads=yes --dump-after=gsk_renderer_render \
        --callgrind-out-file="$prefix.%p" "$@" >"$prefix.log" 2>&1 &
  pid=$!
  dump=$prefix.$pid.1-01
  # callgrind writes "totals:" last; 3 minutes at most.
  for _ in $(seq 900); do
    grep -q '^totals:' "$dump" 2>/dev/null && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  kill "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  rm -rf "$run"
  if ! grep -q '^totals:' "$dump" 2>/dev/null; then
    echo "startup-instructions.sh: no first frame from $* (see $prefix.log)" >&2
    return 1
  fi
  mv "$dump" "$prefix.callgrind"
  rm -f "$prefix".[0-9]*
  awk '/^totals:/ { print $2 }' "$prefix.callgrind"
}

# The TOP functions (by name) whose inclusive cost grew most.
print_growth() {
  local base=$1 app=$2 top=$3
  for f in "$base" "$app"; do
    callgrind_annotate --inclusive=yes --threshold=100 "$f" 2>/dev/null >"$f.incl"
  done
  awk -v top="$top" '
    # "  1,234 (12.3%)  file:function [object]": recursion levels (fn'"'"'2) and
    # unnamed addresses say little, so they are left out.
    match($0, /^ *[0-9,]+ \([ 0-9.]+%\) +/) {
      n = $1; gsub(/,/, "", n); n += 0
      fn = substr($0, RLENGTH + 1); sub(/ \[.*$/, "", fn); sub(/^.*:/, "", fn)
      if (fn ~ /'"'"'|^0x/) next
      if (FILENAME == ARGV[1]) { if (n > base[fn]) base[fn] = n }
      else if (n > app[fn]) app[fn] = n
    }
    END {
      for (fn in app) print (app[fn] - base[fn]) / 1e6, app[fn] / 1e6, base[fn] / 1e6, fn
    }' "$base.incl" "$app.incl" | sort -rn | head -n "$top" |
    awk 'BEGIN { printf "%10s %10s %10s  %s\n", "+M instr", "stackwise", "bare-adw", "function (inclusive)" }
         { printf "%10.1f %10.1f %10.1f  %s\n", $1, $2, $3, $4 }'
}

if [ "${SW_STARTUP_INSTRUCTIONS_INNER:-}" = 1 ]; then
  # On the private X server and session bus.
  status=0
  # A warm-up run, not counted: the first program on the bus starts the
  # accessibility bus, and the runs after it find it running.
  count_one "$SW_OUT/warm-up" "$SW_BARE" >/dev/null || status=1
  for r in $(seq "$SW_ROUNDS"); do
    for label in bare-adw stackwise; do
      if [ "$label" = bare-adw ]; then cmd=$SW_BARE; else cmd=$SW_APP; fi
      n=$(count_one "$SW_OUT/$label.$r" "$cmd") || { status=1; continue; }
      printf '%s\t%s\t%s\n' "$r" "$label" "$n" >>"$SW_OUT/counts.tsv"
      printf 'round %s  %-10s %6.1f M instructions to the first frame\n' "$r" "$label" "$(echo "$n / 1000000" | bc -l)"
    done
  done
  exit $status
fi

builddir=$srcdir/build
rounds=3
top=0
keep=0
while getopts "C:n:t:kh" opt; do
  case $opt in
    C) builddir=$OPTARG ;;
    n) rounds=$OPTARG ;;
    t) top=$OPTARG ;;
    k) keep=1 ;;
    h) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -le 1 ] || { usage >&2; exit 2; }
[[ $rounds =~ ^[1-9][0-9]*$ ]] || { echo "startup-instructions.sh: -n needs a number of rounds, not '$rounds'" >&2; exit 2; }
[[ $top =~ ^[0-9]+$ ]] || { echo "startup-instructions.sh: -t needs a number of functions, not '$top'" >&2; exit 2; }
benchdir=${1:-$srcdir/../shared/tools/startup-bench}
# A worktree sits one level deeper than the main checkout.
if [ $# -eq 0 ] && [ ! -d "$benchdir" ] && [ -d "$srcdir/../../shared/tools/startup-bench" ]; then
  benchdir=$srcdir/../../shared/tools/startup-bench
fi

for tool in valgrind callgrind_annotate Xvfb dbus-run-session make cc pkg-config bc; do
  command -v "$tool" >/dev/null || die "$tool is missing (Debian: valgrind, xvfb, dbus, make, gcc, pkg-config, bc)"
done
builddir=$(cd "$builddir" 2>/dev/null && pwd) || die "no build directory ${builddir}"
app=$builddir/src/stackwise
schemas=$builddir/data
[ -x "$app" ] || die "$app is not built (meson compile -C $builddir)"
[ -f "$schemas/gschemas.compiled" ] || die "no compiled settings schema in $schemas"
[ -f "$benchdir/baselines/bare-adw.c" ] || die "no baselines/bare-adw.c in the startup bench folder $benchdir"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/stackwise-startup-instructions.XXXXXX") || die "cannot make a temporary directory"
if [ $keep = 0 ]; then
  trap 'rm -rf "$tmp"' EXIT
fi
mkdir -p "$tmp/out"
cp -r "$benchdir/baselines" "$tmp/baselines" || die "cannot copy $benchdir/baselines"
make -s -C "$tmp/baselines" bare-adw >"$tmp/make.log" 2>&1 || { cat "$tmp/make.log" >&2; die "cannot build bare-adw"; }

echo "callgrind, main thread's instructions up to the end of the first gsk_renderer_render; $rounds rounds"
SW_STARTUP_INSTRUCTIONS_INNER=1 SW_ROUNDS=$rounds SW_OUT=$tmp/out SW_TMP=$tmp \
  SW_BARE=$tmp/baselines/bare-adw SW_APP=$app SW_SCHEMAS=$schemas \
  XVFB_SCREEN=1920x1080x24 \
  dbus-run-session -- "$srcdir/build-aux/with-xvfb" "${BASH_SOURCE[0]}" 2>"$tmp/session.log"
status=$?

[ -f "$tmp/out/counts.tsv" ] || { cat "$tmp/session.log" >&2; die "nothing was counted"; }
awk -F'\t' '
function median(a, n,   i, j, t) {
  for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
  return (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
{ v[$2, ++n[$2]] = $3 }
END {
  if (!n["bare-adw"] || !n["stackwise"]) { print "startup-instructions.sh: no pair of counts"; exit 1 }
  for (i = 1; i <= n["bare-adw"]; i++) a[i] = v["bare-adw", i]
  base = median(a, n["bare-adw"]); delete a
  for (i = 1; i <= n["stackwise"]; i++) a[i] = v["stackwise", i]
  app = median(a, n["stackwise"])
  for (i = 1; i <= n["bare-adw"]; i++) if (i == 1 || v["bare-adw", i] < base_min) base_min = v["bare-adw", i]
  for (i = 1; i <= n["stackwise"]; i++) if (i == 1 || v["stackwise", i] < app_min) app_min = v["stackwise", i]
  printf "median     bare-adw %6.1f M, stackwise %6.1f M\n", base / 1e6, app / 1e6
  printf "lowest     bare-adw %6.1f M, stackwise %6.1f M (ratio %.2f)\n", base_min / 1e6, app_min / 1e6, app_min / base_min
  printf "instruction ratio: %.2f (budget 1.25: %s)\n", app / base, app / base <= 1.25 ? "within" : "OVER"
}' "$tmp/out/counts.tsv" || status=1

if [ "$top" -gt 0 ] && [ -f "$tmp/out/bare-adw.1.callgrind" ] && [ -f "$tmp/out/stackwise.1.callgrind" ]; then
  echo
  print_growth "$tmp/out/bare-adw.1.callgrind" "$tmp/out/stackwise.1.callgrind" "$top"
fi
[ $keep = 1 ] && echo "callgrind files kept in $tmp/out"
exit $status
