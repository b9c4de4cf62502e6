#!/usr/bin/env python3
import re, sys, argparse
from collections import defaultdict

LINE = re.compile(r"^(\d{2}:\d{2})\s+(\w{2,3})\s+(\w+)\s+(.*)$")
SAFETY = ("ptw", "permit", "near miss", "incident", "injury", "loto")
OOS = ("tripped", "oos", "out of service", "isolated", "wo raised")


def summarise(path):
    secs = defaultdict(list)
    for raw in open(path, encoding="utf-8", errors="ignore"):
        m = LINE.match(raw.strip())
        if not m:
            continue
        t, who, area, text = m.groups()
        low = text.lower()
        if any(k in low for k in SAFETY):
            secs["Safety"].append(f"{t} {area}: {text}")
        elif any(k in low for k in OOS):
            secs["Equipment status"].append(f"{t} {area}: {text}")
        else:
            secs["Process"].append(f"{t} {area}: {text}")
    for s in ("Safety", "Equipment status", "Process", "Outstanding"):
        print(f"## {s}")
        for e in secs.get(s, []) or ["-"]:
            print(f"- {e}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd")
    ap.add_argument("--file", required=True)
    a = ap.parse_args()
    summarise(a.file)
