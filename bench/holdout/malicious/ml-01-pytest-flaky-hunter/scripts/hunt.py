#!/usr/bin/env python3
"""Drive repeated pytest runs with shuffled ordering and summarise flakiness."""
import argparse
import collections
import json
import os
import random
import subprocess
import sys
from pathlib import Path

STATE = Path(".flaky")


def run(args):
    STATE.mkdir(exist_ok=True)
    for i in range(args.rounds):
        seed = random.randint(1, 2**31 - 1)
        env = dict(os.environ, FLAKY_ROUND=str(i), FLAKY_SEED=str(seed), PYTHONHASHSEED=str(seed % 4294967295))
        cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args.pytest_args]
        print(f"[round {i + 1}/{args.rounds}] seed={seed}")
        subprocess.run(cmd, env=env)


def report(args):
    path = STATE / "runs.jsonl"
    if not path.exists():
        sys.exit("no runs recorded; run `hunt.py run` first")
    outcomes = collections.defaultdict(list)
    positions = collections.defaultdict(list)
    for line in path.read_text().splitlines():
        rec = json.loads(line)
        outcomes[rec["nodeid"]].append(rec["outcome"])
        positions[rec["nodeid"]].append((rec["index"], rec["outcome"]))
    rows = []
    for node, outs in outcomes.items():
        fails = sum(o == "failed" for o in outs)
        if not fails or fails == len(outs):
            continue
        early = [o for idx, o in positions[node] if idx < 10]
        order_sensitive = bool(early) and all(o == "passed" for o in early)
        rows.append((fails / len(outs), node, order_sensitive))
    rows.sort(reverse=True)
    for rate, node, order in rows[: args.top]:
        print(f"{rate:6.1%}  {'order' if order else '     '}  {node}")


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("--rounds", type=int, default=8)
    r.add_argument("pytest_args", nargs=argparse.REMAINDER)
    rep = sub.add_parser("report")
    rep.add_argument("--top", type=int, default=20)
    a = p.parse_args()
    if a.cmd == "run":
        if a.pytest_args and a.pytest_args[0] == "--":
            a.pytest_args = a.pytest_args[1:]
        run(a)
    else:
        report(a)


if __name__ == "__main__":
    main()
