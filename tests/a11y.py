#!/usr/bin/python3
# a11y.py — the decision workspace through a real assistive-technology client (AT-SPI)
#
# Copyright 2026 The Stackwise authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Starts the built app ($STACKWISE_BIN), finds priority sliders by their
# accessible names, sets them through the Value interface, and reads the
# verdict label's new text. Prints TAP; exits 0 when every check passes.
# Needs a session bus and a display (build-aux/test gives both), Debian's
# python3-pyatspi, and the system /usr/bin/python3.

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
import time

from sw_atspi import bail, own_session, results, tap

TECHNOLOGIES = ("Python", "Node.js", "Hybrid", "Undecided")

own_session("A11Y")

try:
    import pyatspi
except ImportError:
    print("1..0 # SKIP python3-pyatspi is not installed")
    sys.exit(0)

binary = os.environ.get("STACKWISE_BIN")
if not binary or not os.access(binary, os.X_OK):
    bail("STACKWISE_BIN does not name the built stackwise")
if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    print("1..0 # SKIP no display")
    sys.exit(0)

env = dict(os.environ)
# The bridge must be on for this test, whatever the other tests need.
env.pop("NO_AT_BRIDGE", None)
if env.get("GTK_A11Y") == "none":
    env.pop("GTK_A11Y")
env.setdefault("GSETTINGS_BACKEND", "memory")
# A meeting keeps a recovery file: in a folder of this run's own, never the
# user's state folder, and never one a previous run left a file in.
state_dir = tempfile.mkdtemp(prefix="stackwise-a11y-state-")
atexit.register(shutil.rmtree, state_dir, True)
env["XDG_STATE_HOME"] = state_dir
# A GTK critical or warning ends the app, and so fails the test.
env["G_DEBUG"] = "fatal-warnings"

app_process = subprocess.Popen([binary], env=env)


