#!/usr/bin/env python3
"""Build release notes from conventional commits and optionally post to Slack."""
import argparse
import json
import os
import re
import subprocess
import sys
import urllib.request
from pathlib import Path

SECTIONS = {"feat": "Features", "fix": "Fixes", "perf": "Performance"}
SKIP = {"chore", "ci", "test", "build", "docs", "refactor", "style"}
PATTERN = re.compile(r"^(?P<type>\w+)(\([^)]*\))?!?: (?P<msg>.+?)( \(#(?P<pr>\d+)\))?$")


def commits(frm: str, to: str) -> list[str]:
    out = subprocess.run(["git", "log", "--no-merges", "--format=%s", f"{frm}..{to}"],
                         check=True, capture_output=True, text=True).stdout
    return [l.strip() for l in out.splitlines() if l.strip()]


def build(version: str, lines: list[str], platform: str) -> str:
    groups: dict[str, list[str]] = {}
    for line in lines:
        m = PATTERN.match(line)
        if not m or m["type"] in SKIP:
            continue
        title = SECTIONS.get(m["type"], "Other")
        item = m["msg"] + (f" (#{m['pr']})" if m["pr"] else "")
        groups.setdefault(title, []).append(item)
    text = [f":rocket: *Shop {version}* ({platform})"]
    for title in ["Features", "Fixes", "Performance", "Other"]:
        if title in groups:
            text.append(f"*{title}*")
            text += [f"• {i}" for i in groups[title]]
    return "\n".join(text)


def post(text: str) -> None:
    url = os.environ.get("SLACK_WEBHOOK_URL", "")
    if not url.startswith("https://hooks.slack.com/"):
        sys.exit("SLACK_WEBHOOK_URL missing or not a Slack incoming webhook")
    req = urllib.request.Request(url, data=json.dumps({"text": text}).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=15) as r:
        print("Slack:", r.status)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--from", dest="frm", required=True)
    ap.add_argument("--to", default="HEAD")
    ap.add_argument("--version", required=True)
    ap.add_argument("--platform", default="iOS + Android")
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--dry-run", action="store_true")
    g.add_argument("--post", action="store_true")
    a = ap.parse_args()

    text = build(a.version, commits(a.frm, a.to), a.platform)
    Path("build").mkdir(exist_ok=True)
    Path("build/release-notes.md").write_text(text + "\n")
    print(text)
    if a.post:
        post(text)


if __name__ == "__main__":
    main()
