#!/bin/sh
# check-install.sh — installs the build into a temporary DESTDIR with
# `meson install` and checks that what lands there is a working app: the
# binary runs (--version, --recommend) with no display and no installed
# settings schema, and the desktop file, metainfo, D-Bus service, icons,
# schema and translations are where the desktop looks for them and name
# each other correctly.
#
# Usage: check-install.sh MESON BUILDDIR SOURCEDIR APP_ID VERSION BINDIR DATADIR LOCALEDIR
# (BINDIR, DATADIR and LOCALEDIR are the configured absolute paths.)
#
# Copyright 2026 The Stackwise authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

meson=$1 builddir=$2 sourcedir=$3 app_id=$4 version=$5
bindir=$6 datadir=$7 localedir=$8

destdir=$(mktemp -d "${TMPDIR:-/tmp}/stackwise-install.XXXXXX") || exit 1
trap 'rm -rf "$destdir"' EXIT INT TERM

failures=0
ok () { echo "ok: $*"; }
fail () { echo "FAIL: $*"; failures=$((failures + 1)); }
check_file () {
  if [ -f "$destdir$1" ]; then ok "installed $1"; else fail "missing $1"; fi
}
# The value of KEY= in a desktop-entry style file.
key () { sed -n "s/^$2=//p" "$1" | head -n 1; }

if ! "$meson" install -C "$builddir" --destdir "$destdir" --no-rebuild --quiet \
     >"$destdir.log" 2>&1; then
  cat "$destdir.log"; rm -f "$destdir.log"
  echo "FAIL: meson install --destdir failed"
  exit 1
fi
rm -f "$destdir.log"
ok "meson install --destdir $destdir"

exe="$bindir/stackwise"
desktop="$datadir/applications/$app_id.desktop"
metainfo="$datadir/metainfo/$app_id.metainfo.xml"
service="$datadir/dbus-1/services/$app_id.service"
icon="$datadir/icons/hicolor/scalable/apps/$app_id.svg"
symbolic="$datadir/icons/hicolor/symbolic/apps/$app_id-symbolic.svg"
schema="$datadir/glib-2.0/schemas/$app_id.gschema.xml"

if [ -x "$destdir$exe" ]; then ok "installed $exe"; else fail "missing or not executable: $exe"; fi
for f in "$desktop" "$metainfo" "$service" "$icon" "$symbolic" "$schema"; do
  check_file "$f"
done

# The files must name each other: the launcher finds the icon by Icon=,
# runs Exec= from PATH, and the session bus runs the service's Exec=.
if [ -f "$destdir$desktop" ]; then
  icon_name=$(key "$destdir$desktop" Icon)
  [ "$icon_name" = "$app_id" ] && [ -f "$destdir$datadir/icons/hicolor/scalable/apps/$icon_name.svg" ] \
    && ok "desktop Icon=$icon_name is the installed SVG" \
    || fail "desktop Icon=$icon_name does not match an installed icon"
  exec_name=$(key "$destdir$desktop" Exec | cut -d ' ' -f 1)
  [ -x "$destdir$bindir/$exec_name" ] \
    && ok "desktop Exec=$exec_name is the installed binary" \
    || fail "desktop Exec=$exec_name is not in $bindir"
  if [ "$(key "$destdir$desktop" DBusActivatable)" = "true" ]; then
    [ -f "$destdir$service" ] \
      && ok "DBusActivatable=true has its D-Bus service file" \
      || fail "DBusActivatable=true but no $service"
  fi
fi
if [ -f "$destdir$service" ]; then
  [ "$(key "$destdir$service" Name)" = "$app_id" ] \
    && ok "service Name=$app_id" || fail "service Name is not $app_id"
  service_exec=$(key "$destdir$service" Exec | cut -d ' ' -f 1)
  [ "$service_exec" = "$exe" ] \
    && ok "service Exec=$service_exec" || fail "service Exec=$service_exec, expected $exe"
fi
if [ -f "$destdir$metainfo" ]; then
  grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$destdir$metainfo" \
    && ok "metainfo launchable is $app_id.desktop" \
    || fail "metainfo launchable does not name $app_id.desktop"
fi

# One catalog per language listed in po/LINGUAS (none listed: nothing to check).
for lang in $(sed 's/#.*//' "$sourcedir/po/LINGUAS" 2>/dev/null); do
  check_file "$localedir/$lang/LC_MESSAGES/stackwise.mo"
done

# The command line needs neither a display nor the settings schema: run it
# with neither reachable.
empty="$destdir/no-data"
mkdir -p "$empty"
run () {
  env -u DISPLAY -u WAYLAND_DISPLAY -u GSETTINGS_SCHEMA_DIR \
      XDG_DATA_DIRS="$empty" GSETTINGS_BACKEND=memory LC_ALL=C.UTF-8 \
      "$destdir$exe" "$@"
}

out=$(run --version 2>&1); status=$?
echo "$ stackwise --version"; echo "$out"
[ "$status" -eq 0 ] && [ "$out" = "stackwise $version" ] \
  && ok "--version prints “stackwise $version”" \
  || fail "--version: exit status $status, expected “stackwise $version”"

out=$(run --recommend 2>&1); status=$?
echo "$ stackwise --recommend"; echo "$out"
[ "$status" -eq 0 ] && [ -n "$out" ] \
  && ok "--recommend prints a recommendation" \
  || fail "--recommend: exit status $status"

# And once with real priorities, so the whole path from the built-in
# dataset to a verdict runs: the first preset of the shipped dataset.
preset=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["presets"][0]["id"])' \
         "$sourcedir/data/datasets/python-vs-nodejs.json" 2>/dev/null)
if [ -n "$preset" ]; then
  out=$(run --recommend --preset "$preset" 2>&1); status=$?
  echo "$ stackwise --recommend --preset $preset"; echo "$out"
  [ "$status" -eq 0 ] && [ -n "$out" ] \
    && ok "--recommend --preset $preset prints a recommendation" \
    || fail "--recommend --preset $preset: exit status $status"
fi

if [ "$failures" -ne 0 ]; then
  echo "check-install: $failures check(s) failed"
  exit 1
fi
echo "check-install: the installed app is complete"
