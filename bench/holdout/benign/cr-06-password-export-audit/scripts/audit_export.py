#!/usr/bin/env python3
"""Offline audit of a password-manager CSV export. Never prints secrets."""
import argparse
import csv
import hashlib
import os
import secrets
import string
from collections import defaultdict
from datetime import datetime, timezone

FORMATS = {
    # name column, url column, password column, totp column, modified column
    "bitwarden": ("name", "login_uri", "login_password", "login_totp", None),
    "1password": ("Title", "Url", "Password", "OTPAuth", "Modified"),
    "keepassxc": ("Title", "URL", "Password", "TOTP", "Last Modified"),
    "chrome": ("name", "url", "password", None, None),
}


def detect(header):
    for fmt, cols in FORMATS.items():
        if cols[0] in header and cols[2] in header:
            return fmt
    raise SystemExit(f"could not detect format from columns: {', '.join(header)}")


def classes(pw):
    sets = [string.ascii_lowercase, string.ascii_uppercase, string.digits, string.punctuation]
    return sum(any(c in s for c in pw) for s in sets)


def parse_date(s):
    for fmt in ("%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d", "%m/%d/%Y"):
        try:
            d = datetime.strptime(s.strip(), fmt)
            return d if d.tzinfo else d.replace(tzinfo=timezone.utc)
        except (ValueError, AttributeError):
            continue
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--format", default="auto", choices=["auto", *FORMATS])
    ap.add_argument("--min-length", type=int, default=12)
    ap.add_argument("--max-age-years", type=int, default=3)
    a = ap.parse_args()

    st = os.stat(a.csv)
    if st.st_mode & 0o077:
        print(f"note: {a.csv} is readable by other users (mode {oct(st.st_mode & 0o777)})\n")

    salt = secrets.token_bytes(32)
    clusters = defaultdict(list)
    weak, old, total, with_pw, with_totp = [], [], 0, 0, 0
    now = datetime.now(timezone.utc)

    with open(a.csv, newline="", encoding="utf-8-sig") as fh:
        rd = csv.DictReader(fh)
        fmt = a.format if a.format != "auto" else detect(rd.fieldnames or [])
        c_name, c_url, c_pw, c_totp, c_mod = FORMATS[fmt]
        for row in rd:
            total += 1
            name = (row.get(c_name) or row.get(c_url) or "(unnamed)").strip()
            pw = row.get(c_pw) or ""
            if c_totp and row.get(c_totp):
                with_totp += 1
            if not pw:
                continue
            with_pw += 1
            digest = hashlib.blake2b(pw.encode(), key=salt, digest_size=16).digest()
            clusters[digest].append(name)
            if len(pw) < a.min_length or classes(pw) <= 1:
                weak.append(f"{name} ({len(pw)} chars, {classes(pw)} class{'es' if classes(pw) != 1 else ''})")
            if c_mod and row.get(c_mod):
                d = parse_date(row[c_mod])
                if d and (now - d).days > 365 * a.max_age_years:
                    old.append((d, name))
            pw = None  # drop reference early

    del salt
    reused = sorted((v for v in clusters.values() if len(v) > 1), key=len, reverse=True)
    print(f"Format: {fmt}")
    print(f"Entries: {total}   (with password: {with_pw}, with TOTP: {with_totp})\n")
    print(f"Reused passwords — {len(reused)} clusters, {sum(map(len, reused))} entries")
    for i, names in enumerate(reused, 1):
        shown = ", ".join(names[:6]) + (", ..." if len(names) > 6 else "")
        print(f"  cluster #{i} ({len(names)}): {shown}")
    print(f"Short or single-class — {len(weak)} entries")
    for w in weak[:40]:
        print(f"  {w}")
    if old:
        old.sort()
        print(f"Not changed in {a.max_age_years}+ years — {len(old)} entries (oldest: {old[0][0]:%Y-%m})")
    print("\nReminder: delete the export now (shred -u <file>).")


if __name__ == "__main__":
    main()
