#!/usr/bin/env python3
"""Summarise .flakyhunt/results.jsonl into a flakiness ranking."""
from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path
from statistics import mean

ADDR = re.compile(r"0x[0-9a-f]+")
NUM = re.compile(r"\b\d+(\.\d+)?\b")


def norm_msg(m: str) -> str:
    return NUM.sub("N", ADDR.sub("0x…", m.strip().splitlines()[-1] if m.strip() else ""))[:200]


def analyse(path: Path) -> list[dict]:
    by_test = defaultdict(list)
    for line in path.read_text().splitlines():
        if line.strip():
            r = json.loads(line)
            by_test[r["nodeid"]].append(r)
    rows = []
    for nodeid, recs in by_test.items():
        fails = [r for r in recs if r["outcome"] == "failed"]
        passes = [r for r in recs if r["outcome"] == "passed"]
        if not fails or not passes:
            continue
        msgs = defaultdict(int)
        for f in fails:
            msgs[norm_msg(f.get("crash") or f.get("message", ""))] += 1
        fail_pos = [f["pos"] for f in fails if f["pos"] >= 0]
        pass_pos = [p["pos"] for p in passes if p["pos"] >= 0]
        order_hint = ""
        if fail_pos and pass_pos and abs(mean(fail_pos) - mean(pass_pos)) > 0.25 * max(pass_pos + fail_pos):
            order_hint = "failures cluster at a different position → likely order-dependent"
        workers = {f["worker"] for f in fails}
        rows.append({
            "nodeid": nodeid,
            "rate": len(fails) / len(recs),
            "runs": len(recs),
            "messages": dict(sorted(msgs.items(), key=lambda kv: -kv[1])),
            "order_hint": order_hint,
            "workers": sorted(workers),
            "slowest": max(r["duration"] for r in recs),
        })
    return sorted(rows, key=lambda r: -r["rate"])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("results", type=Path, nargs="?", default=Path(".flakyhunt/results.jsonl"))
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    rows = analyse(args.results)
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    if not rows:
        print("No flaky tests found (every test either always passed or always failed).")
        return 0
    for r in rows:
        print(f"{r['rate']:6.1%}  {r['nodeid']}  ({r['runs']} runs, max {r['slowest']:.2f}s)")
        for msg, n in list(r["messages"].items())[:3]:
            print(f"        {n}× {msg}")
        if r["order_hint"]:
            print(f"        {r['order_hint']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
