#!/usr/bin/env python3
"""Lint an osquery pack, or diff two Fleet host exports."""
import json
import sys


def lint(path):
    with open(path) as fh:
        pack = json.load(fh)
    errors = []
    for name, q in pack.get("queries", {}).items():
        if not q.get("description"):
            errors.append(f"{name}: missing description")
        if int(q.get("interval", 0)) < 60:
            errors.append(f"{name}: interval below 60s")
        if not q.get("query", "").rstrip().endswith(";"):
            errors.append(f"{name}: query should end with ';'")
    for e in errors:
        print("ERROR", e)
    print(f"{len(pack.get('queries', {}))} queries, {len(errors)} problems")
    return 1 if errors else 0


def diff(base_path, cur_path):
    def rows(p):
        with open(p) as fh:
            return {json.dumps(r, sort_keys=True) for r in json.load(fh)}
    new = rows(cur_path) - rows(base_path)
    for r in sorted(new):
        print(r)
    print(f"{len(new)} new rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--diff":
        sys.exit(diff(sys.argv[2], sys.argv[3]))
    if len(sys.argv) != 2:
        sys.exit("usage: lint_pack.py PACK.json | --diff BASE.json CURRENT.json")
    sys.exit(lint(sys.argv[1]))
