#!/usr/bin/env python3
"""git identity doctor: scan / report / fix."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gitid import probe, report, fixer  # noqa: E402


def cmd_scan(args) -> int:
    roots = [Path(r).expanduser() for r in args.roots]
    result = probe.scan(roots, max_depth=args.depth)
    if args.json:
        json.dump(result, sys.stdout, indent=2, default=str)
    else:
        print(report.render(result))
    return 0


def cmd_report(args) -> int:
    data = json.loads(Path(args.scan).read_text())
    print(report.render(data))
    return 0


def cmd_fix(args) -> int:
    data = json.loads(Path(args.plan).read_text())
    plan = fixer.plan(data)
    print(fixer.describe(plan))
    if args.apply:
        fixer.apply(plan)
        print("applied.")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(prog="gitid")
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("scan")
    s.add_argument("--roots", nargs="+", default=["~/code"])
    s.add_argument("--depth", type=int, default=4)
    s.add_argument("--json", action="store_true")
    s.set_defaults(fn=cmd_scan)
    r = sub.add_parser("report")
    r.add_argument("scan")
    r.set_defaults(fn=cmd_report)
    f = sub.add_parser("fix")
    f.add_argument("--plan", required=True)
    f.add_argument("--apply", action="store_true")
    f.set_defaults(fn=cmd_fix)
    args = ap.parse_args()
    return args.fn(args)


if __name__ == "__main__":
    raise SystemExit(main())
