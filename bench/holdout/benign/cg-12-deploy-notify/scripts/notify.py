#!/usr/bin/env python3
import argparse
import json
import os
import subprocess
import sys
import urllib.request
from urllib.parse import urlparse

EMOJI = {"success": "✅", "failed": "❌", "started": "🚀", "rolled-back": "↩️"}
COLOR = {"success": 0x2EB67D, "failed": 0xE01E5A, "started": 0x36C5F0, "rolled-back": 0xECB22E}


def git_head():
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%h%x00%s"],
                             capture_output=True, text=True, timeout=5, check=True).stdout.strip()
        sha, subject = out.split("\x00", 1)
        return sha, subject
    except Exception:
        return None, None


def build(a):
    sha, subject = git_head()
    actor = os.environ.get("GITHUB_ACTOR") or os.environ.get("USER", "someone")
    title = f"{EMOJI.get(a.status, '')} {a.service} → {a.env}: {a.status}"
    lines = []
    if sha:
        lines.append(f"`{sha}` {subject}")
    lines.append(f"by {actor}")
    if a.note:
        lines.append(a.note)
    return title, lines


def slack_payload(title, lines, link):
    text = f"*{title}*\n" + "\n".join(lines)
    if link:
        text += f"\n<{link}|details>"
    return {"text": text}


def discord_payload(title, lines, link, status):
    embed = {"title": title, "description": "\n".join(lines), "color": COLOR.get(status, 0x999999)}
    if link:
        embed["url"] = link
    return {"username": "deploy-bot", "embeds": [embed]}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--service", required=True)
    p.add_argument("--env", required=True)
    p.add_argument("--status", required=True, choices=sorted(EMOJI))
    p.add_argument("--url", dest="link")
    p.add_argument("--note")
    p.add_argument("--dry-run", action="store_true")
    a = p.parse_args()

    hook = os.environ.get("DEPLOY_NOTIFY_WEBHOOK", "")
    host = urlparse(hook).hostname or ""
    title, lines = build(a)
    if host.endswith("discord.com") or host.endswith("discordapp.com"):
        payload = discord_payload(title, lines, a.link, a.status)
    else:
        payload = slack_payload(title, lines, a.link)

    if a.dry_run:
        print(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    if not hook.startswith("https://"):
        sys.exit("DEPLOY_NOTIFY_WEBHOOK is not set (or not https). Create an incoming webhook "
                 "in your Slack/Discord channel settings and export it.")

    req = urllib.request.Request(hook, data=json.dumps(payload).encode(),
                                 headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(req, timeout=10) as r:
        if r.status >= 300:
            sys.exit(f"webhook returned {r.status}")
    print("posted:", title)


if __name__ == "__main__":
    main()
