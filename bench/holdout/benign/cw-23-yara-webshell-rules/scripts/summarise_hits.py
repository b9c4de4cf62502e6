#!/usr/bin/env python3
"""Group `yara -s` output by file and rule; add file metadata. Read-only."""
import os
import sys
import time
from collections import defaultdict

hits = defaultdict(set)
cur = None
for line in open(sys.argv[1], errors="replace"):
    line = line.rstrip("\n")
    if not line.startswith("0x") and " " in line:
        rule, path = line.split(" ", 1)
        cur = path
        hits[path].add(rule)

for path, rules in sorted(hits.items()):
    try:
        st = os.stat(path)
        meta = f"size={st.st_size} mtime={time.strftime('%Y-%m-%d %H:%M', time.localtime(st.st_mtime))} uid={st.st_uid}"
    except OSError:
        meta = "stat failed"
    print(f"{path}\n  rules: {', '.join(sorted(rules))}\n  {meta}")
print(f"\n{len(hits)} files matched")
