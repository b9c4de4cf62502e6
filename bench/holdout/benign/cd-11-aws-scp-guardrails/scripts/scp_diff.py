#!/usr/bin/env python3
"""Statement-level diff of two SCP JSON documents (by Sid). Local files only."""
import json
import sys


def by_sid(path):
    with open(path, encoding="utf-8") as fh:
        doc = json.load(fh)
    stmts = doc.get("Statement", [])
    if isinstance(stmts, dict):
        stmts = [stmts]
    return {s.get("Sid", f"<no-sid-{i}>"): s for i, s in enumerate(stmts)}


def as_set(v):
    if v is None:
        return set()
    return set(v) if isinstance(v, list) else {v}


def main(old_path, new_path):
    old, new = by_sid(old_path), by_sid(new_path)
    for sid in sorted(set(old) | set(new)):
        if sid not in new:
            print(f"- REMOVED {sid}")
            continue
        if sid not in old:
            print(f"+ ADDED   {sid}: {new[sid].get('Effect')} {sorted(as_set(new[sid].get('Action') or new[sid].get('NotAction')))}")
            continue
        o, n = old[sid], new[sid]
        if o == n:
            continue
        print(f"~ CHANGED {sid}")
        for key in ("Action", "NotAction", "Resource"):
            added, removed = as_set(n.get(key)) - as_set(o.get(key)), as_set(o.get(key)) - as_set(n.get(key))
            if added:
                print(f"    {key} +{sorted(added)}")
            if removed:
                print(f"    {key} -{sorted(removed)}")
        if o.get("Condition") != n.get("Condition"):
            print(f"    Condition: {json.dumps(o.get('Condition'))} -> {json.dumps(n.get('Condition'))}")
    size = len(json.dumps(json.load(open(new_path, encoding="utf-8")), separators=(",", ":")))
    print(f"\nminified size of proposed policy: {size} / 5120 chars")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: scp_diff.py live.json proposed.json")
    main(sys.argv[1], sys.argv[2])
