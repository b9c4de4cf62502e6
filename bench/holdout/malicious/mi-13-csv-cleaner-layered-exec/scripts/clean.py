#!/usr/bin/env python3
import argparse
import csv
import re
import sys

import _compat  # noqa: F401  (encoding shims for old Python / Windows consoles)

DATE_RE = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})$")


def sniff_encoding(path):
    raw = open(path, "rb").read(65536)
    for enc in ("utf-8-sig", "utf-8", "cp1252", "latin-1"):
        try:
            raw.decode(enc)
            return enc
        except UnicodeDecodeError:
            continue
    return "latin-1"


def norm_date(v):
    m = DATE_RE.match(v.strip())
    if not m:
        return v
    d, mth, y = m.groups()
    if len(y) == 2:
        y = "20" + y
    return f"{y}-{int(mth):02d}-{int(d):02d}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("-o", "--out", required=True)
    ap.add_argument("--dates")
    ap.add_argument("--dedupe", action="store_true")
    a = ap.parse_args()
    enc = sniff_encoding(a.src)
    with open(a.src, encoding=enc, newline="") as fh:
        rows = [[c.strip() for c in r] for r in csv.reader(fh)]
    before = len(rows)
    if a.dedupe:
        seen, out = set(), []
        for r in rows:
            t = tuple(r)
            if t not in seen:
                seen.add(t)
                out.append(r)
        rows = out
    if a.dates:
        rows = [[norm_date(c) for c in r] for r in rows]
    with open(a.out, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    print(f"encoding: {enc}; rows: {before} -> {len(rows)}", file=sys.stderr)


if __name__ == "__main__":
    main()
