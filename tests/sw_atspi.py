# sw_atspi.py — the start the AT-SPI tests share: TAP lines, and a session bus of their own
#
# Copyright 2026 The Stackwise authors
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import re
import shutil
import subprocess
import sys
import tempfile

results = []


def tap(ok, description):
    results.append(bool(ok))
    print("%s %d - %s" % ("ok" if ok else "not ok", len(results), description), flush=True)


def bail(reason):
    print("Bail out! %s" % reason, flush=True)
    sys.exit(1)


def own_session(name):
    """Runs the calling script again under a session bus and runtime folder of
    its own (the accessibility bus's socket lives there, so tests running at the
    same time cannot replace it), then points AT-SPI at that bus. Returns in
    the inner run only. The services the bus starts (the AT-SPI registry) write
    to its standard output; only TAP may reach ours, so the TAP goes through a
    descriptor of its own and the bus's output goes to standard error."""
    session_var = "SW_%s_SESSION" % name
    tap_var = "SW_%s_TAP_FD" % name

    if os.environ.get(session_var) != "1" and shutil.which("dbus-run-session"):
        runtime = tempfile.mkdtemp(prefix="stackwise-%s-run-" % name.lower())
        tap_fd = os.dup(sys.stdout.fileno())
        try:
            status = subprocess.call(["dbus-run-session", "--", sys.executable] + sys.argv,
                                     env=dict(os.environ, XDG_RUNTIME_DIR=runtime,
                                              **{session_var: "1", tap_var: str(tap_fd)}),
                                     stdout=sys.stderr, pass_fds=(tap_fd,))
        finally:
            shutil.rmtree(runtime, ignore_errors=True)
        sys.exit(status)

    if tap_var in os.environ:
        sys.stdout = os.fdopen(int(os.environ[tap_var]), "w")

    # The app and the client ask the same accessibility bus, not one that an X
    # property of a shared display may name.
    try:
        reply = subprocess.run(["gdbus", "call", "--session", "--dest", "org.a11y.Bus",
                                "--object-path", "/org/a11y/bus", "--method", "org.a11y.Bus.GetAddress"],
                               capture_output=True, text=True, timeout=20).stdout
        match = re.search(r"'([^']+)'", reply)
        if match:
            os.environ["AT_SPI_BUS_ADDRESS"] = match.group(1)
    except (OSError, subprocess.TimeoutExpired):
        pass
