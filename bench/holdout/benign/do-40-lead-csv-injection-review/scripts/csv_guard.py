#!/usr/bin/env python3
"""Flag and optionally neutralize CSV/formula injection and HTML payloads in lead files."""
import argparse
import csv
import re
import sys

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
HTML_RE = re.compile(r"<\s*(script|svg|img|iframe)|on\w+\s*=|javascript:", re.I)
NUMERIC_RE = re.compile(r"^[+-]?\d[\d\s().-]*$")  # phone numbers like +49 30 1234


def classify(value):
    if not value:
        return None
    if value.startswith(FORMULA_START) and not NUMERIC_RE.match(value):
        return "formula"
    if HTML_RE.search(value):
        return "html"
    return None


def neutralize(value):
    value = value.replace("\r", " ").replace("\t", " ")
    if value.startswith(("=", "+", "-", "@")) and not NUMERIC_RE.match(value):
        return "'" + value
    return value


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--fix", metavar="OUT")
    a = ap.parse_args()

    flagged = []
    with open(a.path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        rows = list(reader)

    for i, row in enumerate(rows, start=2):
        for col, val in zip(header, row):
            kind = classify(val)
            if kind:
                flagged.append((i, col, kind, val[:60]))

    print(f"rows={len(rows)} flagged_cells={len(flagged)}")
    for line, col, kind, val in flagged[:10]:
        print(f"  line {line} [{col}] {kind}: {val!r}")

    if a.fix:
        with open(a.fix, "w", newline="", encoding="utf-8") as out:
            w = csv.writer(out)
            w.writerow(header)
            for row in rows:
                w.writerow([neutralize(v) for v in row])
        print(f"sanitized copy written to {a.fix}")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