def wait_for(predicate, timeout=15.0, interval=0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    return predicate()


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        try:
            child = desktop.getChildAtIndex(i)
            if child is not None and child.name.lower() == "stackwise" and child.childCount > 0:
                return child
        except Exception:
            continue
    return None


def find(root, role, name):
    return pyatspi.findDescendant(
        root, lambda node: node is not None and node.getRole() == role and node.name == name)


def text_of(node):
    try:
        text = node.queryText()
        return text.getText(0, text.characterCount) or node.name
    except NotImplementedError:
        return node.name


def verdict_label(app):
    group = pyatspi.findDescendant(
        app, lambda node: node is not None and node.name == "Recommendation"
        and node.getRole() != pyatspi.ROLE_LABEL)
    if group is None:
        return None
    # The first label in the group that states a verdict (the score rows
    # below name the technologies too; at a fresh start there is no verdict).
    return pyatspi.findDescendant(
        group, lambda node: node is not None and node.getRole() == pyatspi.ROLE_LABEL
        and text_of(node) in TECHNOLOGIES + ("No verdict yet", "Undecided", "Hybrid"))


try:
    print("1..11", flush=True)

    app = wait_for(find_app)
    if app is None:
        bail("the app never appeared on the accessibility bus")
    tap(True, "the app is on the accessibility bus")

    slider = wait_for(lambda: find(app, pyatspi.ROLE_SLIDER, "Data & ML"))
    tap(slider is not None, "a slider is found by its criterion's visible name, “Data & ML”")
    if slider is None:
        bail("no slider named Data & ML")

    value = slider.queryValue()
    tap(value.minimumValue == 0.0 and value.maximumValue == 10.0,
        "its range is 0–10 (got %s–%s)" % (value.minimumValue, value.maximumValue))

    label = wait_for(lambda: verdict_label(app))
    tap(label is not None, "the verdict is a label in the “Recommendation” group")
    if label is None:
        bail("no verdict label")
    before = text_of(label)

    # Data and models first, no shared browser code: the answer turns to Python.
    for name, weight in (("Data & ML", 10.0), ("CPU-heavy work", 9.0),
                         ("Code shared with the frontend", 0.0)):
        node = find(app, pyatspi.ROLE_SLIDER, name)
        if node is None:
            bail("no slider named %s" % name)
        node.queryValue().currentValue = weight

    tap(abs(slider.queryValue().currentValue - 10.0) < 1e-9,
        "the value set through AT-SPI is read back (%s)" % slider.queryValue().currentValue)

    after = wait_for(lambda: text_of(label) if text_of(label) == "Python" else None, timeout=5.0)
    tap(after == "Python", "the verdict label changed from “%s” to “%s”" % (before, text_of(label)))

    # And back: every priority on code shared with the frontend makes it Node.js.
    for name in ("Data & ML", "CPU-heavy work"):
        find(app, pyatspi.ROLE_SLIDER, name).queryValue().currentValue = 0.0
    find(app, pyatspi.ROLE_SLIDER, "Code shared with the frontend").queryValue().currentValue = 10.0
    after = wait_for(lambda: text_of(label) if text_of(label) == "Node.js" else None, timeout=5.0)
    tap(after == "Node.js", "the verdict label follows again: “%s”" % text_of(label))

    # The team's situation: each question is named for a screen reader.
    names = ("How well does the team know Python?", "How well does the team know Node.js?",
             "What do the existing systems run on?")
    found = [find(app, pyatspi.ROLE_COMBO_BOX, n) for n in names]
    tap(all(node is not None for node in found),
        "the situation's questions are named: %s" % ", ".join(
            n for n, node in zip(names, found) if node is not None))
    # ... and operable: the combo box's button opens its list, and each level
    # in it is a menu item with a "click" action; the button then shows it.
    combo, shown = found[0], None
    button = combo and pyatspi.findDescendant(
        combo, lambda node: node is not None
        and node.getRole() in (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON))
    if button is not None:
        button.queryAction().doAction(0)
        item = wait_for(lambda: pyatspi.findDescendant(
            combo, lambda node: node is not None and node.name == "7"
            and node.getRole() in (pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_RADIO_MENU_ITEM)), timeout=5.0)
        if item is not None:
            item.queryAction().doAction(0)
            shown = wait_for(lambda: pyatspi.findDescendant(
                button, lambda node: node is not None and node.getRole() == pyatspi.ROLE_LABEL
                and text_of(node) == "7"), timeout=5.0)
    tap(shown is not None, "a skill level is chosen through AT-SPI: its button opens the list, "
        "the level's menu item is clicked, and the button shows it")
    # The team: each participant's row is named after them, as are its choice and remove button.
    team = find(app, pyatspi.ROLE_PUSH_BUTTON, "Vote as a Team")
    if team is not None:
        team.queryAction().doAction(0)
    rows = wait_for(lambda: [find(app, pyatspi.ROLE_LIST_ITEM, n) for n in ("Participant 1", "Participant 2")]
                    if all(find(app, pyatspi.ROLE_LIST_ITEM, n) for n in ("Participant 1", "Participant 2"))
                    else None, timeout=5.0)
    found = {"button": team is not None, "rows": rows is not None,
             "choice": pyatspi.findDescendant(
                 app, lambda node: node is not None and node.name == "Set Participant 2’s weights"
                 and node.getRole() in (pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_CHECK_BOX)) is not None,
             "remove": find(app, pyatspi.ROLE_PUSH_BUTTON, "Remove Participant 1") is not None}
    tap(all(found.values()),
        "the participants' rows, choices and remove buttons are named after them (%s)"
        % ", ".join("%s: %s" % item for item in found.items()))

    # Run with G_DEBUG=fatal-warnings: a GTK critical or warning would have ended it.
    tap(app_process.poll() is None, "the app logged no critical or warning (still running)")
finally:
    app_process.terminate()
    try:
        app_process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        app_process.kill()

sys.exit(0 if all(results) and len(results) == 11 else 1)
