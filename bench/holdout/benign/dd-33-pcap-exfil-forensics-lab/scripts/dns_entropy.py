#!/usr/bin/env python3
import argparse, collections, math
def entropy(s):
    c = collections.Counter(s); n = len(s)
    return -sum(v / n * math.log2(v / n) for v in c.values()) if n else 0
ap = argparse.ArgumentParser(); ap.add_argument("dnslog"); ap.add_argument("--min-len", type=int, default=30)
ap.add_argument("--min-entropy", type=float, default=3.8); a = ap.parse_args()
per_domain = collections.Counter()
fields = None
for line in open(a.dnslog):
    if line.startswith("#fields"):
        fields = line.strip().split("\t")[1:]; continue
    if line.startswith("#") or not fields: continue
    r = dict(zip(fields, line.rstrip("\n").split("\t")))
    q = r.get("query", "")
    label = q.split(".")[0]
    if len(label) >= a.min_len and entropy(label) >= a.min_entropy:
        per_domain[".".join(q.split(".")[-3:])] += 1
for dom, n in per_domain.most_common(20):
    print(f"{n:6d}  {dom.replace('.', '[.]')}")
