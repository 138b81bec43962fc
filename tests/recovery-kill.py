#!/usr/bin/python3
# recovery-kill.py — a meeting survives a killed process: the real app, SIGKILL, the offer, the restore
#
# Copyright 2026 The Stackwise authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Starts the built app ($STACKWISE_BIN) on a copy of a three-person meeting, with
# a state folder of its own, moves a slider through AT-SPI, waits for the
# recovery file to hold the change, kills the process with SIGKILL, starts the
# app again, finds the offer to restore, presses Restore and reads the slider
# back. Every wait is bounded. Prints TAP. Needs a session bus and a display
# (build-aux/with-xvfb), Debian's python3-pyatspi and the system /usr/bin/python3.

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

from sw_atspi import bail, own_session, results, tap

PLAN = 9

own_session("RECOVERY")

try:
    import pyatspi
except ImportError:
    print("1..0 # SKIP python3-pyatspi is not installed")
    sys.exit(0)

binary = os.environ.get("STACKWISE_BIN")
meeting_source = sys.argv[1] if len(sys.argv) > 1 else None
if not binary or not os.access(binary, os.X_OK):
    bail("STACKWISE_BIN does not name the built stackwise")
if not meeting_source or not os.path.exists(meeting_source):
    bail("give the meeting file to start from")
if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    print("1..0 # SKIP no display")
    sys.exit(0)

work = tempfile.mkdtemp(prefix="stackwise-recovery-")
state = os.path.join(work, "state")
meeting = os.path.join(work, "order tracker.stackwise")
recovery = os.path.join(state, "stackwise", "recovery.stackwise")
shutil.copy(meeting_source, meeting)

env = dict(os.environ)
env.pop("NO_AT_BRIDGE", None)
if env.get("GTK_A11Y") == "none":
    env.pop("GTK_A11Y")
env.setdefault("GSETTINGS_BACKEND", "memory")
env["XDG_STATE_HOME"] = state
# A GTK critical or warning ends the app at once, and the test with it.
env["G_DEBUG"] = "fatal-warnings"


def wait_for(predicate, timeout=15.0, interval=0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    return predicate()


def find_app(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        try:
            child = desktop.getChildAtIndex(i)
            if child is not None and child.get_process_id() == pid and child.childCount > 0:
                return child
        except Exception:
            continue
    return None


def find(root, role, name):
    try:
        return pyatspi.findDescendant(
            root, lambda node: node is not None and node.getRole() == role and node.name == name)
    except Exception:
        return None


def find_text(root, pattern):
    def matches(node):
        try:
            if node is None or node.getRole() != pyatspi.ROLE_LABEL:
                return False
            text = node.queryText()
            return re.search(pattern, text.getText(0, text.characterCount)) is not None
        except Exception:
            return False
    try:
        return pyatspi.findDescendant(root, matches)
    except Exception:
        return None


def find_buttons(root, name):
    """Buttons by their label. AdwMessageDialog's responses are named
    "_Restore Restore" (mnemonic and label), twice: one row of buttons is shown,
    the other (for narrow dialogs) is not, and AT-SPI does not say which."""
    def matches(node):
        try:
            return (node is not None and node.getRole() == pyatspi.ROLE_PUSH_BUTTON
                    and name in node.name.replace("_", "").split())
        except Exception:
            return False
    try:
        return pyatspi.findAllDescendants(root, matches)
    except Exception:
        return []


def label_text(node):
    text = node.queryText()
    return text.getText(0, text.characterCount)


def recovered_weight():
    try:
        with open(recovery, encoding="utf-8") as f:
            data = json.load(f)
        return data["participants"][data["active"]]["weights"]["data_ml"]
    except (OSError, ValueError, KeyError, IndexError, TypeError):
        return None


def stop(process):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


first = second = None
try:
    print("1..%d" % PLAN, flush=True)

    first = subprocess.Popen([binary, "--meeting", meeting], env=env)
    app = wait_for(lambda: find_app(first.pid))
    if app is None:
        bail("the app never appeared on the accessibility bus")
    slider = wait_for(lambda: find(app, pyatspi.ROLE_SLIDER, "Data & ML"))
    if slider is None:
        bail("no slider named Data & ML")
    tap(not os.path.exists(recovery), "a meeting just opened leaves no recovery file")

    # Ana's "Data & ML" from 1 to 8.5: the change reaches the file within seconds.
    slider.queryValue().currentValue = 8.5
    weight = wait_for(lambda: recovered_weight() == 8.5, timeout=10.0)
    tap(weight, "the recovery file holds the change (data_ml %s)" % recovered_weight())

    first.send_signal(signal.SIGKILL)
    first.wait(timeout=10)
    tap(first.returncode == -signal.SIGKILL and os.path.exists(recovery),
        "the process is killed (status %s) and the recovery file stays" % first.returncode)

    second = subprocess.Popen([binary], env=env)
    app = wait_for(lambda: find_app(second.pid))
    if app is None:
        bail("the app never appeared again on the accessibility bus")
    heading = wait_for(lambda: find_text(app, r"^Restore Unsaved Meeting\?$"))
    tap(heading is not None, "the next start offers to restore the meeting")
    body = find_text(app, r"was last changed")
    body_text = label_text(body) if body is not None else ""
    tap(re.search(r"“order tracker” was last changed today at \d\d:\d\d", body_text),
        "the offer names the meeting and when it was last changed: %s" % body_text)

    restore = wait_for(lambda: find_buttons(app, "Restore"))
    tap(restore and find_buttons(app, "Discard"), "the offer has Restore and Discard")
    if not restore:
        bail("no Restore button")
    for button in restore:
        if find_text(app, r"^Restore Unsaved Meeting\?$") is None:
            break
        try:
            button.queryAction().doAction(0)
        except Exception:
            pass
        wait_for(lambda: find_text(app, r"^Restore Unsaved Meeting\?$") is None, timeout=2.0)

    slider = wait_for(lambda: find(app, pyatspi.ROLE_SLIDER, "Data & ML"))
    value = wait_for(lambda: slider is not None and abs(slider.queryValue().currentValue - 8.5) < 1e-9,
                     timeout=10.0)
    tap(value, "Ana's “Data & ML” is 8.5 again (%s)"
        % (slider.queryValue().currentValue if slider is not None else None))

    ben = find(app, pyatspi.ROLE_LABEL, "Ben") or find_text(app, r"^Ben$")
    tap(ben is not None, "the team is back (Ben is listed)")

    title = app.getChildAtIndex(0).name if app.childCount > 0 else ""
    tap(second.poll() is None and "• order tracker" in title,
        "the app runs on, and its title marks the meeting unsaved: “%s”" % title)
finally:
    for process in (first, second):
        if process is not None:
            stop(process)
    shutil.rmtree(work, ignore_errors=True)

sys.exit(0 if all(results) and len(results) == PLAN else 1)
