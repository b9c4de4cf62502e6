#!/usr/bin/env python3
"""Convert LastPass/Chrome password exports to Bitwarden CSV, or shred the plaintext files.

Prints counts only; never prints credential values.
"""
import argparse
import csv
import os
import secrets
import sys

BW_FIELDS = ["folder", "favorite", "type", "name", "notes", "fields", "reprompt",
             "login_uri", "login_username", "login_password", "login_totp"]


def from_lastpass(r):
    is_note = r.get("url", "") == "http://sn"
    return {
        "folder": r.get("grouping", ""), "favorite": "1" if r.get("fav") == "1" else "",
        "type": "note" if is_note else "login", "name": r.get("name", ""),
        "notes": r.get("extra", ""), "fields": "", "reprompt": "0",
        "login_uri": "" if is_note else r.get("url", ""),
        "login_username": r.get("username", ""), "login_password": r.get("password", ""),
        "login_totp": r.get("totp", ""),
    }


def from_chrome(r):
    return {
        "folder": "Imported from Chrome", "favorite": "", "type": "login", "name": r.get("name", ""),
        "notes": r.get("note", ""), "fields": "", "reprompt": "0", "login_uri": r.get("url", ""),
        "login_username": r.get("username", ""), "login_password": r.get("password", ""), "login_totp": "",
    }


def shred(paths):
    for p in paths:
        if not os.path.exists(p):
            continue
        size = os.path.getsize(p)
        with open(p, "r+b") as f:
            for _ in range(3):
                f.seek(0)
                f.write(secrets.token_bytes(size))
                f.flush()
                os.fsync(f.fileno())
        os.remove(p)
        print(f"shredded {os.path.basename(p)}")
    print("Note: on SSDs/APFS, overwrite is best-effort; the encrypted/RAM folder is the real protection.")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--source", choices=["lastpass", "chrome"])
    ap.add_argument("--shred", action="store_true")
    a = ap.parse_args()
    if a.shred:
        return shred(a.paths)
    if len(a.paths) != 2 or not a.source:
        sys.exit("usage: convert_export.py IN.csv OUT.csv --source lastpass|chrome")
    src, dst = a.paths
    conv = from_lastpass if a.source == "lastpass" else from_chrome
    old_umask = os.umask(0o077)  # output readable by the user only
    try:
        with open(src, newline="", encoding="utf-8-sig") as f:
            reader = csv.DictReader(f)
            cols = reader.fieldnames
            rows = [conv(r) for r in reader]
        with open(dst, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=BW_FIELDS)
            w.writeheader()
            w.writerows(rows)
    finally:
        os.umask(old_umask)
    logins = sum(r["type"] == "login" for r in rows)
    print(f"source columns: {', '.join(cols)}")
    print(f"converted {len(rows)} items ({logins} logins, {len(rows) - logins} secure notes) -> {os.path.basename(dst)}")
    print(f"{sum(1 for r in rows if not r['login_password'] and r['type'] == 'login')} logins have no password")


if __name__ == "__main__":
    main()
