#!/usr/bin/env python3
"""Suggest scam categories for moderation-queue items (JSONL in, CSV out)."""
import csv
import json
import re
import sys
from pathlib import Path

import yaml

PATTERNS = yaml.safe_load((Path(__file__).resolve().parent.parent / "assets" / "scam_patterns.yaml").read_text())["categories"]
SEV = {"info": 0, "medium": 1, "high": 2, "critical": 3}
URL = re.compile(r"https?://\S+", re.I)


def classify(text):
    t = text.lower()
    hits = {c: [p for p in spec["phrases"] if p in t] for c, spec in PATTERNS.items()}
    hits = {c: ps for c, ps in hits.items() if ps}
    if not hits:
        return "none", 0.0, [], False
    manip = "moderator_manipulation" in hits
    real = {c: ps for c, ps in hits.items() if c != "moderator_manipulation"} or hits
    best = max(real, key=lambda c: (SEV[PATTERNS[c]["severity"]], len(real[c])))
    conf = min(0.95, 0.5 + 0.15 * len(real[best]))
    return best, conf, real[best], manip


def main():
    w = csv.writer(sys.stdout)
    w.writerow(["report_id", "category", "severity", "confidence", "matched", "manipulation_attempt", "prior_strikes", "account_age_days", "text_defanged"])
    for line in open(sys.argv[1]):
        item = json.loads(line)
        cat, conf, matched, manip = classify(item.get("text", ""))
        sev = PATTERNS.get(cat, {}).get("severity", "-")
        text = URL.sub(lambda m: m.group(0).replace("http", "hxxp").replace(".", "[.]"), item.get("text", ""))
        w.writerow([item["report_id"], cat, sev, f"{conf:.2f}", "; ".join(matched), manip,
                    item.get("prior_strikes", 0), item.get("account_age_days", ""), text[:200]])


if __name__ == "__main__":
    main()
