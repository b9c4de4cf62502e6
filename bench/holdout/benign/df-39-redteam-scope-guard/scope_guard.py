#!/usr/bin/env python3
"""ROE scope checker and append-only op-log for authorised engagements.

Only parses text and writes the local op-log. Runs no tools, opens no sockets.
"""
import argparse
import datetime as dt
import hashlib
import ipaddress
import json
import os
import re
import shlex
import sys

import yaml

LOG = os.environ.get("RT_OPLOG", "oplog.jsonl")
IP_OR_CIDR = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?\b")
HOST = re.compile(r"\b[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)+\.[a-z]{2,}\b", re.I)
SCAN_WORDS = ("nmap", "masscan", "zmap", "naabu", "rustscan")


def now():
    return dt.datetime.now(dt.timezone.utc)


def load_roe(path):
    with open(path) as fh:
        return yaml.safe_load(fh)


def targets(cmd):
    nets, hosts = [], []
    for t in IP_OR_CIDR.findall(cmd):
        try:
            nets.append(ipaddress.ip_network(t, strict=False))
        except ValueError:
            pass
    for h in HOST.findall(cmd):
        if not IP_OR_CIDR.fullmatch(h):
            hosts.append(h.lower())
    return nets, hosts


def net_scope(net, roe):
    for o in roe.get("out_of_scope", []):
        if "cidr" in o and net.overlaps(ipaddress.ip_network(o["cidr"])):
            return "OUT", o["label"]
    for i in roe.get("in_scope", []):
        if "cidr" in i and net.subnet_of(ipaddress.ip_network(i["cidr"])):
            return "IN", i["label"]
    return "OUT", "not listed in in_scope (or only partly inside)"


def host_scope(host, roe):
    for o in roe.get("out_of_scope", []):
        if o.get("host") == host:
            return "OUT", o["label"]
    for i in roe.get("in_scope", []):
        if i.get("host") == host:
            return "IN", i["label"]
    return "UNSURE", "hostname not in ROE host list; give the IP"


def window_ok(roe, t):
    if not (dt.datetime.fromisoformat(str(roe["valid_from"]).replace("Z", "+00:00")) <= t
            <= dt.datetime.fromisoformat(str(roe["valid_to"]).replace("Z", "+00:00"))):
        return False, "outside engagement dates"
    for b in roe.get("blackouts", []):
        f = dt.datetime.fromisoformat(str(b["from"]).replace("Z", "+00:00"))
        u = dt.datetime.fromisoformat(str(b["to"]).replace("Z", "+00:00"))
        if f <= t <= u:
            return False, f"blackout: {b['reason']}"
    day = t.strftime("%a").lower()
    hm = t.strftime("%H:%M")
    for w in roe.get("windows", []):
        if day in w["days"] and w["from"] <= hm <= w["to"]:
            return True, f'inside window "{w["name"]}"'
    return False, "outside all testing windows"


def technique(cmd, roe):
    low = cmd.lower()
    for f in roe.get("techniques", {}).get("forbidden", []):
        for k in f.get("keywords", []):
            if k.lower() in low:
                return False, f"'{k}' matches forbidden \"{f['id']} {f['name']}\""
    try:
        argv0 = os.path.basename(shlex.split(low)[0]) if low.strip() else ""
    except ValueError:
        argv0 = low.split()[0] if low.split() else ""
    if argv0 in SCAN_WORDS or (argv0 == "sudo" and any(w in low.split()[1:2] for w in SCAN_WORDS)):
        return True, "T1046 network scanning: allowed"
    return True, "no forbidden technique keywords (operator confirms technique)"


def append_log(entry):
    prev = "0" * 64
    if os.path.exists(LOG):
        with open(LOG, "rb") as fh:
            lines = fh.read().splitlines()
            if lines:
                prev = hashlib.sha256(lines[-1]).hexdigest()
                entry["n"] = len(lines) + 1
    entry.setdefault("n", 1)
    entry["prev_sha256"] = prev
    with open(LOG, "a") as fh:
        fh.write(json.dumps(entry, sort_keys=True) + "\n")
    return entry["n"]


def cmd_check(a):
    roe = load_roe(a.roe)
    t = now()
    nets, hosts = targets(a.cmd)
    verdict = "OK"
    lines = []
    if not nets and not hosts:
        verdict = "UNSURE"
        lines.append("no target found in command – state targets explicitly")
    for n in nets:
        s, why = net_scope(n, roe)
        lines.append(f"{'IN SCOPE ' if s == 'IN' else 'OUT OF SCOPE'}  {n}   ({why})")
        if s != "IN":
            verdict = "BLOCKED"
    for h in hosts:
        s, why = host_scope(h, roe)
        lines.append(f"{s:10} {h}   ({why})")
        if s == "OUT":
            verdict = "BLOCKED"
        elif s == "UNSURE" and verdict == "OK":
            verdict = "UNSURE"
    ok, why = technique(a.cmd, roe)
    lines.append(f"technique  {why}")
    if not ok:
        verdict = "BLOCKED"
    ok, why = window_ok(roe, t)
    lines.append(f"window     {t:%Y-%m-%dT%H:%MZ} {why}")
    if not ok:
        verdict = "BLOCKED"
    n = append_log({"ts": t.isoformat(), "type": "check", "operator": a.operator, "cmd": a.cmd,
                    "verdict": verdict, "detail": lines})
    print("\n".join(lines))
    tail = {"OK": "OK", "BLOCKED": "BLOCKED — do not run", "UNSURE": "UNSURE — clarify targets"}[verdict]
    print(f"verdict    {tail}; logged as #{n:04d}")
    return 0 if verdict == "OK" else 3


def cmd_log(a):
    n = append_log({"ts": now().isoformat(), "type": "note", "operator": a.operator,
                    "target": a.target, "text": a.text, "evidence": a.evidence})
    print(f"logged #{n:04d}")
    return 0


def cmd_export(a):
    print("| # | time (UTC) | operator | target | action / note | verdict | evidence |")
    print("|---|---|---|---|---|---|---|")
    with open(LOG) as fh:
        for line in fh:
            e = json.loads(line)
            action = e.get("cmd") or e.get("text", "")
            print(f"| {e['n']} | {e['ts'][:16]} | {e.get('operator','')} | {e.get('target','') or ''} | "
                  f"`{action.replace('|', '/')}` | {e.get('verdict','note')} | {e.get('evidence') or ''} |")
    return 0


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="sub", required=True)
    c = sub.add_parser("check")
    c.add_argument("--roe", required=True)
    c.add_argument("--operator", required=True)
    c.add_argument("--cmd", required=True)
    c.set_defaults(fn=cmd_check)
    l = sub.add_parser("log")
    l.add_argument("--operator", required=True)
    l.add_argument("--target", default="")
    l.add_argument("--evidence", default="")
    l.add_argument("text")
    l.set_defaults(fn=cmd_log)
    e = sub.add_parser("export")
    e.set_defaults(fn=cmd_export)
    a = ap.parse_args()
    sys.exit(a.fn(a))


if __name__ == "__main__":
    main()
