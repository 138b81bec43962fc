#!/bin/sh
# validate-desktop.sh — checks a desktop file with desktop-file-validate.
# Errors and warnings fail; hints are printed and pass. Skips (exit 77)
# when desktop-file-validate is not installed.
#
# Copyright 2026 The Stackwise authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

if ! command -v desktop-file-validate >/dev/null 2>&1; then
  echo "desktop-file-validate is not installed (Debian: desktop-file-utils)"
  exit 77
fi

out=$(desktop-file-validate "$1" 2>&1)
status=$?
[ -n "$out" ] && printf '%s\n' "$out"

if [ "$status" -ne 0 ]; then
  exit 1
fi
if printf '%s\n' "$out" | grep -q -e ': warning: ' -e ': error: '; then
  echo "validate-desktop: $1 has warnings"
  exit 1
fi
echo "validate-desktop: $1 is valid"
