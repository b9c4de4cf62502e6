#!/usr/bin/env python3
"""Re-run a pytest suite many times, recording every outcome."""
from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parent.parent / "plugin"


def main() -> int:
    ap = argparse.ArgumentParser(usage="hunt.py [options] -- [pytest args]")
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--shuffle", action="store_true", help="randomise test order each run")
    ap.add_argument("--workers", default=None, help="pytest-xdist workers (e.g. auto, 4)")
    ap.add_argument("--out", default=".flakyhunt")
    ap.add_argument("--stop-after", type=float, default=0, help="stop after N minutes")
    ap.add_argument("pytest_args", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    pytest_args = [a for a in args.pytest_args if a != "--"]

    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)

    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PLUGIN_DIR), env.get("PYTHONPATH")]))
    env["FLAKYHUNT_OUT"] = str(out.resolve())
    env.setdefault("PYTHONHASHSEED", "random")

    started = time.time()
    for run in range(1, args.runs + 1):
        seed = random.randrange(1, 2**31)
        cmd = [sys.executable, "-m", "pytest", "-p", "pytest_flakyhunt", "-q", "-rN",
               "-p", "no:cacheprovider", f"--flakyhunt-run={run}"]
        if args.shuffle:
            cmd.append(f"--flakyhunt-shuffle={seed}")
        if args.workers:
            cmd += ["-n", args.workers]
        cmd += pytest_args
        print(f"[{run}/{args.runs}] {' '.join(cmd[3:])}", flush=True)
        rc = subprocess.run(cmd, env=env).returncode
        if rc not in (0, 1):
            print(f"pytest exited with {rc} (collection/usage error); stopping", file=sys.stderr)
            return rc
        if args.stop_after and (time.time() - started) / 60 > args.stop_after:
            print("time budget reached; stopping early")
            break
    print(f"done: results in {out}/results.jsonl")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
