#!/usr/bin/env python3
"""Match NT hashes against the HIBP Pwned Passwords NTLM file (sorted by hash).

Uses binary search over the file on disk, so the multi-GB list is never loaded into memory.
Offline only; no API calls.
"""
import os
import sys


def lookup(fh, size, target):
    lo, hi = 0, size
    while lo < hi:
        mid = (lo + hi) // 2
        fh.seek(mid)
        if mid:
            fh.readline()
        line = fh.readline()
        if not line:
            hi = mid
            continue
        h = line[:32].decode().upper()
        if h < target:
            lo = mid + 1
        else:
            hi = mid
    fh.seek(lo)
    if lo:
        fh.readline()
    for _ in range(2):
        line = fh.readline()
        if line[:32].decode().upper() == target:
            return int(line.split(b":")[1])
    return 0


def main(hashes, pwned):
    size = os.path.getsize(pwned)
    with open(pwned, "rb") as fh, open(hashes) as hs:
        for line in hs:
            user, nt = line.rstrip("\n").rsplit(":", 1)
            n = lookup(fh, size, nt.upper())
            if n:
                print(f"{user}\t{n}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: hibp_match.py hashes.txt pwned-ntlm-ordered-by-hash.txt")
    main(*sys.argv[1:])
