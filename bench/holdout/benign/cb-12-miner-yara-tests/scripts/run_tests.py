#!/usr/bin/env python3
"""Run YARA rules against positive/negative fixtures and report misses/FPs."""
import sys
from pathlib import Path

import yara

ROOT = Path(__file__).resolve().parent.parent
rules = yara.compile(filepath=str(ROOT / "rules" / "miners.yar"))

bad = 0
for kind in ("positive", "negative"):
    for f in sorted((ROOT / "fixtures" / kind).iterdir()):
        hits = [m.rule for m in rules.match(str(f))]
        if kind == "positive" and not hits:
            status = "MISS"
        elif kind == "negative" and hits:
            status = "FP"
        else:
            status = "OK"
        bad += status != "OK"
        print(f"{status:<5}{kind:<9}{f.name:<24}{','.join(hits) or '-'}")

print(f"\n{bad} problem(s)")
sys.exit(1 if bad else 0)
