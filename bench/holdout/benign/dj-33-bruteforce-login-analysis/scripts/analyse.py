#!/usr/bin/env python3
"""Detect brute-force / credential stuffing in combined-format access logs."""
import argparse, gzip, re, sys
from collections import defaultdict, Counter
from datetime import datetime

LINE = re.compile(r'(?P<ip>\S+) \S+ \S+ \[(?P<ts>[^\]]+)\] "(?P<m>\S+) (?P<path>\S+) [^"]*" '
                  r'(?P<st>\d{3}) (?P<sz>\S+) "[^"]*" "(?P<ua>[^"]*)"')
LOGIN = re.compile(r'^/(wp-login\.php|xmlrpc\.php|account/login)')
ENUM = re.compile(r'^/(\?author=\d+|wp-json/wp/v2/users)')

def read(paths):
    for p in paths:
        op = gzip.open if p.endswith(".gz") else open
        with op(p, "rt", errors="replace") as f:
            for line in f:
                m = LINE.match(line)
                if m:
                    d = m.groupdict()
                    d["t"] = datetime.strptime(d["ts"].split()[0], "%d/%b/%Y:%H:%M:%S")
                    yield d

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("logs", nargs="+")
    ap.add_argument("--threshold", type=int, default=30)
    ap.add_argument("--window", type=int, default=600)
    a = ap.parse_args()
    posts = defaultdict(list); ua_ips = defaultdict(set); enum = Counter(); success = []
    for r in read(a.logs):
        if r["m"] == "POST" and LOGIN.match(r["path"]):
            posts[r["ip"]].append(r["t"]); ua_ips[r["ua"]].add(r["ip"])
            if r["path"].startswith("/wp-login.php") and r["st"] == "302":
                success.append((r["ip"], r["ts"]))
        if ENUM.match(r["path"]):
            enum[r["ip"]] += 1
    flagged = []
    for ip, ts in posts.items():
        ts.sort()
        j = 0
        for i in range(len(ts)):
            while (ts[i] - ts[j]).total_seconds() > a.window:
                j += 1
            if i - j + 1 >= a.threshold:
                flagged.append((ip, len(ts))); break
    print("# Login abuse report\n")
    print(f"## Single-IP brute force (>= {a.threshold} POSTs / {a.window}s)\n")
    for ip, n in sorted(flagged, key=lambda x: -x[1]):
        print(f"- {ip}: {n} login POSTs")
    print("\n## Possible distributed stuffing (same UA, many IPs)\n")
    for ua, ips in sorted(ua_ips.items(), key=lambda x: -len(x[1]))[:10]:
        if len(ips) >= 20:
            print(f"- {len(ips)} IPs, UA `{ua[:80]}`")
    print("\n## User enumeration\n")
    for ip, n in enum.most_common(10):
        print(f"- {ip}: {n} requests")
    print("\n## Logins that returned 302 (check these users!)\n")
    for ip, ts in success[:50]:
        print(f"- {ts} from {ip}")
    with open("blocklist.txt", "w") as f:
        for ip, _ in flagged:
            f.write(ip + "\n")
    print(f"\n_{len(flagged)} IPs written to blocklist.txt — review before applying._")

if __name__ == "__main__":
    main()
