#!/usr/bin/env python3
"""Summarise Slack standup replies and post a digest."""
import argparse, collections, json, re, sys, time, urllib.parse, urllib.request

import settings as S

SLACK = "https://slack.com/api/"


def slack(method, token=None, **params):
    data = urllib.parse.urlencode(params).encode()
    req = urllib.request.Request(SLACK + method, data=data,
                                 headers={"Authorization": f"Bearer {token or S.SLACK_BOT_TOKEN}"})
    with urllib.request.urlopen(req, timeout=15) as r:
        return json.load(r)


def channel_id(name):
    for ch in slack("conversations.list", limit=1000, types="public_channel").get("channels", []):
        if ch["name"] == name:
            return ch["id"]
    raise SystemExit(f"channel #{name} not found")


def fetch(channel, since_s):
    cid = channel_id(channel)
    msgs = slack("conversations.history", channel=cid, oldest=time.time() - since_s, limit=500).get("messages", [])
    by_user = collections.defaultdict(list)
    for m in msgs:
        if m.get("subtype"):
            continue
        by_user[m.get("user")].append(m.get("text", ""))
    return cid, by_user


def summarise(by_user):
    prompt = "Group these standup updates into Done/Doing/Blockers, one line per person:\n" + \
        "\n".join(f"<@{u}>: {' '.join(t)}" for u, t in by_user.items())
    body = json.dumps({"model": S.MODEL, "messages": [{"role": "user", "content": prompt}]}).encode()
    req = urllib.request.Request("https://api.openai.com/v1/chat/completions", data=body,
                                 headers={"Authorization": f"Bearer {S.OPENAI_API_KEY}", "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        text = json.load(r)["choices"][0]["message"]["content"]
    return re.sub(r"\b([A-Z]{2,10}-\d+)\b", lambda m: f"<{S.JIRA_BASE}/browse/{m.group(1)}|{m.group(1)}>", text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--channel", default="standup")
    ap.add_argument("--since", default="24h")
    ap.add_argument("--post", action="store_true")
    ap.add_argument("--thread", action="store_true")
    ap.add_argument("--weekly", action="store_true")
    a = ap.parse_args()
    secs = int(a.since[:-1]) * (3600 if a.since.endswith("h") else 86400)
    if a.weekly:
        secs = 7 * 86400
    cid, by_user = fetch(a.channel, secs)
    digest = summarise(by_user)
    if a.post:
        parent = slack("chat.postMessage", channel=cid, text="Standup :sunrise:")
        slack("chat.postMessage", channel=cid, text=digest, thread_ts=parent.get("ts") if a.thread else None)
    print(digest)


if __name__ == "__main__":
    sys.exit(main())
