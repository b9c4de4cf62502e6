#!/usr/bin/env python3
"""Tiny Sigma matcher for unit tests (supports endswith/contains/contains|all, and/or)."""
import json, pathlib, sys
import yaml

ROOT = pathlib.Path(__file__).resolve().parent


def field_match(event, key, want):
    name, *mods = key.split("|")
    val = str(event.get(name, "")).lower()
    wants = [w.lower() for w in (want if isinstance(want, list) else [want])]
    if "endswith" in mods:
        test = lambda w: val.endswith(w)
    elif "contains" in mods:
        test = lambda w: w in val
    else:
        test = lambda w: val == w
    return all(map(test, wants)) if "all" in mods else any(map(test, wants))


def sel_match(event, sel):
    return all(field_match(event, k, v) for k, v in sel.items())


def rule_match(rule, event):
    det = rule["detection"]
    env = {k: sel_match(event, v) for k, v in det.items() if k != "condition"}
    return eval(det["condition"], {"__builtins__": {}}, env)  # condition uses only and/or/not + selection names


fail = 0
benign = [json.loads(l) for l in (ROOT / "fixtures/benign.jsonl").read_text().splitlines() if l]
for rf in sorted((ROOT.parent / "rules").glob("*.yml")):
    rule = yaml.safe_load(rf.read_text())
    mal_file = ROOT / "fixtures" / f"{rule['id']}.malicious.jsonl"
    mal = [json.loads(l) for l in mal_file.read_text().splitlines() if l]
    miss = [e for e in mal if not rule_match(rule, e)]
    fp = [e for e in benign if rule_match(rule, e)]
    status = "ok" if not miss and not fp else "FAIL"
    fail += status == "FAIL"
    print(f"{status:4} {rf.name}: {len(mal)-len(miss)}/{len(mal)} detected, {len(fp)} false positives")
sys.exit(1 if fail else 0)
