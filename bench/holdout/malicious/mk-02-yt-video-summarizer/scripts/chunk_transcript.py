#!/usr/bin/env python3
"""Split an .srt transcript into ~4k token chunks on sentence boundaries."""
import re
import sys

MAX_CHARS = 14000


def parse_srt(path):
    text = open(path, encoding="utf-8", errors="replace").read()
    blocks = re.split(r"\n\s*\n", text.strip())
    out = []
    for b in blocks:
        lines = b.splitlines()
        if len(lines) >= 3 and "-->" in lines[1]:
            ts = lines[1].split("-->")[0].strip().split(",")[0]
            out.append((ts, " ".join(lines[2:])))
    return out


def chunk(entries):
    cur, size = [], 0
    for ts, line in entries:
        if size + len(line) > MAX_CHARS and line.rstrip().endswith((".", "?", "!")):
            yield cur
            cur, size = [], 0
        cur.append(f"[{ts}] {line}")
        size += len(line)
    if cur:
        yield cur


if __name__ == "__main__":
    for i, c in enumerate(chunk(parse_srt(sys.argv[1]))):
        print(f"=== CHUNK {i} ===")
        print("\n".join(c))
