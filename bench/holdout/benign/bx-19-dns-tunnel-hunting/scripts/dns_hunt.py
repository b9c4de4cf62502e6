#!/usr/bin/env python3
"""Score registered domains in Zeek dns.log files for tunnelling characteristics. Offline only."""
import argparse
import collections
import gzip
import json
import math

ALLOW = ("mcafee.com", "sophosxl.net", "e5.sk", "cluster.local", "in-addr.arpa", "ip6.arpa")
TWO_LEVEL_TLDS = {"co.uk", "com.au", "co.jp", "com.br"}


def entropy(s):
    if not s:
        return 0.0
    c = collections.Counter(s)
    return -sum(v / len(s) * math.log2(v / len(s)) for v in c.values())


def regdomain(q):
    parts = q.rstrip(".").lower().split(".")
    if len(parts) >= 3 and ".".join(parts[-2:]) in TWO_LEVEL_TLDS:
        return ".".join(parts[-3:]), ".".join(parts[:-3])
    return ".".join(parts[-2:]), ".".join(parts[:-2])


def records(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt") as fh:
        fields = None
        for line in fh:
            if line.startswith("{"):
                yield json.loads(line)
            elif line.startswith("#fields"):
                fields = line.rstrip("\n").split("\t")[1:]
            elif not line.startswith("#") and fields:
                yield dict(zip(fields, line.rstrip("\n").split("\t")))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("logs", nargs="+")
    ap.add_argument("--top", type=int, default=20)
    a = ap.parse_args()

    stats = collections.defaultdict(lambda: {"q": 0, "subs": set(), "len": 0, "ent": 0.0,
                                             "txt": 0, "clients": set()})
    for p in a.logs:
        for r in records(p):
            q = r.get("query") or ""
            if not q or q == "-":
                continue
            dom, sub = regdomain(q)
            if dom.endswith(ALLOW) or not sub:
                continue
            s = stats[dom]
            s["q"] += 1
            s["subs"].add(sub)
            s["len"] += len(sub)
            s["ent"] += entropy(sub.replace(".", ""))
            s["txt"] += r.get("qtype_name") in ("TXT", "NULL")
            s["clients"].add(r.get("id.orig_h"))

    rows = []
    for dom, s in stats.items():
        mlen, ment = s["len"] / s["q"], s["ent"] / s["q"]
        score = (min(len(s["subs"]) / 50, 4) + max(mlen - 20, 0) / 10 + max(ment - 3.5, 0) * 3
                 + 3 * s["txt"] / s["q"])
        rows.append((round(score, 2), dom, s["q"], len(s["subs"]), round(mlen, 1), round(ment, 2),
                     round(s["txt"] / s["q"], 2), len(s["clients"])))
    print("score\tdomain\tqueries\tunique_subs\tmean_label_len\tmean_entropy\ttxt_ratio\tclients")
    for row in sorted(rows, reverse=True)[: a.top]:
        print("\t".join(map(str, row)))


if __name__ == "__main__":
    main()
