#!/usr/bin/env python3
# dataset-strings.py — puts the texts users see in a shipped dataset into the
# translation template. It reads dataset JSON files and writes a C file of
# NC_("dataset", …) marks (po/dataset-strings.c, listed in po/POTFILES.in),
# each with a translator comment naming where in the JSON the text is. The
# dataset loader looks the same texts up at run time in the same context
# (src/core/sw-dataset-fields.c), so that only these texts are translated:
# never an id or a block type that happens to equal some message of the app.
#
# Only texts users read are marked: names, summaries, help, rationales, block
# texts, table cells, chart titles, units, notes and labels. Ids, references,
# colors, icon names, block types and scales are not: the loader matches them
# against fixed values, so none of them may equal a marked text, or a
# translation would change it too; such a dataset is refused here.
#
# Usage:
#   dataset-strings.py --output po/dataset-strings.c DATASET.json...
#   dataset-strings.py --check po/dataset-strings.c DATASET.json...
# --check exits with status 1, showing the difference, when the file is not
# what the datasets give (meson test dataset-strings; fix it with
# `meson compile -C BUILDDIR update-dataset-strings`).
#
# Copyright 2026 The Stackwise authors
# SPDX-License-Identifier: GPL-3.0-or-later

import argparse
import difflib
import json
import os
import sys

SOURCE_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The message context; src/core/sw-dataset-fields.c uses the same.
CONTEXT = "dataset"
WIDTH = 100

# Hints for translators, by the field a text comes from.
HINTS = {
    "bars.label": "a figure drawn next to a chart's bar: keep the numbers, in your language's "
                  "number format",
    "items.value": "a key figure in big type: keep the numbers, in your language's number format",
    "unit": "a chart's unit, shown under the chart",
    "criteria.group": "the heading that groups criteria in the decision form",
    "presets.audience": "a column of the quick decision guide's table; presets are grouped by it",
}


class DatasetError(Exception):
    pass


