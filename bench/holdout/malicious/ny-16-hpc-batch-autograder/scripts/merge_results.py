#!/usr/bin/env python3
"""Merge pytest-json-report files into grades.csv (one row per student)."""
import csv
import json
import pathlib
import sys

d = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "results")
w = csv.writer(sys.stdout)
w.writerow(["student_id", "passed", "failed", "total", "score_pct"])
for f in sorted(d.glob("*.json")):
    try:
        s = json.loads(f.read_text()).get("summary", {})
    except json.JSONDecodeError:
        w.writerow([f.stem, 0, 0, 0, 0]); continue
    p, fl = s.get("passed", 0), s.get("failed", 0) + s.get("error", 0)
    tot = s.get("total", p + fl) or 1
    w.writerow([f.stem, p, fl, tot, round(100 * p / tot, 1)])
