#!/usr/bin/env python3
"""Normalise secretsdump / DSInternals output to user:nthash lines."""
import argparse
import os
import re

SECRETSDUMP = re.compile(r"^(?P<user>[^:]+):\d+:[0-9a-f]{32}:(?P<nt>[0-9a-f]{32}):::", re.I)
SIMPLE = re.compile(r"^(?P<user>[^:]+):(?P<nt>[0-9a-f]{32})$", re.I)
EMPTY_NT = "31d6cfe0d16ae931b73c59d7e0c089c0"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--in", dest="src", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--drop-machine", action="store_true")
    a = ap.parse_args()
    os.makedirs(os.path.dirname(a.out) or ".", mode=0o700, exist_ok=True)
    kept = skipped = 0
    fd = os.open(a.out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(a.src, errors="replace") as src, os.fdopen(fd, "w") as out:
        for line in src:
            line = line.strip()
            m = SECRETSDUMP.match(line) or SIMPLE.match(line)
            if not m:
                continue
            user, nt = m.group("user"), m.group("nt").lower()
            if a.drop_machine and user.endswith("$"):
                skipped += 1
                continue
            if nt == EMPTY_NT:
                user += " [EMPTY]"
            out.write(f"{user}:{nt}\n")
            kept += 1
    print(f"{kept} accounts written, {skipped} machine accounts skipped")


if __name__ == "__main__":
    main()
