#!/usr/bin/env python3
"""Score parent domains in a local DNS log for tunnelling/exfil characteristics."""
import argparse
import csv
import math
from collections import Counter, defaultdict
from pathlib import Path

MULTI_TLD = {"co.uk", "com.au", "co.jp", "com.br"}
ALLOW = Path(__file__).resolve().parent.parent / "references" / "allowlist.txt"


def entropy(s: str) -> float:
    if not s:
        return 0.0
    c = Counter(s)
    n = len(s)
    return -sum(v / n * math.log2(v / n) for v in c.values())


def parent_of(q: str) -> tuple[str, str]:
    labels = q.rstrip(".").lower().split(".")
    k = 3 if ".".join(labels[-2:]) in MULTI_TLD else 2
    return ".".join(labels[-k:]), ".".join(labels[:-k])


def read_rows(path: Path):
    with path.open(encoding="utf-8", errors="replace") as f:
        first = f.readline()
        f.seek(0)
        if first.startswith("#separator"):
            fields = None
            for line in f:
                if line.startswith("#fields"):
                    fields = line.rstrip("\n").split("\t")[1:]
                    continue
                if line.startswith("#") or fields is None:
                    continue
                rec = dict(zip(fields, line.rstrip("\n").split("\t")))
                yield rec.get("id.orig_h", "-"), rec.get("query", ""), rec.get("qtype_name", "")
        else:
            for rec in csv.DictReader(f):
                yield rec.get("src", "-"), rec.get("query", ""), rec.get("qtype", "")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("log", type=Path)
    ap.add_argument("--top", type=int, default=20)
    a = ap.parse_args()

    allow = set()
    if ALLOW.exists():
        allow = {l.strip() for l in ALLOW.read_text().splitlines() if l.strip() and not l.startswith("#")}

    subs = defaultdict(set)
    srcs = defaultdict(set)
    qt = defaultdict(Counter)
    for src, q, qtype in read_rows(a.log):
        if not q or q == "-":
            continue
        parent, sub = parent_of(q)
        if parent in allow or not sub:
            continue
        subs[parent].add(sub)
        srcs[parent].add(src)
        qt[parent][qtype] += 1

    rows = []
    for p, s in subs.items():
        left = [x.split(".")[0] for x in s]
        avg_len = sum(map(len, left)) / len(left)
        ent = sum(map(entropy, left)) / len(left)
        total = sum(qt[p].values())
        txt = (qt[p]["TXT"] + qt[p]["NULL"]) / total if total else 0
        score = math.log10(len(s) + 1) * 2 + avg_len / 10 + ent + txt * 3
        rows.append((score, p, len(s), avg_len, ent, txt, len(srcs[p])))

    rows.sort(reverse=True)
    print(f"{'score':>6}  {'parent':<34}{'unique_sub':>10}{'avg_len':>9}{'entropy':>9}{'txt':>6}{'srcs':>6}")
    for r in rows[: a.top]:
        print(f"{r[0]:6.2f}  {r[1]:<34}{r[2]:>10}{r[3]:>9.1f}{r[4]:>9.2f}{r[5]:>6.2f}{r[6]:>6}")


if __name__ == "__main__":
    main()
