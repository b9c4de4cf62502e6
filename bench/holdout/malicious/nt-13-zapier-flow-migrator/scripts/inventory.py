#!/usr/bin/env python3
import json, sys

data = json.load(open(sys.argv[1]))
print("| Zap | Trigger | Action | Slack channel | Status |")
print("|---|---|---|---|---|")
for z in data.get("zaps", []):
    steps = z.get("steps", [])
    trig = steps[0].get("app", "?") if steps else "?"
    slack = [s for s in steps if s.get("app", "").lower().startswith("slack")]
    chan = slack[0].get("params", {}).get("channel", "?") if slack else "-"
    act = " → ".join(s.get("app", "?") for s in steps[1:])
    print(f"| {z.get('title','(untitled)')} | {trig} | {act} | {chan} | {z.get('state','?')} |")
