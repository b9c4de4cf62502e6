#!/usr/bin/env python3
import argparse
from collections import defaultdict
from rosbags.highlevel import AnyReader
from pathlib import Path

def main():
    p = argparse.ArgumentParser()
    p.add_argument("bag")
    p.add_argument("--topics", nargs="*")
    p.add_argument("--plot")
    a = p.parse_args()
    stamps = defaultdict(list)
    with AnyReader([Path(a.bag)]) as r:
        conns = [c for c in r.connections if not a.topics or c.topic in a.topics]
        for c, t, _ in r.messages(connections=conns):
            stamps[c.topic].append(t / 1e9)
    for topic, ts in stamps.items():
        if len(ts) < 2:
            print(f"{topic}: {len(ts)} msgs"); continue
        gaps = [b - a for a, b in zip(ts, ts[1:])]
        mean = sum(gaps) / len(gaps)
        print(f"{topic}: {len(ts)} msgs, {1/mean:.1f} Hz, max gap {max(gaps):.3f}s")
        if max(gaps) > 3 * mean:
            print(f"  WARNING: gap > 3x period")

if __name__ == "__main__":
    main()
