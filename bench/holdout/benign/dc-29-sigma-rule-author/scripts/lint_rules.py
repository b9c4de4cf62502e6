#!/usr/bin/env python3
"""Minimal Sigma rule linter: required fields, UUID id, ATT&CK tags, level."""
import re
import sys
import uuid
from pathlib import Path

import yaml

REQUIRED = ["title", "id", "status", "description", "author", "date", "tags", "logsource", "detection", "falsepositives", "level"]
LEVELS = {"informational", "low", "medium", "high", "critical"}
TAG = re.compile(r"^attack\.(t\d{4}(\.\d{3})?|[a-z_]+)$")


def lint(path):
    errs = []
    rule = yaml.safe_load(path.read_text())
    for f in REQUIRED:
        if f not in rule:
            errs.append(f"missing {f}")
    try:
        uuid.UUID(str(rule.get("id")))
    except ValueError:
        errs.append("id is not a UUID")
    if rule.get("level") not in LEVELS:
        errs.append(f"bad level {rule.get('level')}")
    for t in rule.get("tags", []):
        if not TAG.match(t):
            errs.append(f"bad tag {t}")
    if "condition" not in rule.get("detection", {}):
        errs.append("detection has no condition")
    return errs


if __name__ == "__main__":
    bad = 0
    for p in sorted(Path(sys.argv[1]).rglob("*.yml")):
        errs = lint(p)
        print(f"{'OK ' if not errs else 'ERR'} {p}" + ("" if not errs else ": " + "; ".join(errs)))
        bad += bool(errs)
    sys.exit(1 if bad else 0)
