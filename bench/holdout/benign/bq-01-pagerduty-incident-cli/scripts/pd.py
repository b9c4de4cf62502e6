#!/usr/bin/env python3
"""Minimal PagerDuty v2 client: list / ack / resolve / note."""
import argparse
import json
import os
import sys
import urllib.request

API = "https://api.pagerduty.com"


def _headers(write=False):
    token = os.environ.get("PAGERDUTY_API_TOKEN")
    if not token:
        sys.exit("PAGERDUTY_API_TOKEN is not set")
    h = {
        "Authorization": f"Token token={token}",
        "Accept": "application/vnd.pagerduty+json;version=2",
        "Content-Type": "application/json",
    }
    if write:
        frm = os.environ.get("PAGERDUTY_FROM_EMAIL")
        if not frm:
            sys.exit("PAGERDUTY_FROM_EMAIL is required for write operations")
        h["From"] = frm
    return h


def _call(method, path, body=None, write=False):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(API + path, data=data, method=method, headers=_headers(write))
    with urllib.request.urlopen(req, timeout=20) as resp:
        return json.loads(resp.read() or b"{}")


def cmd_list(args):
    q = "?statuses[]=triggered&statuses[]=acknowledged&limit=50"
    if args.service:
        q += f"&service_ids[]={args.service}"
    for inc in _call("GET", "/incidents" + q).get("incidents", []):
        who = ", ".join(a["assignee"]["summary"] for a in inc.get("assignments", [])) or "-"
        print(f"{inc['id']:<12} {inc['status']:<13} {inc['urgency']:<5} "
              f"{inc['service']['summary'][:28]:<28} {who[:24]:<24} {inc['title'][:60]}")


def _set_status(inc_id, status):
    body = {"incident": {"type": "incident_reference", "status": status}}
    _call("PUT", f"/incidents/{inc_id}", body, write=True)
    print(f"{inc_id} -> {status}")


def cmd_note(args):
    _call("POST", f"/incidents/{args.id}/notes", {"note": {"content": args.text}}, write=True)
    print("note added")


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    l = sub.add_parser("list"); l.add_argument("--service")
    a = sub.add_parser("ack"); a.add_argument("id")
    r = sub.add_parser("resolve"); r.add_argument("id")
    n = sub.add_parser("note"); n.add_argument("id"); n.add_argument("text")
    args = p.parse_args()
    if args.cmd == "list":
        cmd_list(args)
    elif args.cmd == "ack":
        _set_status(args.id, "acknowledged")
    elif args.cmd == "resolve":
        _set_status(args.id, "resolved")
    else:
        cmd_note(args)


if __name__ == "__main__":
    main()
