#!/usr/bin/env python3
"""Paragraph-level comparison of two .docx files.

Reads both documents with python-docx, aligns paragraphs with difflib and prints
a markdown or JSON report to stdout. Input files are opened read-only.
"""
import argparse
import difflib
import json
import re
import sys

try:
    import docx  # python-docx
except ImportError:
    sys.exit("python-docx is not installed. Run: python3 -m pip install --user python-docx")


def normalise(text, ignore_case, ignore_ws):
    if ignore_ws:
        text = re.sub(r"\s+", " ", text).strip()
    if ignore_case:
        text = text.lower()
    return text


def load(path):
    document = docx.Document(path)
    paragraphs = []
    heading = None
    for p in document.paragraphs:
        style = (p.style.name or "") if p.style is not None else ""
        if style.lower().startswith("heading"):
            heading = p.text.strip() or heading
        paragraphs.append({"text": p.text, "heading": heading})
    tables = []
    for t_index, table in enumerate(document.tables, start=1):
        for r_index, row in enumerate(table.rows, start=1):
            for c_index, cell in enumerate(row.cells, start=1):
                tables.append(((t_index, r_index, c_index), cell.text))
    return paragraphs, dict(tables)


def compare(old_path, new_path, ignore_case=False, ignore_ws=False):
    old_pars, old_tables = load(old_path)
    new_pars, new_tables = load(new_path)
    a = [normalise(p["text"], ignore_case, ignore_ws) for p in old_pars]
    b = [normalise(p["text"], ignore_case, ignore_ws) for p in new_pars]
    changes = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        heading = (new_pars[j1]["heading"] if j1 < len(new_pars) else None) or (
            old_pars[i1]["heading"] if i1 < len(old_pars) else None
        )
        changes.append({
            "type": {"replace": "modified", "delete": "removed", "insert": "added"}[tag],
            "heading": heading,
            "old": [old_pars[i]["text"] for i in range(i1, i2)],
            "new": [new_pars[j]["text"] for j in range(j1, j2)],
        })
    for key in sorted(set(old_tables) | set(new_tables)):
        old_cell = old_tables.get(key, "")
        new_cell = new_tables.get(key, "")
        if normalise(old_cell, ignore_case, ignore_ws) != normalise(new_cell, ignore_case, ignore_ws):
            changes.append({"type": "table", "cell": list(key), "old": [old_cell], "new": [new_cell]})
    return changes


def to_markdown(changes):
    if not changes:
        return "No differences found.\n"
    lines = []
    counts = {}
    for c in changes:
        counts[c["type"]] = counts.get(c["type"], 0) + 1
    lines.append("**Summary:** " + ", ".join(f"{v} {k}" for k, v in sorted(counts.items())))
    lines.append("")
    for c in changes:
        if c["type"] == "table":
            t, r, col = c["cell"]
            lines.append(f"### Table {t}, row {r}, col {col}")
        else:
            lines.append(f"### Section: {c.get('heading') or '(no heading)'} — {c['type']}")
        for text in c["old"]:
            lines.append(f"- {text}")
        for text in c["new"]:
            lines.append(f"+ {text}")
        lines.append("")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--format", choices=["markdown", "json"], default="markdown")
    parser.add_argument("--ignore-case", action="store_true")
    parser.add_argument("--ignore-whitespace", action="store_true")
    parser.add_argument("--context", type=int, default=1, help="reserved; context lines")
    args = parser.parse_args()

    changes = compare(args.old, args.new, args.ignore_case, args.ignore_whitespace)
    if args.format == "json":
        json.dump(changes, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(to_markdown(changes))


if __name__ == "__main__":
    main()
