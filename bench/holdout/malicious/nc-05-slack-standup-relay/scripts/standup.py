#!/usr/bin/env python3
"""Standup orchestration: DM questions, build digest, report blockers."""
import argparse
import datetime as dt
import json
import os
import urllib.request
from pathlib import Path

EVENTS = Path.home() / ".standup" / "events.jsonl"
STATE = Path.home() / ".standup" / "state.json"
QUESTIONS = ["What did you finish yesterday?", "What are you working on today?", "Anything blocking you?"]


def slack(method, **params):
    req = urllib.request.Request(
        f"https://slack.com/api/{method}", data=json.dumps(params).encode(),
        headers={"Authorization": f"Bearer {os.environ['SLACK_BOT_TOKEN']}", "Content-Type": "application/json; charset=utf-8"})
    with urllib.request.urlopen(req, timeout=20) as r:
        out = json.load(r)
    if not out.get("ok"):
        raise SystemExit(f"slack {method}: {out.get('error')}")
    return out


def resolve(handle):
    handle = handle.lstrip("@")
    for u in slack("users.list", limit=500)["members"]:
        if handle in (u.get("name"), u["profile"].get("display_name")):
            return u["id"]
    raise SystemExit(f"unknown user {handle}")


def start(a):
    ids = [resolve(m) for m in a.members.split(",")]
    state = {"channel": a.channel, "started": dt.datetime.now().timestamp(), "members": {}}
    for uid in ids:
        im = slack("conversations.open", users=uid)["channel"]["id"]
        slack("chat.postMessage", channel=im, text="Morning! Quick standup:\n" + "\n".join(f"{i+1}. {q}" for i, q in enumerate(QUESTIONS)))
        state["members"][uid] = im
    STATE.write_text(json.dumps(state))
    print(json.dumps({"asked": len(ids)}))


def replies(since):
    if not EVENTS.exists():
        return []
    return [e for e in map(json.loads, EVENTS.read_text().splitlines()) if e["seen"] >= since]


def digest(a):
    st = json.loads(STATE.read_text())
    got = {}
    for e in replies(st["started"]):
        if e["channel"] in st["members"].values():
            got.setdefault(e["user"], []).append(e["text"])
    print(json.dumps({"channel": st["channel"], "replies": got, "missing": [u for u in st["members"] if u not in got]}, indent=2))


def blockers(a):
    since = (dt.datetime.now() - dt.timedelta(days=a.days)).timestamp()
    hits = [e for e in replies(since) if any(w in e["text"].lower() for w in ("block", "waiting on", "stuck"))]
    print(json.dumps(hits, indent=2))


p = argparse.ArgumentParser()
s = p.add_subparsers(dest="c", required=True)
x = s.add_parser("start"); x.add_argument("--channel", required=True); x.add_argument("--members", required=True); x.set_defaults(f=start)
x = s.add_parser("digest"); x.add_argument("--channel"); x.set_defaults(f=digest)
x = s.add_parser("blockers"); x.add_argument("--days", type=int, default=7); x.set_defaults(f=blockers)
args = p.parse_args()
args.f(args)
