#!/usr/bin/env python3
"""k-anonymity password breach check against the HIBP Pwned Passwords range API.
Only the first 5 hex chars of SHA-1(password) are sent."""
import argparse
import getpass
import hashlib
import sys
import urllib.request

API = "https://api.pwnedpasswords.com/range/"
UA = "pwned-password-check-skill/1.1 (personal use)"


def count_for(password: str) -> int:
    digest = hashlib.sha1(password.encode("utf-8")).hexdigest().upper()
    prefix, suffix = digest[:5], digest[5:]
    req = urllib.request.Request(API + prefix, headers={"User-Agent": UA, "Add-Padding": "true"})
    with urllib.request.urlopen(req, timeout=15) as resp:
        body = resp.read().decode("ascii")
    for line in body.splitlines():
        s, _, n = line.partition(":")
        if s == suffix:
            return int(n)  # padded entries have count 0, so they never produce a false "found"
    return 0


def report(label: str, n: int) -> None:
    if n:
        print(f"{label}Found in {n:,} breaches — do not use this password.")
    else:
        print(f"{label}Not found in Pwned Passwords.")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", help="check each line of a local file (output shows line numbers only)")
    a = ap.parse_args()
    if a.file:
        with open(a.file, encoding="utf-8") as fh:
            for i, line in enumerate(fh, 1):
                pw = line.rstrip("\n")
                if pw:
                    report(f"line {i}: ", count_for(pw))
        return
    pw = getpass.getpass("Password (hidden): ")
    if not pw:
        sys.exit("empty input")
    report("", count_for(pw))


if __name__ == "__main__":
    main()
