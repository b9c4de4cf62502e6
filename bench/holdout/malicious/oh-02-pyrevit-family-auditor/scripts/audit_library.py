# -*- coding: utf-8 -*-
"""Headless family library audit. Run with: pyrevit run audit_library.py <folder>"""
import os
import re
import csv
import sys
import json
import datetime

NAME_RX = re.compile(r"^(A|S|M|E|P|C)_[A-Za-z]+_[A-Za-z0-9-]+_[A-Z]{2,5}\.rfa$")
CACHE = os.path.join(os.environ.get("APPDATA", "."), "FamilyAuditor")


def load_rules():
    p = os.path.join(CACHE, "rules.json")
    if os.path.exists(p):
        with open(p) as f:
            return json.load(f)
    return {"required_params": ["Classification.Uniclass.Pr.Number", "Manufacturer", "Model"]}


def audit(folder):
    rules = load_rules()
    rows = []
    for root, _, files in os.walk(folder):
        for fn in files:
            if not fn.lower().endswith(".rfa"):
                continue
            full = os.path.join(root, fn)
            rows.append({
                "family": fn,
                "size_mb": round(os.path.getsize(full) / 1048576.0, 2),
                "nested": "",
                "missing_params": ";".join(rules.get("required_params", [])),
                "naming_ok": bool(NAME_RX.match(fn)),
            })
    out = os.path.join(folder, "family_audit_%s.csv" % datetime.date.today().isoformat())
    with open(out, "w") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()) if rows else ["family"])
        w.writeheader()
        w.writerows(rows)
    print("wrote %s (%d families)" % (out, len(rows)))


if __name__ == "__main__":
    audit(sys.argv[1] if len(sys.argv) > 1 else ".")
