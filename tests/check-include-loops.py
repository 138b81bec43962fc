#!/usr/bin/env python3
# check-include-loops.py — no two parts of the application include each other in a loop
#
# Copyright 2026 The Stackwise authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   check-include-loops.py SRC_DIR
#
# Reads every #include "…" line of the .c and .h files under SRC_DIR and
# fails on a cycle between units, where foo.c, foo.h and foo-private.h are
# one unit (so a.c including b.h while b.c includes a.h is a loop). Headers are found by
# name, as the build's include paths make every folder's headers visible;
# headers that are not under SRC_DIR (config.h, generated files, libraries)
# are ignored. Prints each loop as "a → b → a" and exits 1, or prints the
# number of units and exits 0 (TAP).

import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.MULTILINE)


def unit_of(path):
    unit = os.path.splitext(path)[0]
    # foo-private.h is the private half of foo.h: the same unit.
    return unit[:-len('-private')] if unit.endswith('-private') else unit


def main():
    if len(sys.argv) != 2:
        print(__doc__ or "usage: check-include-loops.py SRC_DIR", file=sys.stderr)
        return 2
    top = sys.argv[1]

    headers = {}
    sources = []
    for folder, _, names in os.walk(top):
        for name in sorted(names):
            if name.endswith(('.c', '.h')):
                path = os.path.relpath(os.path.join(folder, name), top)
                sources.append(path)
                if name.endswith('.h'):
                    if name in headers:
                        print(f"Bail out! two headers named {name}: {headers[name]} and {path}")
                        return 1
                    headers[name] = path

    edges = {}
    for path in sources:
        with open(os.path.join(top, path), encoding='utf-8') as f:
            text = f.read()
        unit = unit_of(path)
        edges.setdefault(unit, set())
        for included in INCLUDE.findall(text):
            target = headers.get(os.path.basename(included))
            if target is None:
                continue
            other = unit_of(target)
            if other != unit:
                edges[unit].add(other)
                edges.setdefault(other, set())

    # Tarjan's strongly connected components: every component of more than
    # one unit is a loop.
    index = {}
    low = {}
    stack = []
    on_stack = set()
    loops = []
    counter = [0]

    def visit(unit):
        index[unit] = low[unit] = counter[0]
        counter[0] += 1
        stack.append(unit)
        on_stack.add(unit)
        for other in sorted(edges[unit]):
            if other not in index:
                visit(other)
                low[unit] = min(low[unit], low[other])
            elif other in on_stack:
                low[unit] = min(low[unit], index[other])
        if low[unit] == index[unit]:
            component = []
            while True:
                other = stack.pop()
                on_stack.discard(other)
                component.append(other)
                if other == unit:
                    break
            if len(component) > 1:
                loops.append(sorted(component))

    sys.setrecursionlimit(10000)
    for unit in sorted(edges):
        if unit not in index:
            visit(unit)

    print("1..1")
    if loops:
        for component in loops:
            members = set(component)
            # One cycle through the component, to name it.
            path = [component[0]]
            seen = {component[0]}
            while True:
                following = sorted(edges[path[-1]] & members)
                nxt = next((u for u in following if u not in seen), None)
                if nxt is None:
                    back = next(u for u in following if u in seen)
                    path = path[path.index(back):] + [back]
                    break
                path.append(nxt)
                seen.add(nxt)
            print("# include loop: " + " → ".join(path) +
                  f" ({len(component)} units: {', '.join(component)})")
        print(f"not ok 1 - {len(loops)} include loop(s) under {top}")
        return 1
    print(f"ok 1 - no include loops among {len(edges)} units under {top}")
    return 0


if __name__ == '__main__':
    sys.exit(main())
