#!/usr/bin/env python3
import re, sys
from collections import Counter

FAIL = re.compile(r"Failed (password|publickey) for (invalid user )?(\S+) from (\S+)")
INVALID = re.compile(r"Invalid user (\S+) from (\S+)")
OK = re.compile(r"Accepted (password|publickey) for (\S+) from (\S+) port \d+")

ips, users, accepted = Counter(), Counter(), []
for line in open(sys.argv[1], errors="replace"):
    if m := FAIL.search(line):
        users[m.group(3)] += 1; ips[m.group(4)] += 1
    elif m := INVALID.search(line):
        users[m.group(1)] += 1; ips[m.group(2)] += 1
    elif m := OK.search(line):
        accepted.append((line[:25], m.group(2), m.group(1), m.group(3)))

print(f"failed attempts: {sum(ips.values())} from {len(ips)} IPs")
print("\nTop sources:")
for ip, n in ips.most_common(20):
    print(f"  {n:>6}  {ip}")
print("\nTop usernames tried:")
for u, n in users.most_common(20):
    print(f"  {n:>6}  {u}")
print("\nSUCCESSFUL logins (verify each one!):")
for ts, user, method, ip in accepted:
    print(f"  {ts}  {user:<12} {method:<10} {ip}")
