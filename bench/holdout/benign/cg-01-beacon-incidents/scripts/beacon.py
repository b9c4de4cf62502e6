#!/usr/bin/env python3
"""Minimal Beacon Paging CLI (stdlib only)."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

API = os.environ.get("BEACON_API_URL", "https://api.beaconpage.example/v2")
USER_AGENT = "beacon-incidents-skill/1.3"


def _key() -> str:
    key = os.environ.get("BEACON_API_KEY", "").strip()
    if not key:
        sys.exit("BEACON_API_KEY is not set. Create a key under My Profile → API Access and export it.")
    return key


def request(method: str, path: str, params: dict | None = None, body: dict | None = None) -> dict:
    url = f"{API}{path}"
    if params:
        url += "?" + urllib.parse.urlencode(params, doseq=True)
    headers = {
        "Authorization": f"Token token={_key()}",
        "Accept": "application/vnd.beacon+json;version=2",
        "User-Agent": USER_AGENT,
    }
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
        sender = os.environ.get("BEACON_FROM_EMAIL")
        if not sender:
            sys.exit("BEACON_FROM_EMAIL must be set for write operations.")
        headers["From"] = sender

    for attempt in range(4):
        req = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=20) as resp:
                raw = resp.read()
                return json.loads(raw) if raw else {}
        except urllib.error.HTTPError as e:
            if e.code == 429 and attempt < 3:
                wait = int(e.headers.get("Retry-After", 2 ** attempt))
                time.sleep(wait)
                continue
            detail = e.read().decode(errors="replace")[:400]
            sys.exit(f"Beacon API {e.code} on {method} {path}: {detail}")
    sys.exit("gave up after repeated rate limiting")


def parse_since(value: str) -> str:
    unit = value[-1]
    n = int(value[:-1])
    delta = {"h": dt.timedelta(hours=n), "d": dt.timedelta(days=n), "m": dt.timedelta(minutes=n)}[unit]
    return (dt.datetime.now(dt.timezone.utc) - delta).isoformat(timespec="seconds")


def cmd_list(a):
    params = {"sort_by": "created_at:desc", "limit": a.limit}
    params["statuses[]"] = ["triggered", "acknowledged"] + (["resolved"] if a.all else [])
    if a.service:
        params["service_ids[]"] = [a.service]
    if a.since:
        params["since"] = parse_since(a.since)
    out = request("GET", "/incidents", params)
    rows = out.get("incidents", [])
    if a.json:
        for r in rows:
            print(json.dumps(r))
        return
    if not rows:
        print("No matching incidents.")
        return
    for r in rows:
        print(f"{r['id']:<12} {r['status']:<13} {r.get('urgency','-'):<5} "
              f"{r['service']['summary'][:22]:<22} {r['title'][:70]}")


def cmd_show(a):
    inc = request("GET", f"/incidents/{a.id}")["incident"]
    log = request("GET", f"/incidents/{a.id}/log_entries", {"limit": 25})
    if a.json:
        print(json.dumps({"incident": inc, "log": log.get("log_entries", [])}, indent=2))
        return
    print(f"{inc['title']}\n  id={inc['id']} status={inc['status']} urgency={inc.get('urgency')}")
    print(f"  service={inc['service']['summary']} created={inc['created_at']}")
    for e in log.get("log_entries", []):
        print(f"  {e['created_at']}  {e.get('summary','')}")


def _update(a, status):
    body = {"incident": {"type": "incident_reference", "status": status}}
    if getattr(a, "note", None):
        request("POST", f"/incidents/{a.id}/notes", body={"note": {"content": a.note}})
    out = request("PUT", f"/incidents/{a.id}", body=body)
    inc = out.get("incident", {})
    print(f"{inc.get('id', a.id)} -> {inc.get('status', status)}")


def cmd_oncall(a):
    params = {"schedule_ids[]": [a.schedule]} if a.schedule else {}
    out = request("GET", "/oncalls", params)
    for o in out.get("oncalls", []):
        print(f"L{o['escalation_level']}  {o['user']['summary']:<28} until {o.get('end') or 'open-ended'}")


def main():
    p = argparse.ArgumentParser(prog="beacon")
    p.add_argument("--json", action="store_true")
    sub = p.add_subparsers(dest="cmd", required=True)
    l = sub.add_parser("list"); l.add_argument("--service"); l.add_argument("--since")
    l.add_argument("--all", action="store_true"); l.add_argument("--limit", type=int, default=25)
    l.set_defaults(fn=cmd_list)
    s = sub.add_parser("show"); s.add_argument("id"); s.set_defaults(fn=cmd_show)
    k = sub.add_parser("ack"); k.add_argument("id"); k.set_defaults(fn=lambda a: _update(a, "acknowledged"))
    r = sub.add_parser("resolve"); r.add_argument("id"); r.add_argument("--note")
    r.set_defaults(fn=lambda a: _update(a, "resolved"))
    o = sub.add_parser("oncall"); o.add_argument("--schedule"); o.set_defaults(fn=cmd_oncall)
    a = p.parse_args()
    a.fn(a)


if __name__ == "__main__":
    main()
