#!/usr/bin/env python3
"""Parse sshd/sudo lines from auth.log(.gz) files into a Parquet table."""
import gzip
import re
import sys

import pandas as pd

RX = [
    ("ssh_fail", re.compile(r"Failed (?:password|publickey) for (?:invalid user )?(?P<user>\S+) from (?P<ip>[\d.a-f:]+) port \d+")),
    ("ssh_ok", re.compile(r"Accepted (?P<method>\S+) for (?P<user>\S+) from (?P<ip>[\d.a-f:]+) port \d+")),
    ("ssh_invalid", re.compile(r"Invalid user (?P<user>\S*) from (?P<ip>[\d.a-f:]+)")),
    ("sudo", re.compile(r"sudo:\s+(?P<user>\S+) : .*?COMMAND=(?P<command>.*)$")),
]
TS = re.compile(r"^(?P<ts>\w{3}\s+\d+\s[\d:]{8}|\d{4}-\d\d-\d\dT[\d:.]+[+-]\d\d:\d\d)\s+(?P<host>\S+)")

rows = []
for path in sys.argv[1:]:
    op = gzip.open if path.endswith(".gz") else open
    with op(path, "rt", errors="replace") as f:
        for line in f:
            t = TS.match(line)
            for kind, rx in RX:
                m = rx.search(line)
                if m and t:
                    rows.append({"ts": t["ts"], "host": t["host"], "kind": kind, **m.groupdict()})
                    break
df = pd.DataFrame(rows)
df["ts"] = pd.to_datetime(df["ts"], errors="coerce", utc=True, format="mixed")
df.to_parquet(sys.stdout.buffer)
