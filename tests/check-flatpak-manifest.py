#!/usr/bin/env python3
# check-flatpak-manifest.py — checks that the Flatpak manifest parses and
# builds the right thing: the app id, the command, the stackwise module
# built with meson from this repository with its tests, libqrencode built
# from its release archive with the pinned checksum, and exactly the
# sandbox permissions the app needs (the network one for ballots from the
# participants' own devices). When flatpak-builder is installed it
# also parses the manifest itself (--show-manifest); otherwise that part
# is left out.
#
# Copyright 2026 The Stackwise authors
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import shutil
import subprocess
import sys

APP_ID = "io.github.stackwise.Stackwise"
COMMAND = "stackwise"
MODULE = "stackwise"
FINISH_ARGS = ["--share=ipc", "--share=network", "--socket=fallback-x11", "--socket=wayland", "--device=dri"]
QRENCODE_URL = "https://fukuchi.org/works/qrencode/qrencode-4.1.1.tar.gz"
QRENCODE_SHA256 = "da448ed4f52aba6bcb0cd48cac0dd51b8692bccc4cd127431402fca6f8171e8e"

failures = []


def check(ok, what):
    if ok:
        print(f"ok: {what}")
    else:
        print(f"FAIL: {what}")
        failures.append(what)


def main():
    if len(sys.argv) != 2:
        print(f"usage: {sys.argv[0]} MANIFEST", file=sys.stderr)
        return 2
    path = sys.argv[1]

    try:
        with open(path, encoding="utf-8") as f:
            manifest = json.load(f)
    except (OSError, ValueError) as e:
        print(f"FAIL: {path} does not parse as JSON: {e}")
        return 1
    print(f"ok: {path} parses as JSON")

    check(manifest.get("id") == APP_ID, f"id is {APP_ID} (found {manifest.get('id')!r})")
    check(manifest.get("command") == COMMAND, f"command is {COMMAND} (found {manifest.get('command')!r})")
    check(manifest.get("runtime") == "org.gnome.Platform", "runtime is org.gnome.Platform")
    check(manifest.get("sdk") == "org.gnome.Sdk", "sdk is org.gnome.Sdk")
    version = str(manifest.get("runtime-version", ""))
    check(version.isdigit(), f"runtime-version is a stable GNOME release (found {version!r})")
    check(sorted(manifest.get("finish-args", [])) == sorted(FINISH_ARGS),
          "finish-args are exactly " + " ".join(FINISH_ARGS))
    check("--share=network" in manifest.get("finish-args", []),
          "--share=network, for ballots sent from the participants' devices")

    modules = [m for m in manifest.get("modules", []) if isinstance(m, dict)]
    qrencode = next((m for m in modules if m.get("name") == "libqrencode"), None)
    check(qrencode is not None, "a module named libqrencode")
    if qrencode is not None:
        archives = [s for s in qrencode.get("sources", []) if isinstance(s, dict)]
        check(len(archives) == 1 and archives[0].get("type") == "archive"
              and archives[0].get("url") == QRENCODE_URL,
              f"libqrencode is built from {QRENCODE_URL}")
        check(len(archives) == 1 and archives[0].get("sha256") == QRENCODE_SHA256,
              f"its archive is pinned to sha256 {QRENCODE_SHA256}")
        check(modules.index(qrencode) < len(modules) - 1, "libqrencode is built before the app")
    module = next((m for m in modules if m.get("name") == MODULE), None)
    check(module is not None, f"a module named {MODULE}")
    if module is not None:
        check(module is modules[-1], f"{MODULE} is the last module (the app itself)")
        check(module.get("buildsystem") == "meson", "it builds with meson")
        check(module.get("run-tests") is True, "it runs the test suite")
        sources = module.get("sources", [])
        manifest_dir = os.path.dirname(os.path.abspath(path))
        dirs = [s for s in sources if isinstance(s, dict) and s.get("type") == "dir"]
        check(len(dirs) == 1 and os.path.isfile(
                  os.path.join(manifest_dir, dirs[0].get("path", ""), "meson.build")),
              "its source is this repository (a dir source holding meson.build)")

    builder = shutil.which("flatpak-builder")
    if builder is None:
        print("skip: flatpak-builder is not installed, so --show-manifest was not run")
    else:
        env = dict(os.environ, G_DEBUG="fatal-warnings")
        run = subprocess.run([builder, "--show-manifest", path], env=env,
                             capture_output=True, text=True)
        shown = None
        if run.returncode == 0:
            try:
                shown = json.loads(run.stdout)
            except ValueError:
                pass
        check(shown is not None and shown.get("id") == APP_ID,
              "flatpak-builder --show-manifest accepts it with no warnings"
              + ("" if run.returncode == 0 else f": {run.stderr.strip()}"))

    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
