#!/bin/bash
# drag-frames.sh — frame times while every slider is dragged, at 1920×1080 and in present mode at 3840×2160
#
# Copyright 2026 The Stackwise authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   tests/drag-frames.sh [-C BUILDDIR] [-s STEP] [-i | -d]
#
# Runs BUILDDIR/tests/bench-drag twice, each on an X server of its own
# (build-aux/with-xvfb) and under one session bus, with the cairo renderer:
# the window on a 1920×1080 screen, then in present mode on a 3840×2160
# screen. bench-drag drags every priority slider from 0 to 10, one step
# (STEP, default 0.2) per frame, and prints each frame's time from the
# value change to the end of its paint as median, 95th percentile and
# worst, with its layout and its snapshot-and-render parts, and the CPU time
# of the UI thread per frame (which leaves out waits for a CPU).
#
# A slider below the fold is scrolled into view before its drag, and the
# drag waits for the scrolling to end.
#
# Budgets (95th percentile): 8 ms at 1920×1080, 16 ms at 3840×2160. Times
# depend on the machine and its load: on a shared machine, run it twice,
# or count instructions with -i, which the load does not change.
# It is a benchmark: it never fails on the figures.
#
# Options:
#   -C DIR   the meson build directory (default: build)
#   -s STEP  the slider's change per frame (0.2)
#   -d       also print what the frames repaint: rectangles and pixels of
#            each frame's damage (median, 95th percentile, worst), with
#            BUILDDIR/tests/libdrag-damage.so preloaded
#   -i       count each frame's instructions with valgrind's callgrind
#            instead (some ten minutes; -s 1 takes three): median, 95th
#            percentile and worst
#   -h       this help

set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
srcdir=$(dirname "$here")

usage() { sed -n '7,/^$/{s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"; }
die() { echo "drag-frames.sh: $*" >&2; exit 1; }

builddir=$srcdir/build
step=
count=0
damage=0
while getopts "C:s:idh" opt; do
  case $opt in
    C) builddir=$OPTARG ;;
    s) step=$OPTARG ;;
    i) count=1 ;;
    d) damage=1 ;;
    h) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -eq 0 ] || { usage >&2; exit 2; }

builddir=$(cd "$builddir" 2>/dev/null && pwd) || die "no build directory ${builddir}"
bench=$builddir/tests/bench-drag
[ -x "$bench" ] || die "$bench is not built (meson compile -C $builddir)"
[ -f "$builddir/data/gschemas.compiled" ] || die "no compiled settings schema in $builddir/data"
command -v dbus-run-session >/dev/null || die "dbus-run-session is missing (Debian: dbus)"
command -v Xvfb >/dev/null || die "Xvfb is missing (Debian: xvfb)"
if [ "$count" = 1 ]; then
  command -v valgrind >/dev/null || die "valgrind is missing (Debian: valgrind)"
fi
step=${step:-0.2}
damage_module=$builddir/tests/libdrag-damage.so
if [ "$damage" = 1 ]; then
  [ -f "$damage_module" ] || die "$damage_module is not built (meson compile -C $builddir)"
fi

# With -i: one callgrind file per frame; each file's "totals:" line is
# the frame's instructions.
instructions() {
  local dir=$1
  for f in "$dir"/callgrind.out.*.*; do
    sed -n 's/^totals: *\([0-9]*\).*/\1/p' "$f"
  done | sort -n | awk '
    $1 > 0 { v[++n] = $1 }
    function at(p) { i = int(p * (n - 1) + 0.5) + 1; return v[i] / 1e6 }
    END { if (n > 0) printf "frame, instructions:               median %6.1f M    p95 %6.1f M    worst %6.1f M    (%d frames)\n", at(0.5), at(0.95), at(1), n }'
}

# With -d: the damage line before each frame's line (bench-drag --each).
damage_figures() {
  awk '
    /^# damage:/ { rects = $3; pixels = $5; next }
    /^slider / { r[++n] = rects + 0; p[n] = pixels + 0; rects = 0; pixels = 0; next }
    { print }
    function sort(a,   i, j, t) { for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j-1] > a[j]; j--) { t = a[j]; a[j] = a[j-1]; a[j-1] = t } }
    function at(a, q) { return a[int(q * (n - 1) + 0.5) + 1] }
    END {
      if (n == 0) exit
      sort(r); sort(p)
      printf "frame, rectangles repainted:       median %6d      p95 %6d      worst %6d      (%d frames)\n", at(r, 0.5), at(r, 0.95), at(r, 1), n
      printf "frame, pixels repainted:           median %8d    p95 %8d    worst %8d\n", at(p, 0.5), at(p, 0.95), at(p, 1)
    }'
}

run() {
  local screen=$1 budget=$2 dir=
  shift 2
  echo "== ${screen%x24} $*  (budget: p95 within $budget ms)"
  local wrap=()
  if [ "$damage" = 1 ]; then
    wrap=(env "LD_PRELOAD=$damage_module")
    set -- "$@" --each
  fi
  if [ "$count" = 1 ]; then
    dir=$(mktemp -d "${TMPDIR:-/tmp}/drag-frames.XXXXXX")
    wrap=(valgrind --tool=callgrind --collect-atstart=no --dump-instr=no
          "--callgrind-out-file=$dir/callgrind.out.%p" -q)
  fi
  XVFB_SCREEN=$screen "$srcdir/build-aux/with-xvfb" env \
    GSETTINGS_SCHEMA_DIR="$builddir/data" GSETTINGS_BACKEND=memory \
    GSK_RENDERER=cairo GDK_BACKEND=x11 NO_AT_BRIDGE=1 ADW_DISABLE_PORTAL=1 \
    "${wrap[@]}" "$bench" --step "$step" "$@" 2>/dev/null |
    if [ -n "$dir" ]; then grep '^#'; elif [ "$damage" = 1 ]; then damage_figures; else cat; fi
  if [ -n "$dir" ]; then
    instructions "$dir"
    rm -rf "$dir"
  fi
}

export -f run instructions damage_figures
export srcdir builddir bench step count damage damage_module
dbus-run-session -- bash -c 'run 1920x1080x24 8; run 3840x2160x24 16 --present' 2>/dev/null | grep -v '^SpiRegistry'
