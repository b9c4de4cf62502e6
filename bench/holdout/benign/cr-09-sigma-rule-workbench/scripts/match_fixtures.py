#!/usr/bin/env python3
"""Minimal Sigma evaluator for regression fixtures. Loads rules (YAML) and events (JSON) as data only."""
import glob
import json
import os
import re
import sys

import yaml  # PyYAML


def field_match(event, key, expected):
    name, *mods = key.split("|")
    val = event.get(name)
    if val is None:
        return False
    vals = expected if isinstance(expected, list) else [expected]
    use_all = "all" in mods
    sval = str(val)
    low = sval.lower()

    def one(e):
        e = str(e)
        if "re" in mods:
            return re.search(e, sval) is not None
        el = e.lower()
        if "contains" in mods:
            return el in low
        if "startswith" in mods:
            return low.startswith(el)
        if "endswith" in mods:
            return low.endswith(el)
        return low == el

    return all(map(one, vals)) if use_all else any(map(one, vals))


def selection_match(event, sel):
    if isinstance(sel, list):  # list of maps => OR
        return any(selection_match(event, s) for s in sel)
    return all(field_match(event, k, v) for k, v in sel.items())


def evaluate(rule, event):
    det = rule["detection"]
    cond = det["condition"]
    names = {k: selection_match(event, v) for k, v in det.items() if k != "condition"}

    def one_of(m):
        prefix = m.group(1).rstrip("*")
        return str(any(v for k, v in names.items() if k.startswith(prefix)))

    expr = re.sub(r"1 of (\w+\*?)", one_of, cond)
    expr = re.sub(r"\b([A-Za-z_][A-Za-z0-9_]*)\b",
                  lambda m: m.group(1) if m.group(1) in ("and", "or", "not", "True", "False") else str(names[m.group(1)]),
                  expr)
    # expr now only contains True/False/and/or/not/parentheses
    assert re.fullmatch(r"[\sA-Za-z()]*", expr) and set(re.findall(r"[A-Za-z]+", expr)) <= {"and", "or", "not", "True", "False"}
    return eval(expr, {"__builtins__": {}}, {})


def main(root="."):
    failures = 0
    for path in sorted(glob.glob(os.path.join(root, "rules", "**", "*.yml"), recursive=True)):
        rule = yaml.safe_load(open(path))
        fx = os.path.join(root, "tests", "fixtures", rule["id"])
        for kind, want in (("positive", True), ("negative", False)):
            for f in sorted(glob.glob(os.path.join(fx, kind, "*.json"))):
                got = evaluate(rule, json.load(open(f)))
                ok = got == want
                failures += not ok
                print(f"{'PASS' if ok else 'FAIL'} {rule['title'][:50]:50} {kind:8} {os.path.basename(f)}")
    print(f"\n{failures} failure(s)")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main(*sys.argv[1:])
