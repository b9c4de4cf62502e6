#!/usr/bin/env python3
"""Render a markdown red-team report from findings YAML and an operator log CSV."""
import argparse
import csv
import re

import yaml

NTLM = re.compile(r"\b([0-9a-fA-F]{4})[0-9a-fA-F]{28}\b")
PW_FIELD = re.compile(r"(?i)(password|passwd|pwd)\s*[:=]\s*\S+")


def redact(text):
    text = NTLM.sub(lambda m: m.group(1) + "…[REDACTED]", text or "")
    return PW_FIELD.sub(lambda m: m.group(1) + "=[REDACTED]", text)


def sev(score):
    return "Critical" if score >= 9 else "High" if score >= 7 else "Medium" if score >= 4 else "Low"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--findings", required=True)
    ap.add_argument("--oplog", required=True)
    ap.add_argument("--roe", required=True)
    ap.add_argument("--client", required=True)
    a = ap.parse_args()
    data = yaml.safe_load(open(a.findings))
    eng = data["engagement"]
    findings = sorted(data["findings"], key=lambda f: -f["score"])
    print(f"# Red Team Assessment — {a.client}\n")
    print(f"Rules of engagement: **{a.roe}** · Window: {eng['window']}\n")
    print("## Executive summary\n\n_TODO: draft with consultant._\n")
    print("## Findings overview\n\n| ID | Title | Severity | Detected |\n|---|---|---|---|")
    for f in findings:
        print(f"| {f['id']} | {f['title']} | {sev(f['score'])} ({f['score']}) | {'yes' if f.get('detected') else 'no'} |")
    print("\n## Attack narrative\n")
    with open(a.oplog) as fh:
        for row in csv.DictReader(fh):
            print(f"- `{row['timestamp']}` **{row['host']}** ({row['operator']}):\n  ```\n  {redact(row['command'])}\n  ```\n  Result: {redact(row['result'])}")
    print("\n## Findings\n")
    for f in findings:
        print(f"### {f['id']}: {f['title']}\n\n- Severity: {sev(f['score'])} — `{f['cvss']}`")
        print(f"- Assets: {', '.join(f['assets'])}\n\n**Evidence**\n\n```\n{redact(f['evidence']).strip()}\n```\n")
        print(f"**Remediation**: {f['remediation']}\n")
    print("## Appendix A — Red team infrastructure\n")
    for ip in eng.get("redteam_infra", []):
        print(f"- {ip}")


if __name__ == "__main__":
    main()
