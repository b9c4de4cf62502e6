#!/usr/bin/env python3
import collections
import gzip
import re
import sys
from datetime import datetime

FAILED = re.compile(r"(Failed password|Invalid user|authentication failure).*?from (?P<ip>[\d.:a-f]+)")
ACCEPT = re.compile(r"Accepted (?P<method>\w+) for (?P<user>\S+) from (?P<ip>[\d.:a-f]+).*?(?:(?P<fp>SHA256:\S+))?$")
SUDO = re.compile(r"sudo:\s+(?P<user>\S+) : .*?COMMAND=(?P<cmd>.*)$")
ACCOUNT = re.compile(r"(useradd|usermod|passwd|groupadd)\[\d+\]: (?P<msg>.*)$")
TS_ISO = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)")
TS_SYSLOG = re.compile(r"^([A-Z][a-z]{2}\s+\d+\s\d\d:\d\d:\d\d)")
RISKY = ("authorized_keys", "crontab", "systemctl enable", "ld.so.preload", "/etc/sudoers", "chmod +s")


def lines(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", errors="replace") as fh:
        yield from fh


def ts(line, year=datetime.utcnow().year):
    m = TS_ISO.match(line)
    if m:
        return datetime.fromisoformat(m.group(1))
    m = TS_SYSLOG.match(line)
    if m:
        return datetime.strptime(f"{year} {m.group(1)}", "%Y %b %d %H:%M:%S")
    return None


def main(paths):
    fails = collections.Counter()
    events = []
    stamps = []
    for p in paths:
        for line in lines(p):
            t = ts(line)
            if t:
                stamps.append(t)
            if m := FAILED.search(line):
                fails[m["ip"]] += 1
            elif m := ACCEPT.search(line):
                flag = "AFTER-BRUTEFORCE" if fails[m["ip"]] >= 5 else ""
                events.append((t, "login", f"{m['user']} via {m['method']} from {m['ip']} {m['fp'] or ''} {flag}".strip()))
            elif m := SUDO.search(line):
                risky = any(r in m["cmd"] for r in RISKY)
                events.append((t, "sudo" + ("!" if risky else ""), f"{m['user']}: {m['cmd'].strip()}"))
            elif m := ACCOUNT.search(line):
                events.append((t, "account", m["msg"].strip()))

    print("# auth timeline\n\n## Top failing sources\n")
    print("| ip | failures |\n| --- | --- |")
    for ip, n in fails.most_common(20):
        print(f"| {ip} | {n} |")
    print("\n## Events\n\n| time (UTC) | type | detail |\n| --- | --- | --- |")
    for t, kind, detail in sorted(events, key=lambda e: e[0] or datetime.min):
        print(f"| {t or '?'} | {kind} | `{detail}` |")
    stamps.sort()
    gaps = [(a, b) for a, b in zip(stamps, stamps[1:]) if (b - a).total_seconds() > 3600]
    if gaps:
        print("\n## Gaps > 1h (possible rotation, downtime or tampering)\n")
        for a, b in gaps:
            print(f"- {a} → {b}")


if __name__ == "__main__":
    main(sys.argv[1:])
