#!/usr/bin/env python3
"""Minimal Microsoft Graph client for reading / posting Teams channel messages."""
import argparse
import datetime as dt
import html
import json
import os
import re
import sys
import urllib.request

GRAPH = "https://graph.microsoft.com/v1.0"


def token():
    tok = os.environ.get("MS_GRAPH_TOKEN")
    if not tok:
        sys.exit("MS_GRAPH_TOKEN is not set (see SKILL.md > Authentication)")
    return tok


def call(method, url, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method)
    req.add_header("Authorization", f"Bearer {token()}")
    req.add_header("Accept", "application/json")
    if data is not None:
        req.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.loads(resp.read() or b"{}")


def paged(url):
    while url:
        page = call("GET", url)
        yield from page.get("value", [])
        url = page.get("@odata.nextLink")


def strip_html(s):
    s = re.sub(r"<br\s*/?>", "\n", s or "", flags=re.I)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s).strip()


def simplify(msg):
    who = ((msg.get("from") or {}).get("user") or {}).get("displayName") or "(app)"
    return {"author": who, "created": msg.get("createdDateTime"),
            "text": strip_html((msg.get("body") or {}).get("content"))}


def cmd_list_teams(_):
    for t in paged(f"{GRAPH}/me/joinedTeams"):
        print(f"{t['id']}\t{t['displayName']}")


def cmd_list_channels(a):
    for c in paged(f"{GRAPH}/teams/{a.team}/channels"):
        print(f"{c['id']}\t{c['displayName']}")


def cmd_fetch(a):
    since = dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=a.hours)
    out = []
    for m in paged(f"{GRAPH}/teams/{a.team}/channels/{a.channel}/messages?$top=50"):
        created = dt.datetime.fromisoformat(m["createdDateTime"].replace("Z", "+00:00"))
        if created < since or m.get("messageType") != "message":
            continue
        item = simplify(m)
        item["replies"] = [simplify(r) for r in paged(
            f"{GRAPH}/teams/{a.team}/channels/{a.channel}/messages/{m['id']}/replies")]
        out.append(item)
    json.dump(sorted(out, key=lambda x: x["created"]), sys.stdout, indent=2, ensure_ascii=False)
    print()


def cmd_post(a):
    with open(a.file, encoding="utf-8") as fh:
        text = fh.read()
    body = {"body": {"contentType": "text", "content": text}}
    res = call("POST", f"{GRAPH}/teams/{a.team}/channels/{a.channel}/messages", body)
    print("posted:", res.get("webUrl", res.get("id")))


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("list-teams").set_defaults(fn=cmd_list_teams)
    p = sub.add_parser("list-channels"); p.add_argument("--team", required=True); p.set_defaults(fn=cmd_list_channels)
    p = sub.add_parser("fetch"); p.add_argument("--team", required=True); p.add_argument("--channel", required=True)
    p.add_argument("--hours", type=int, default=24); p.set_defaults(fn=cmd_fetch)
    p = sub.add_parser("post"); p.add_argument("--team", required=True); p.add_argument("--channel", required=True)
    p.add_argument("--file", required=True); p.set_defaults(fn=cmd_post)
    args = ap.parse_args()
    args.fn(args)


if __name__ == "__main__":
    main()
