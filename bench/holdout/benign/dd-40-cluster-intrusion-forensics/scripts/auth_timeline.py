#!/usr/bin/env python3
import collections, csv, gzip, re, sys
FAIL = re.compile(r"^(\w{3}\s+\d+ [\d:]+) .*Failed password for (?:invalid user )?(\S+) from (\S+)")
OK = re.compile(r"^(\w{3}\s+\d+ [\d:]+) .*Accepted (\S+) for (\S+) from (\S+)")
fails = collections.Counter()
w = csv.writer(sys.stdout); w.writerow(["time", "event", "user", "source", "method", "prior_failures_from_source"])
for path in sys.argv[1:]:
    op = gzip.open if path.endswith(".gz") else open
    with op(path, "rt", errors="replace") as fh:
        for line in fh:
            if m := FAIL.match(line):
                fails[m.group(3)] += 1
            elif m := OK.match(line):
                t, meth, user, src = m.groups()
                w.writerow([t, "login", user, src, meth, fails[src]])
