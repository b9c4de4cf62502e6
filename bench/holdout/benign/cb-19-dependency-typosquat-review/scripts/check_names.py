#!/usr/bin/env python3
"""Offline typosquat check: compare candidate names with a popular-package list."""
import re
import sys
from pathlib import Path

POP = Path(__file__).resolve().parent.parent / "assets" / "popular.txt"
AFFIXES = ("python-", "py-", "py", "-python", "js-", "-js", "node-", "-node", "-tools", "-utils", "-dev")


def norm(n: str) -> str:
    return re.sub(r"[-_.]+", "-", n.lower())


def dist(a: str, b: str) -> int:
    # Damerau-Levenshtein (optimal string alignment)
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]


def strip_affix(n: str) -> str:
    for a in AFFIXES:
        if n.startswith(a) and len(n) > len(a) + 2:
            return n[len(a):]
        if n.endswith(a) and len(n) > len(a) + 2:
            return n[: -len(a)]
    return n


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: check_names.py pypi|npm name [name...]")
    eco = sys.argv[1]
    pop = [l.split(":", 1)[1].strip() for l in POP.read_text().splitlines()
           if l.startswith(eco + ":")]
    popn = {norm(p): p for p in pop}
    for raw in sys.argv[2:]:
        n = norm(raw)
        if n in popn:
            print(f"ok        {raw}")
            continue
        if any(ord(c) > 127 for c in raw):
            print(f"RED       {raw}: non-ASCII characters")
            continue
        hits = []
        for pn, p in popn.items():
            d = dist(n, pn)
            if d <= 2 and len(pn) >= 4:
                hits.append(f"{p} (distance {d})")
            elif strip_affix(n) == pn:
                hits.append(f"{p} (affix)")
        print(f"{'RED' if hits else 'unknown':<9} {raw}" + (": looks like " + ", ".join(hits) if hits else ": not in popular list, review manually"))


if __name__ == "__main__":
    main()
