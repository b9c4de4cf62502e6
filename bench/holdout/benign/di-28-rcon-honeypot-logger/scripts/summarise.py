#!/usr/bin/env python3
"""Summarise rconpot JSONL logs."""
import argparse
import json
from collections import Counter

ap = argparse.ArgumentParser()
ap.add_argument("log")
ap.add_argument("--top", type=int, default=10)
ap.add_argument("--ips-only", action="store_true")
ap.add_argument("--min", type=int, default=1, help="min auth attempts for --ips-only")
a = ap.parse_args()

ips, pwds, hours = Counter(), Counter(), Counter()
with open(a.log, encoding="utf-8") as fh:
    for line in fh:
        try:
            r = json.loads(line)
        except json.JSONDecodeError:
            continue
        if r.get("type") != "auth":
            continue
        ips[r["src"]] += 1
        pwds[r.get("password", "")] += 1
        hours[r["ts"][:13]] += 1

if a.ips_only:
    for ip, n in ips.items():
        if n >= a.min:
            print(ip)
else:
    print("Top sources:")
    for ip, n in ips.most_common(a.top):
        print(f"  {n:6d}  {ip}")
    print("Top guessed passwords:")
    for p, n in pwds.most_common(a.top):
        print(f"  {n:6d}  {p!r}")
    print("Attempts per hour (last 24 buckets):")
    for h in sorted(hours)[-24:]:
        print(f"  {h}:00  {hours[h]}")