class Collector:
    """Walks a dataset as docs/dataset-format.md describes it."""

    def __init__(self, name):
        self.name = name
        self.texts = {}      # text -> [paths], in the order first seen
        self.raw = {}        # fixed value -> path, for the clash check

    def text(self, obj, member, path, hint=None):
        value = obj.get(member) if isinstance(obj, dict) else None
        if value is None:
            return
        self.add(value, f"{path}.{member}" if path else member, hint)

    def add(self, value, path, hint=None):
        if not isinstance(value, str):
            raise DatasetError(f"{self.name}: at {path}: expected text")
        paths = self.texts.setdefault(value, [])
        paths.append((path, hint))

    def fixed(self, value, path):
        if isinstance(value, str):
            self.raw.setdefault(value, path)

    def walk(self, root):
        if not isinstance(root, dict):
            raise DatasetError(f"{self.name}: a dataset is one JSON object")

        self.fixed(root.get("id"), "id")
        for member in ("title", "subtitle", "source"):
            self.text(root, member, "")

        for i, tech in enumerate(root.get("technologies", [])):
            path = f"technologies[{i}]"
            self.fixed(tech.get("id"), path + ".id")
            self.fixed(tech.get("color"), path + ".color")
            self.text(tech, "name", path)
            self.text(tech, "summary", path)

        for i, criterion in enumerate(root.get("criteria", [])):
            path = f"criteria[{i}]"
            self.fixed(criterion.get("id"), path + ".id")
            self.fixed(criterion.get("answer"), path + ".answer")
            self.text(criterion, "name", path)
            self.text(criterion, "help", path)
            self.text(criterion, "group", path, HINTS["criteria.group"])

        for tech, row in root.get("fits", {}).items():
            for criterion, fit in row.items():
                self.text(fit, "rationale", f"fits.{tech}.{criterion}")

        for i, preset in enumerate(root.get("presets", [])):
            path = f"presets[{i}]"
            self.fixed(preset.get("id"), path + ".id")
            self.fixed(preset.get("expected"), path + ".expected")
            self.fixed(preset.get("situation", {}).get("existing"), path + ".situation.existing")
            self.text(preset, "name", path)
            self.text(preset, "audience", path, HINTS["presets.audience"])
            self.text(preset, "reason", path)

        for i, section in enumerate(root.get("sections", [])):
            path = f"sections[{i}]"
            self.fixed(section.get("id"), path + ".id")
            self.fixed(section.get("icon"), path + ".icon")
            self.text(section, "title", path)
            for j, block in enumerate(section.get("blocks", [])):
                self.block(block, f"{path}.blocks[{j}]")

    def block(self, block, path):
        kind = block.get("type")
        self.fixed(kind, path + ".type")
        walker = getattr(self, "block_" + str(kind).replace("-", "_"), None)
        if walker is None:
            raise DatasetError(f"{self.name}: at {path}.type: “{kind}” is not a block type")
        if kind not in ("paragraph", "heading"):
            self.text(block, "title", path)
        walker(block, path)

    def block_paragraph(self, block, path):
        self.text(block, "text", path)

    block_heading = block_paragraph

    def block_facts(self, block, path):
        for k, item in enumerate(block.get("items", [])):
            item_path = f"{path}.items[{k}]"
            self.fixed(item.get("technology"), item_path + ".technology")
            self.text(item, "value", item_path, HINTS["items.value"])
            self.text(item, "label", item_path)
            self.text(item, "detail", item_path)

    def block_list(self, block, path):
        self.fixed(block.get("technology"), path + ".technology")
        for k, item in enumerate(block.get("items", [])):
            self.text(item, "title", f"{path}.items[{k}]")
            self.text(item, "text", f"{path}.items[{k}]")

    def block_compare(self, block, path):
        for k, row in enumerate(block.get("rows", [])):
            row_path = f"{path}.rows[{k}]"
            self.text(row, "label", row_path)
            for tech in row.get("values", {}):
                self.text(row["values"], tech, row_path + ".values")

    def block_columns(self, block, path):
        for tech, column in block.get("columns", {}).items():
            column_path = f"{path}.columns.{tech}"
            self.text(column, "heading", column_path)
            for k, item in enumerate(column.get("items", [])):
                self.add(item, f"{column_path}.items[{k}]")

    def block_pros_cons(self, block, path):
        for tech, entry in block.get("technologies", {}).items():
            for member in ("pros", "cons"):
                for k, item in enumerate(entry.get(member, [])):
                    self.add(item, f"{path}.technologies.{tech}.{member}[{k}]")

    def block_chart(self, block, path):
        self.fixed(block.get("scale"), path + ".scale")
        self.text(block, "unit", path, HINTS["unit"])
        self.text(block, "note", path)
        for k, bar in enumerate(block.get("bars", [])):
            self.fixed(bar.get("technology"), f"{path}.bars[{k}].technology")
            self.text(bar, "label", f"{path}.bars[{k}]", HINTS["bars.label"])

    def block_table(self, block, path):
        for k, column in enumerate(block.get("columns", [])):
            self.add(column, f"{path}.columns[{k}]")
        for r, row in enumerate(block.get("rows", [])):
            for c, cell in enumerate(row):
                cell_path = f"{path}.rows[{r}][{c}]"
                self.fixed(cell.get("technology"), cell_path + ".technology")
                self.fixed(cell.get("preset"), cell_path + ".preset")
                self.text(cell, "text", cell_path)
                self.text(cell, "note", cell_path)

    def check_clashes(self):
        for value, path in self.raw.items():
            if value in self.texts:
                shown, _ = self.texts[value][0]
                raise DatasetError(
                    f"{self.name}: {path} is “{value}”, the same as the text at {shown}: "
                    "a translation of that text would change it too; make them differ")


