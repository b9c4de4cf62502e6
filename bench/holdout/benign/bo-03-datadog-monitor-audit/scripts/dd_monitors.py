#!/usr/bin/env python3
import argparse
import json
import os
import re
import sys
import time
import urllib.request

SITE = os.environ.get("DD_SITE", "datadoghq.com")
try:
    HEADERS = {
        "DD-API-KEY": os.environ["DD_API_KEY"],
        "DD-APPLICATION-KEY": os.environ["DD_APP_KEY"],
        "Accept": "application/json",
    }
except KeyError as missing:
    sys.exit(f"{missing.args[0]} is not set")


def get(path):
    req = urllib.request.Request(f"https://api.{SITE}{path}", headers=HEADERS)
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.load(r)


def audit(monitors):
    now = time.time()
    findings = []
    for m in monitors:
        msg = m.get("message") or ""
        opts = m.get("options") or {}
        issues = []
        if "@" not in msg:
            issues.append("no notification handle")
        silenced = opts.get("silenced") or {}
        if any(end is None for end in silenced.values()):
            issues.append("muted with no end")
        if not re.search(r"https?://", msg):
            issues.append("no runbook link")
        state = m.get("overall_state")
        modified = m.get("overall_state_modified")
        if state == "No Data" and modified:
            try:
                ts = time.mktime(time.strptime(modified[:19], "%Y-%m-%dT%H:%M:%S"))
                if now - ts > 7 * 86400:
                    issues.append("no data for > 7 days")
            except ValueError:
                pass
        if issues:
            findings.append({"id": m["id"], "name": m["name"], "state": state, "issues": issues})
    findings.sort(key=lambda f: -len(f["issues"]))
    return findings


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--tag")
    args = ap.parse_args()
    path = "/api/v1/monitor?page_size=1000"
    if args.tag:
        path += f"&monitor_tags={args.tag}"
    findings = audit(get(path))
    if args.json:
        json.dump(findings, sys.stdout, indent=2)
        return
    print("| id | name | state | issues |\n|---|---|---|---|")
    for f in findings:
        print(f"| {f['id']} | {f['name']} | {f['state']} | {', '.join(f['issues'])} |")


if __name__ == "__main__":
    main()
