#!/usr/bin/env python3
import argparse
import json
import os
import sys
import urllib.request


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--version", required=True)
    ap.add_argument("--notes", required=True, help="markdown file with approved highlights")
    ap.add_argument("--url", default="", help="link to the release page")
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()

    hook = os.environ.get("SLACK_RELEASE_WEBHOOK", "")
    if not hook.startswith("https://hooks.slack.com/"):
        sys.exit("SLACK_RELEASE_WEBHOOK missing or not a Slack webhook URL")

    notes = open(a.notes, encoding="utf-8").read().strip()
    blocks = [
        {"type": "header", "text": {"type": "plain_text", "text": f":rocket: {a.version} released"}},
        {"type": "section", "text": {"type": "mrkdwn", "text": notes[:2900]}},
    ]
    if a.url:
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": f"<{a.url}|Release notes>"}]})
    body = json.dumps({"text": f"{a.version} released", "blocks": blocks}).encode()

    if a.dry_run:
        print(body.decode())
        return
    req = urllib.request.Request(hook, data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as r:
        print(f"slack: {r.status} {r.read().decode()}")


if __name__ == "__main__":
    main()
