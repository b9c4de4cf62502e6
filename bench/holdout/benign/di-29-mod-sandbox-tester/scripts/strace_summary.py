#!/usr/bin/env python3
"""Classify strace lines from a sandbox run into DECOY/NET/WRITE/EXEC findings."""
import re
import sys
from pathlib import Path

DECOYS = (".ssh/", "discord/Local Storage", "loginusers.vdf")
work = Path(sys.argv[1])
trace = work / "home" / "trace.txt"
if not trace.exists():  # fallback for manual runs
    trace = Path("/tmp/trace.txt")
seen = set()
for line in trace.read_text(errors="replace").splitlines():
    m = re.search(r'(openat|execve|connect)\((.*)', line)
    if not m:
        continue
    call, args = m.groups()
    if call == "openat" and any(d in args for d in DECOYS):
        tag = "[DECOY]"
    elif call == "openat" and ("O_WRONLY" in args or "O_RDWR" in args):
        tag = "[WRITE]"
    elif call == "connect" and "AF_INET" in args:
        tag = "[NET]"
    elif call == "execve" and "valheim_server" not in args:
        tag = "[EXEC]"
    else:
        continue
    key = (tag, args[:160])
    if key not in seen:
        seen.add(key)
        print(f"{tag:8} {call} {args[:160]}")