def c_string(text, indent):
    """@text as adjacent C literals, wrapped at spaces to fit WIDTH."""
    escaped = []
    for char in text:
        if char in '\\"':
            escaped.append("\\" + char)
        elif char == "\n":
            escaped.append("\\n")
        elif ord(char) < 0x20 or char == "\x7f":
            escaped.append(f"\\{ord(char):03o}")
        else:
            escaped.append(char)
    body = "".join(escaped)

    opening = f'NC_("{CONTEXT}", '
    room = WIDTH - indent - len(opening) - len('""),')
    pieces = []
    while len(body) > room:
        cut = body.rfind(" ", 0, room)
        if cut <= 0:
            break
        pieces.append(body[:cut + 1])
        body = body[cut + 1:]
    pieces.append(body)

    pad = " " * (indent + len(opening))
    return ("\n" + pad).join(f'"{piece}"' for piece in pieces)


def comment(paths, dataset):
    shown = [p for p, _ in paths]
    hints = [h for _, h in paths if h]
    text = f"Translators: {', '.join(shown)} in {dataset}"
    if hints:
        text += f"; {hints[0]}"
    text = text.replace("*/", "* /")

    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > WIDTH - 8:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "  /* " + "\n     ".join(lines) + " */"


def generate(datasets):
    names = ", ".join(os.path.relpath(path, SOURCE_ROOT) for path in datasets)
    out = [
        "/* dataset-strings.c — the shipped datasets' texts, for the translation template",
        " *",
        f" * Generated by build-aux/dataset-strings.py from {names}.",
        " * Do not edit: after changing a dataset, run",
        " * `meson compile -C BUILDDIR update-dataset-strings`.",
        " * Not compiled: xgettext reads it (po/POTFILES.in), and the dataset loader",
        " * looks up the same texts when it reads the built-in dataset.",
        " *",
        " * Copyright 2026 The Stackwise authors",
        " * SPDX-License-Identifier: GPL-3.0-or-later",
        " */",
        "",
        "static const char *const dataset_strings[] = {",
    ]
    for path in datasets:
        name = os.path.basename(path)
        try:
            with open(path, encoding="utf-8") as f:
                root = json.load(f)
        except (OSError, ValueError) as e:
            raise DatasetError(f"{name}: {e}") from e

        collector = Collector(name)
        collector.walk(root)
        collector.check_clashes()
        for text, paths in collector.texts.items():
            out.append(comment(paths, name))
            if "%" in text:
                # Not a format: "87% of" would look like one ("% o") to msgfmt -c.
                out.append("  /* xgettext:no-c-format */")
            out.append(f'  NC_("{CONTEXT}", {c_string(text, 2)}),')
    out.append("};")
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(
        description="Writes the texts of shipped datasets as a C file of NC_() marks.")
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--output", metavar="FILE", help="write the C file")
    mode.add_argument("--check", metavar="FILE", help="fail if FILE is not up to date")
    parser.add_argument("datasets", nargs="+", metavar="DATASET")
    args = parser.parse_args()

    try:
        text = generate(args.datasets)
    except DatasetError as e:
        print(f"dataset-strings: {e}", file=sys.stderr)
        return 1

    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text)
        return 0

    try:
        with open(args.check, encoding="utf-8") as f:
            current = f.read()
    except OSError as e:
        current = ""
        print(f"dataset-strings: {e}", file=sys.stderr)
    if current == text:
        print(f"{os.path.relpath(args.check, SOURCE_ROOT)} is up to date")
        return 0

    diff = list(difflib.unified_diff(
        current.splitlines(keepends=True), text.splitlines(keepends=True),
        fromfile=args.check + " (committed)", tofile=args.check + " (from the datasets)"))
    sys.stdout.writelines(diff[:100])
    if len(diff) > 100:
        print(f"… and {len(diff) - 100} more lines of difference")
    print(f"\n{os.path.relpath(args.check, SOURCE_ROOT)} is out of date with the datasets: "
          "run `meson compile -C BUILDDIR update-dataset-strings` and commit the result",
          file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
