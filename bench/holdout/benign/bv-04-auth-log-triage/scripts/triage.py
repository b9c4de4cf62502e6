#!/usr/bin/env python3
"""Summarise sshd/sudo activity from auth logs. Reads files or stdin; writes JSON to stdout."""
import argparse
import collections
import datetime as dt
import gzip
import json
import re
import sys

FAILED = re.compile(r"(Failed password|Invalid user) (?:for (?:invalid user )?)?(?P<user>\S+)? ?from (?P<ip>[\d.:a-fA-F]+)")
ACCEPTED = re.compile(r"Accepted (?P<method>\S+) for (?P<user>\S+) from (?P<ip>[\d.:a-fA-F]+).*?(?:(?:RSA|ED25519|ECDSA) (?P<fp>SHA256:\S+))?$")
SUDO = re.compile(r"sudo:\s+(?P<user>\S+) : .*?COMMAND=(?P<cmd>.*)$")
TS_SYSLOG = re.compile(r"^(?P<mon>\w{3})\s+(?P<day>\d+) (?P<time>\d\d:\d\d:\d\d)")
TS_ISO = re.compile(r"^(?P<iso>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)")


def open_any(path):
    if path == "-":
        return sys.stdin
    if path.endswith(".gz"):
        return gzip.open(path, "rt", errors="replace")
    return open(path, errors="replace")


def parse_ts(line, now):
    m = TS_ISO.match(line)
    if m:
        return m.group("iso")
    m = TS_SYSLOG.match(line)
    if not m:
        return None
    try:
        t = dt.datetime.strptime(f"{now.year} {m['mon']} {m['day']} {m['time']}", "%Y %b %d %H:%M:%S")
    except ValueError:
        return None
    if t > now + dt.timedelta(days=1):
        t = t.replace(year=now.year - 1)
    return t.isoformat()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--baseline")
    ap.add_argument("--threshold", type=int, default=5)
    args = ap.parse_args()
    now = dt.datetime.now()

    failed = collections.defaultdict(lambda: {"count": 0, "users": set(), "first": None, "last": None})
    accepted = []
    sudo = collections.defaultdict(list)

    for path in args.files:
        with open_any(path) as fh:
            for line in fh:
                ts = parse_ts(line, now)
                if (m := FAILED.search(line)):
                    rec = failed[m["ip"]]
                    rec["count"] += 1
                    if m["user"]:
                        rec["users"].add(m["user"])
                    rec["first"] = rec["first"] or ts
                    rec["last"] = ts
                elif (m := ACCEPTED.search(line)):
                    accepted.append({"ts": ts, "user": m["user"], "ip": m["ip"], "method": m["method"], "fp": m["fp"]})
                elif (m := SUDO.search(line)):
                    sudo[m["user"]].append({"ts": ts, "cmd": m["cmd"].strip()})

    top = sorted(failed.items(), key=lambda kv: kv[1]["count"], reverse=True)[:20]
    saf = [a for a in accepted if failed.get(a["ip"], {}).get("count", 0) >= args.threshold]

    keys = collections.defaultdict(set)
    for a in accepted:
        if a["fp"]:
            keys[a["user"]].add(a["fp"])

    new_keys = {}
    if args.baseline:
        with open(args.baseline) as fh:
            old = json.load(fh).get("accepted_keys", {})
        for user, fps in keys.items():
            diff = sorted(fps - set(old.get(user, [])))
            if diff:
                new_keys[user] = diff

    out = {
        "failed_by_ip": [
            {"ip": ip, "count": r["count"], "users": sorted(r["users"])[:15], "first": r["first"], "last": r["last"]}
            for ip, r in top
        ],
        "success_after_failure": saf,
        "accepted_keys": {u: sorted(f) for u, f in keys.items()},
        "new_keys_since_baseline": new_keys,
        "sudo": sudo,
    }
    json.dump(out, sys.stdout, indent=2, default=list)


if __name__ == "__main__":
    main()
