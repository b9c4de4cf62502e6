#!/usr/bin/env python3
"""Score DNS query logs for tunnelling/exfil characteristics. Reads logs only."""
import argparse
import collections
import json
import math
import sys


def entropy(s: str) -> float:
    if not s:
        return 0.0
    counts = collections.Counter(s)
    return -sum(c / len(s) * math.log2(c / len(s)) for c in counts.values())


def registered(name: str) -> str:
    parts = name.rstrip(".").split(".")
    # naive eTLD+1; good enough for hunting, swap in tldextract if available
    if len(parts) >= 3 and parts[-2] in {"co", "com", "net", "org", "gov", "ac"} and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def read_zeek(fh):
    fields = None
    for line in fh:
        if line.startswith("#fields"):
            fields = line.rstrip("\n").split("\t")[1:]
            continue
        if line.startswith("#") or not fields:
            continue
        row = dict(zip(fields, line.rstrip("\n").split("\t")))
        yield row.get("id.orig_h", "?"), row.get("query", ""), row.get("qtype_name", "?")


def read_r53(fh):
    for line in fh:
        try:
            r = json.loads(line)
        except json.JSONDecodeError:
            continue
        yield r.get("srcaddr", "?"), r.get("query_name", ""), r.get("query_type", "?")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("log")
    ap.add_argument("--format", choices=["zeek", "r53"], default="zeek")
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("--allow", action="append", default=["in-addr.arpa", "ip6.arpa"])
    a = ap.parse_args()

    per = collections.defaultdict(lambda: {"subs": set(), "lens": [], "ents": [], "qtypes": collections.Counter(), "srcs": collections.Counter()})
    reader = read_zeek if a.format == "zeek" else read_r53
    with open(a.log, encoding="utf-8", errors="replace") as fh:
        for src, q, qt in reader(fh):
            if not q or q == "-":
                continue
            dom = registered(q)
            if any(dom.endswith(x) for x in a.allow):
                continue
            sub = q[: -len(dom)].rstrip(".")
            d = per[dom]
            d["subs"].add(sub)
            longest = max(sub.split("."), key=len) if sub else ""
            d["lens"].append(len(longest))
            d["ents"].append(entropy(longest))
            d["qtypes"][qt] += 1
            d["srcs"][src] += 1

    rows = []
    for dom, d in per.items():
        n = len(d["subs"])
        ml = sum(d["lens"]) / len(d["lens"])
        me = sum(d["ents"]) / len(d["ents"])
        txt = (d["qtypes"]["TXT"] + d["qtypes"]["NULL"]) / sum(d["qtypes"].values())
        score = math.log1p(n) * (ml / 20) * (me / 3) * (1 + txt)
        rows.append((score, dom, n, ml, me, dict(d["qtypes"].most_common(3)), d["srcs"].most_common(3)))

    rows.sort(reverse=True)
    print(f"{'score':>7}  {'domain':40} {'uniq':>6} {'len':>5} {'ent':>5}  qtypes / top sources")
    for score, dom, n, ml, me, qt, srcs in rows[: a.top]:
        print(f"{score:7.2f}  {dom:40} {n:6d} {ml:5.1f} {me:5.2f}  {qt} {srcs}")


if __name__ == "__main__":
    sys.exit(main())
