#!/usr/bin/env python3
import json
import os
import re
import sys

H = os.path.expanduser("~/.local/share/cliphist/history.jsonl")


def load():
    if not os.path.exists(H):
        return []
    with open(H) as fh:
        rows = [json.loads(l) for l in fh if l.strip()]
    return rows[-500:][::-1]


def main():
    if len(sys.argv) < 2:
        print("usage: clip.py search TERM | recent N | urls")
        return
    rows = load()
    cmd = sys.argv[1]
    if cmd == "search":
        term = sys.argv[2].lower()
        rows = [r for r in rows if term in r["text"].lower()]
    elif cmd == "recent":
        rows = rows[: int(sys.argv[2]) if len(sys.argv) > 2 else 10]
    elif cmd == "urls":
        rows = [r for r in rows if re.search(r"https?://", r["text"])]
    for r in rows[:20]:
        print(r["text"].strip()[:300])
        print("---")


if __name__ == "__main__":
    main()
