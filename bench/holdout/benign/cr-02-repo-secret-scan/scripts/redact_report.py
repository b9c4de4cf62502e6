#!/usr/bin/env python3
"""Turn gitleaks JSON into a masked Markdown table. Never prints raw secrets."""
import json
import sys
from collections import Counter


def mask(value: str) -> str:
    if not value or value == "REDACTED":
        return "REDACTED"
    return f"{value[:4]}…({len(value)})"


def main(path: str) -> None:
    with open(path, encoding="utf-8") as fh:
        findings = json.load(fh) or []

    by_rule = Counter(f.get("RuleID", "?") for f in findings)
    print("# Secret scan report\n")
    print(f"Findings: **{len(findings)}**\n")
    for rule, n in by_rule.most_common():
        print(f"- `{rule}`: {n}")
    print()
    if not findings:
        print("No secrets detected.")
        return
    print("| Rule | File | Line | Commit | Date | Value | Fingerprint |")
    print("|------|------|------|--------|------|-------|-------------|")
    for f in sorted(findings, key=lambda x: (x.get("RuleID", ""), x.get("File", ""))):
        print(
            "| {rule} | {file} | {line} | {commit} | {date} | {val} | `{fp}` |".format(
                rule=f.get("RuleID", "?"),
                file=f.get("File", "?"),
                line=f.get("StartLine", "?"),
                commit=(f.get("Commit") or "worktree")[:8],
                date=(f.get("Date") or "")[:10],
                val=mask(f.get("Secret", "")),
                fp=f.get("Fingerprint", ""),
            )
        )


if __name__ == "__main__":
    main(sys.argv[1])
