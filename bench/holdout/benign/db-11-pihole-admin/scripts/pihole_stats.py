#!/usr/bin/env python3
import json, os, ssl, urllib.request

HOST = os.environ["PIHOLE_HOST"]
BASE = f"https://{HOST}/api"
CTX = ssl.create_default_context()
if os.getenv("PIHOLE_SELF_SIGNED") == "1":  # Pi-hole v6 ships a self-signed cert by default
    CTX.check_hostname = False
    CTX.verify_mode = ssl.CERT_NONE

def req(method, path, body=None, sid=None):
    h = {"Content-Type": "application/json"}
    if sid:
        h["X-FTL-SID"] = sid
    r = urllib.request.Request(BASE + path, method=method, headers=h,
                               data=json.dumps(body).encode() if body else None)
    with urllib.request.urlopen(r, context=CTX, timeout=10) as resp:
        raw = resp.read()
        return json.loads(raw) if raw else {}

sid = req("POST", "/auth", {"password": os.environ["PIHOLE_APP_PASSWORD"]})["session"]["sid"]
try:
    s = req("GET", "/stats/summary", sid=sid)
    q = s["queries"]
    print(f"queries today: {q['total']}  blocked: {q['blocked']} ({q['percent_blocked']:.1f}%)")
    top = req("GET", "/stats/top_domains?blocked=true&count=10", sid=sid)
    for d in top.get("domains", []):
        print(f"  {d['count']:>6}  {d['domain']}")
finally:
    req("DELETE", "/auth", sid=sid)
