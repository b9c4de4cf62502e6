#!/usr/bin/env python3
"""Offline fixture runner for our Sigma rules.

Evaluates each rule in rules/ against fixtures/<rule-stem>/{match,nomatch}/*.json and
reports which fixtures behaved unexpectedly. Supports only the Sigma subset we use in
production (see SKILL.md). Reads files only; nothing is executed.
"""
import argparse
import fnmatch
import json
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DASHES = ["-", "/", "\u2013", "\u2014", "\u2015"]


def _variants(value, mods):
    value = str(value)
    if "windash" not in mods:
        return [value]
    out = set()
    for d in DASHES:
        out.add(re.sub(r"(^|\s)[-/]", lambda m: m.group(1) + d, value))
    return sorted(out)


def _match_one(field_val, pattern, mods):
    if field_val is None:
        return False
    fv = str(field_val)
    if "re" in mods:
        return re.search(str(pattern), fv) is not None
    fvl = fv.lower()
    for p in _variants(pattern, mods):
        pl = p.lower()
        if "contains" in mods and pl in fvl:
            return True
        if "startswith" in mods and fvl.startswith(pl):
            return True
        if "endswith" in mods and fvl.endswith(pl):
            return True
        if not {"contains", "startswith", "endswith"} & set(mods) and fvl == pl:
            return True
    return False


def _match_map(event, mapping):
    for key, patterns in mapping.items():
        field, *mods = key.split("|")
        pats = patterns if isinstance(patterns, list) else [patterns]
        hits = [_match_one(event.get(field), p, mods) for p in pats]
        ok = all(hits) if "all" in mods else any(hits)
        if not ok:
            return False
    return True


def match_selection(event, sel):
    if isinstance(sel, list):  # list of maps = OR
        return any(_match_map(event, m) for m in sel)
    return _match_map(event, sel)


TOKEN = re.compile(r"\(|\)|\band\b|\bor\b|\bnot\b|\b1 of\b|\ball of\b|[\w*]+")


def eval_condition(cond, results):
    tokens = TOKEN.findall(cond)
    pos = 0

    def peek():
        return tokens[pos] if pos < len(tokens) else None

    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]

    def name_set(pat):
        names = [n for n in results if fnmatch.fnmatch(n, pat)]
        if not names:
            raise ValueError(f"condition references unknown selection {pat!r}")
        return names

    def atom():
        t = take()
        if t == "(":
            v = expr()
            take()
            return v
        if t == "not":
            return not atom()
        if t == "1 of":
            return any(results[n] for n in name_set(take()))
        if t == "all of":
            return all(results[n] for n in name_set(take()))
        if t not in results:
            raise ValueError(f"unknown selection {t!r}")
        return results[t]

    def conj():
        v = atom()
        while peek() == "and":
            take()
            v = atom() and v
        return v

    def expr():
        v = conj()
        while peek() == "or":
            take()
            v = conj() or v
        return v

    return expr()


def rule_matches(rule, event):
    det = dict(rule["detection"])
    cond = det.pop("condition")
    results = {name: match_selection(event, sel) for name, sel in det.items()}
    return eval_condition(cond, results)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-r", "--rule", help="rule stem to run (default: all)")
    args = ap.parse_args()

    failures = 0
    rules = sorted((ROOT / "rules").glob("*.yml"))
    if args.rule:
        rules = [r for r in rules if r.stem == args.rule]
    for rpath in rules:
        rule = yaml.safe_load(rpath.read_text(encoding="utf-8"))
        fdir = ROOT / "fixtures" / rpath.stem
        cases = [(p, True) for p in sorted((fdir / "match").glob("*.json"))]
        cases += [(p, False) for p in sorted((fdir / "nomatch").glob("*.json"))]
        if not any(e for _, e in cases) or all(e for _, e in cases):
            print(f"[WARN] {rpath.stem}: needs at least one match and one nomatch fixture")
            failures += 1
        for fpath, expected in cases:
            event = json.loads(fpath.read_text(encoding="utf-8"))
            got = rule_matches(rule, event)
            status = "ok  " if got == expected else "FAIL"
            if got != expected:
                failures += 1
            print(f"[{status}] {rpath.stem} :: {fpath.parent.name}/{fpath.name} -> {'hit' if got else 'no hit'}")
    print(f"\n{len(rules)} rule(s), {failures} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
