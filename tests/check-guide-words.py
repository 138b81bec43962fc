#!/usr/bin/env python3
# check-guide-words.py — finds text in a dataset that follows the comparison
# guide word for word for eight words or more in a row.
#
# The guide itself is not part of the repository: its eight-word runs
# ("shingles", lower-cased, punctuation dropped) are kept as short hashes in
# tests/data/guide-shingles.txt, written from the guide with --update. The
# check compares every string of the dataset against them.
#
# Usage:
#   check-guide-words.py --update GUIDE.txt SHINGLES.txt
#   check-guide-words.py SHINGLES.txt DATASET.json
# The check exits with status 1 and lists each string that repeats the guide.
#
# Copyright 2026 The Stackwise authors
# SPDX-License-Identifier: GPL-3.0-or-later

import hashlib
import json
import re
import sys

N = 8
WORD = re.compile(r"[0-9a-z]+")


def words(text):
    text = text.lower().replace("\u2019", "'").replace("'", "")
    return WORD.findall(text)


def digest(run):
    return hashlib.sha256(" ".join(run).encode("utf-8")).hexdigest()[:16]


def shingles(text):
    w = words(text)
    return [(i, digest(w[i:i + N])) for i in range(len(w) - N + 1)], w


def strings(node, path=""):
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from strings(item, f"{path}[{i}]")
    elif isinstance(node, dict):
        for key, item in node.items():
            yield from strings(item, f"{path}.{key}" if path else key)


def update(guide_path, out_path):
    with open(guide_path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    hashes = sorted({h for line in lines for _, h in shingles(line)[0]})
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("# SHA-256 prefixes of the comparison guide's eight-word runs; "
                "see tests/check-guide-words.py\n")
        f.write("\n".join(hashes) + "\n")
    return 0


def check(shingles_path, dataset_path):
    with open(shingles_path, encoding="utf-8") as f:
        known = {line.strip() for line in f if line.strip() and not line.startswith("#")}
    with open(dataset_path, encoding="utf-8") as f:
        dataset = json.load(f)
    found = 0
    print(f"1..1")
    for path, text in strings(dataset):
        runs, w = shingles(text)
        hits = [i for i, h in runs if h in known]
        if hits:
            found += 1
            start, end = hits[0], hits[-1] + N
            print(f"# {path}: “{' '.join(w[start:end])}” follows the guide word for word "
                  f"({end - start} words); say it in other words")
    if found:
        print(f"not ok 1 - {found} strings follow the guide for {N} words or more")
        return 1
    print(f"ok 1 - no string follows the guide for {N} words or more")
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--update":
        sys.exit(update(sys.argv[2], sys.argv[3]))
    if len(sys.argv) == 3:
        sys.exit(check(sys.argv[1], sys.argv[2]))
    sys.exit("usage: check-guide-words.py [--update GUIDE.txt] SHINGLES.txt [DATASET.json]")
