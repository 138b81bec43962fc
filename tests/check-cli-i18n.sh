#!/bin/sh
# check-cli-i18n.sh — the command line speaks the user's language: with
# LANGUAGE=de, `stackwise --recommend` prints German, the built-in dataset's
# words included, and so do its error messages; without it, English.
#
# Usage: check-cli-i18n.sh STACKWISE LOCALEDIR
# LOCALEDIR holds the compiled catalogs (<builddir>/po); the binary reads it
# from STACKWISE_LOCALEDIR. No German locale needs to be installed: glibc
# honours LANGUAGE in C.UTF-8 (not in "C"), and stackwise falls back to
# C.UTF-8 when the locale named by LANG is not installed.
#
# Copyright 2026 The Stackwise authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

exe=$1 localedir=$2
failures=0

# run VARIABLE=VALUE… -- ARGUMENTS…: runs stackwise with only these locale variables.
run () {
  vars=""
  while [ "$1" != "--" ]; do vars="$vars $1"; shift; done
  shift
  # shellcheck disable=SC2086
  env -u LC_ALL -u LANG -u LANGUAGE -u LC_MESSAGES $vars \
      STACKWISE_LOCALEDIR="$localedir" GSETTINGS_BACKEND=memory "$exe" "$@" 2>&1
}

# expect DESCRIPTION OUTPUT PHRASE…: every PHRASE is in OUTPUT.
expect () {
  what=$1 out=$2
  shift 2
  for phrase in "$@"; do
    case $out in
      *"$phrase"*) echo "ok: $what: “$phrase”" ;;
      *) echo "FAIL: $what: no “$phrase” in:"; echo "$out"; failures=$((failures + 1)) ;;
    esac
  done
}

out=$(run LC_ALL=C.UTF-8 LANGUAGE= -- --recommend --preset startup-data)
expect "English without LANGUAGE" "$out" \
  "Python is the better fit" "Data & ML (weight 10.0)"

out=$(run LC_ALL=C.UTF-8 LANGUAGE=de -- --recommend --preset startup-data)
expect "LANGUAGE=de in C.UTF-8" "$out" \
  "Python passt besser" "Sicherheit: eindeutig" "Daten & ML (Gewichtung 10.0)" \
  "CPU-lastige Arbeit (Gewichtung 5.0)"

# The usual German session, here without the de_DE locale installed.
out=$(run LANG=de_DE.UTF-8 LANGUAGE=de -- --recommend --preset startup-data)
expect "LANG=de_DE.UTF-8 LANGUAGE=de" "$out" "Python passt besser"

out=$(run LC_ALL=C.UTF-8 LANGUAGE=de -- --recommend --preset no-such-preset)
expect "an error in German" "$out" "unbekannte Voreinstellung „no-such-preset“"

out=$(run LC_ALL=C.UTF-8 LANGUAGE=de -- --help)
expect "--help in German" "$out" "Die Version ausgeben und beenden"

if [ "$failures" -ne 0 ]; then
  echo "check-cli-i18n: $failures check(s) failed"
  exit 1
fi
