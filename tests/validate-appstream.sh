#!/bin/sh
# validate-appstream.sh — checks a metainfo file with appstreamcli, offline.
# appstreamcli exits 0 when there are warnings; here a warning (W:) fails as
# an error (E:) does. Infos (I:) pass: Debian 12's appstreamcli 0.16 does not
# know the <developer> tag yet and reports it as info. Skips (exit 77) when
# appstreamcli is not installed.
#
# Copyright 2026 The Stackwise authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

if ! command -v appstreamcli >/dev/null 2>&1; then
  echo "appstreamcli is not installed (Debian: appstream)"
  exit 77
fi

out=$(appstreamcli validate --no-net --explain "$1" 2>&1)
status=$?
printf '%s\n' "$out"

if [ "$status" -ne 0 ]; then
  exit 1
fi
if printf '%s\n' "$out" | grep -q -e '^W:' -e '^E:'; then
  echo "validate-appstream: $1 has warnings"
  exit 1
fi
