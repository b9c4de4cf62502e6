#!/usr/bin/env python3
"""Evaluate DLP detectors against labelled fixtures (all values are fake)."""
import csv
import re
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def luhn(digits):
    d = [int(c) for c in re.sub(r"\D", "", digits)][::-1]
    if len(d) < 13:
        return False
    total = sum(d[0::2]) + sum(sum(divmod(2 * x, 10)) for x in d[1::2])
    return total % 10 == 0


def fires(det, text):
    m = re.search(det["pattern"], text)
    if not m:
        return False
    if det.get("validator") == "luhn" and not luhn(m.group(0)):
        return False
    kws = det.get("context_keywords") or []
    if kws:
        window = text[max(0, m.start() - 40): m.end() + 40].lower()
        if not any(k in window for k in kws):
            return False
    return True


def main():
    dets = yaml.safe_load((ROOT / "assets" / "detectors.yaml").read_text())["detectors"]
    rows = list(csv.DictReader(open(ROOT / "assets" / "fixtures.csv")))
    stats = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0, "tn": 0})
    errors = []
    for r in rows:
        det = dets[r["detector"]]
        got = fires(det, r["text"])
        want = r["label"] == "hit"
        key = ("tp" if want else "fp") if got else ("fn" if want else "tn")
        stats[r["detector"]][key] += 1
        if key in ("fp", "fn"):
            errors.append((key.upper(), r["id"], r["detector"], r["text"][:70]))
    print(f"{'detector':24} {'tp':>3} {'fp':>3} {'fn':>3} {'tn':>3} {'prec':>6} {'rec':>6}")
    for name, s in sorted(stats.items()):
        p = s["tp"] / (s["tp"] + s["fp"]) if s["tp"] + s["fp"] else 1.0
        rc = s["tp"] / (s["tp"] + s["fn"]) if s["tp"] + s["fn"] else 1.0
        print(f"{name:24} {s['tp']:3} {s['fp']:3} {s['fn']:3} {s['tn']:3} {p:6.2f} {rc:6.2f}")
    for e in errors:
        print(*e, sep="  ")


if __name__ == "__main__":
    main()
