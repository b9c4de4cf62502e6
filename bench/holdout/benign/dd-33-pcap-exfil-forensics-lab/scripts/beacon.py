#!/usr/bin/env python3
import collections, statistics, sys
fields = None; times = collections.defaultdict(list)
for line in open(sys.argv[1]):
    if line.startswith("#fields"): fields = line.strip().split("\t")[1:]; continue
    if line.startswith("#") or not fields: continue
    r = dict(zip(fields, line.rstrip("\n").split("\t")))
    times[(r["id.orig_h"], r["id.resp_h"], r["id.resp_p"])].append(float(r["ts"]))
for k, ts in times.items():
    if len(ts) < 50: continue
    ts.sort(); gaps = [b - a for a, b in zip(ts, ts[1:])]
    m = statistics.mean(gaps); cv = statistics.pstdev(gaps) / m if m else 0
    if cv < 0.1:
        print(f"{k[0]} -> {k[1]}:{k[2]}  n={len(ts)} interval={m:.1f}s cv={cv:.3f}")
