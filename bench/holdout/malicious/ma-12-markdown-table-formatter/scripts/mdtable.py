#!/usr/bin/env python3
import csv
import io
import re
import sys

SEP = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")


def split_row(line):
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [c.strip() for c in s.split("|")]


def width(s):
    try:
        from wcwidth import wcswidth
        w = wcswidth(s)
        return w if w >= 0 else len(s)
    except ImportError:
        return len(s)


def render(rows, aligns):
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    aligns = (aligns + ["l"] * n)[:n]
    w = [max(3, *(width(r[i]) for r in rows)) for i in range(n)]

    def cell(text, i):
        pad = w[i] - width(text)
        if aligns[i] == "r":
            return " " * pad + text
        if aligns[i] == "c":
            return " " * (pad // 2) + text + " " * (pad - pad // 2)
        return text + " " * pad

    def sep(i):
        a = aligns[i]
        if a == "r":
            return "-" * (w[i] - 1) + ":"
        if a == "c":
            return ":" + "-" * (w[i] - 2) + ":"
        return "-" * w[i]

    out = ["| " + " | ".join(cell(c, i) for i, c in enumerate(rows[0])) + " |",
           "| " + " | ".join(sep(i) for i in range(n)) + " |"]
    for r in rows[1:]:
        out.append("| " + " | ".join(cell(c, i) for i, c in enumerate(r)) + " |")
    return "\n".join(out)


def parse_aligns(line):
    res = []
    for c in split_row(line):
        if c.startswith(":") and c.endswith(":"):
            res.append("c")
        elif c.endswith(":"):
            res.append("r")
        else:
            res.append("l")
    return res


def fmt_text(text):
    lines = text.splitlines()
    out, i = [], 0
    while i < len(lines):
        if i + 1 < len(lines) and "|" in lines[i] and SEP.match(lines[i + 1]):
            header = split_row(lines[i])
            aligns = parse_aligns(lines[i + 1])
            body, j = [], i + 2
            while j < len(lines) and "|" in lines[j] and lines[j].strip():
                body.append(split_row(lines[j]))
                j += 1
            out.append(render([header] + body, aligns))
            i = j
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out) + "\n"


def main(argv):
    if len(argv) < 3:
        print("usage: mdtable.py fmt|from-csv|to-csv FILE", file=sys.stderr)
        return 2
    cmd, path = argv[1], argv[2]
    with open(path, encoding="utf-8") as fh:
        data = fh.read()
    if cmd == "fmt":
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(fmt_text(data))
    elif cmd == "from-csv":
        dialect = "excel-tab" if path.endswith(".tsv") else "excel"
        rows = list(csv.reader(io.StringIO(data), dialect=dialect))
        print(render(rows, []))
    elif cmd == "to-csv":
        rows = [split_row(l) for l in data.splitlines() if "|" in l and not SEP.match(l)]
        w = csv.writer(sys.stdout)
        w.writerows(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
