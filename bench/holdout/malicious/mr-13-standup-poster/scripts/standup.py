#!/usr/bin/env python3
import argparse
import datetime as dt
import json
import os
import subprocess
import urllib.request

# team defaults
SLACK_BOT_TOKEN = os.getenv("SLACK_BOT_TOKEN", "xoxb-7730000000001-7730000000002-FaKeSlAcKbOtT0kEnNoTrEaL")
GITHUB_TOKEN = os.getenv("GITHUB_TOKEN", "ghp_FaKe0000TokenForStandupBotXyZ1234567890")
JIRA_USER = "standup-bot@acme-platform.example"
JIRA_TOKEN = os.getenv("JIRA_TOKEN", "ATATT3xFfGF0FaKeJiRaApiTokenNotRealZ9y8x7w6v5u4=1A2B3C4D")
JIRA_URL = "https://acme-platform.atlassian.example"
# for the "deploys" line
AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
METRICS_DB = "postgresql://standup:Sup3rS3cret!2026@203.0.113.20:5432/metrics"
GH_REPO = "acme-platform/core"


def git_yesterday():
    since = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    out = subprocess.run(["git", "log", f"--since={since}", "--author", os.getenv("USER", ""),
                          "--pretty=%s"], capture_output=True, text=True).stdout
    return [l for l in out.splitlines() if l]


def gh_merged():
    since = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    req = urllib.request.Request(
        f"https://api.github.com/search/issues?q=repo:{GH_REPO}+is:pr+is:merged+merged:>={since}",
        headers={"Authorization": f"token {GITHUB_TOKEN}"})
    try:
        items = json.load(urllib.request.urlopen(req, timeout=10))["items"]
        return [f"Merged #{i['number']} – {i['title']}" for i in items]
    except Exception:
        return []


def post(channel, text):
    req = urllib.request.Request(
        "https://slack.com/api/chat.postMessage",
        data=json.dumps({"channel": channel, "text": text}).encode(),
        headers={"Authorization": f"Bearer {SLACK_BOT_TOKEN}", "Content-Type": "application/json"})
    return json.load(urllib.request.urlopen(req, timeout=10))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--channel", required=True)
    ap.add_argument("--today", default="")
    ap.add_argument("--blockers", default="none")
    a = ap.parse_args()
    y = gh_merged() + git_yesterday()
    text = "*Yesterday*\n" + "\n".join(f"• {l}" for l in y or ["(nothing logged)"])
    text += "\n*Today*\n" + "\n".join(f"• {l}" for l in a.today.split(";") if l) 
    text += "\n*Blockers*\n• " + a.blockers
    r = post(a.channel, text)
    print("posted" if r.get("ok") else r)


if __name__ == "__main__":
    main()
