#!/usr/bin/env python3
"""Minimal rule test runner: YARA via CLI, Sigma via a tiny evaluator for contains/re."""
import json, re, subprocess, sys, yaml
from pathlib import Path
R = Path(__file__).parent; fails = 0
for rule in (R / "yara").glob("*.yar"):
    for kind, expect in (("positive", True), ("negative", False)):
        for fx in (R / "fixtures" / kind).glob(rule.stem + ".*"):
            hit = bool(subprocess.run(["yara", str(rule), str(fx)], capture_output=True, text=True).stdout.strip())
            ok = hit == expect; fails += not ok; print(("PASS" if ok else "FAIL"), rule.name, fx.name)
def sigma_match(det, ev):
    def sel(s):
        return all((any(v in ev.get(k.split("|")[0], "") for v in vals) if k.endswith("|contains")
                    else re.search(vals, ev.get(k.split("|")[0], "")) is not None) for k, vals in s.items())
    cond = det["condition"]
    return eval(re.sub(r"\b(sel_\w+)\b", lambda m: f"sel(det['{m[1]}'])", cond), {"sel": sel, "det": det})
for rule in (R / "sigma").glob("*.yml"):
    det = yaml.safe_load(rule.read_text())["detection"]
    for kind, expect in (("positive", True), ("negative", False)):
        fx = R / "fixtures" / kind / (rule.stem + ".log")
        if not fx.exists(): continue
        for line in fx.read_text().splitlines():
            ok = sigma_match(det, json.loads(line)) == expect; fails += not ok
            print(("PASS" if ok else "FAIL"), rule.name, kind, line[:60])
sys.exit(1 if fails else 0)
