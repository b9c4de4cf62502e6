#!/usr/bin/env python3
"""Group gitleaks JSON findings and flag probable fixtures. Never prints secret values."""
import json
import re
import sys
from collections import Counter

FIXTURE_PATH = re.compile(r"(^|/)(tests?|fixtures?|examples?|docs?|__mocks__|testdata)/", re.I)
FIXTURE_VALUE = re.compile(r"EXAMPLE|dummy|placeholder|changeme|x{8,}|0{8,}", re.I)


def main(path):
    findings = json.load(open(path))
    by_rule = Counter(f["RuleID"] for f in findings)
    print("## Findings by rule")
    for rule, n in by_rule.most_common():
        print(f"- {rule}: {n}")

    print("\n## Needs review")
    for f in findings:
        probable_fixture = bool(FIXTURE_PATH.search(f["File"]) or FIXTURE_VALUE.search(f.get("Match", "")))
        if probable_fixture:
            continue
        commit = (f.get("Commit") or "worktree")[:10]
        print(f"- {f['RuleID']}  {f['File']}:{f['StartLine']}  commit {commit}  author {f.get('Email', '?')}  {f.get('Date', '')}")

    fixtures = sum(1 for f in findings if FIXTURE_PATH.search(f["File"]) or FIXTURE_VALUE.search(f.get("Match", "")))
    print(f"\n({fixtures} probable fixtures hidden)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "gitleaks.json")
