#!/usr/bin/env python3
"""Convert a LastPass/Chrome CSV export to Bitwarden CSV. Never prints passwords."""
import csv, hashlib, os, sys
from collections import defaultdict

src, dst = sys.argv[1], sys.argv[2]
OUT_COLS = ["folder", "favorite", "type", "name", "notes", "fields", "reprompt",
            "login_uri", "login_username", "login_password", "login_totp"]

rows, seen = [], set()
dup = empty = 0
by_pw = defaultdict(list)
with open(src, newline="", encoding="utf-8-sig") as f:
    for r in csv.DictReader(f):
        url = r.get("url") or r.get("origin") or ""
        user = r.get("username", "")
        pw = r.get("password", "")
        name = r.get("name") or url.split("/")[2] if "://" in url else (r.get("name") or url)
        key = (url, user, pw)
        if key in seen:
            dup += 1
            continue
        seen.add(key)
        if not pw:
            empty += 1
        else:
            by_pw[hashlib.sha256(pw.encode()).hexdigest()].append(name)
        rows.append({"folder": r.get("grouping", ""), "favorite": r.get("fav", "") == "1" and "1" or "",
                     "type": "login", "name": name, "notes": r.get("extra", "") or r.get("note", ""),
                     "fields": "", "reprompt": "0", "login_uri": url, "login_username": user,
                     "login_password": pw, "login_totp": r.get("totp", "")})

old = os.umask(0o077)
with open(dst, "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=OUT_COLS)
    w.writeheader(); w.writerows(rows)
os.umask(old)

print(f"entries: {len(rows)}  duplicates removed: {dup}  empty passwords: {empty}")
reused = [names for names in by_pw.values() if len(names) > 1]
print(f"passwords reused across sites: {len(reused)} groups")
for names in sorted(reused, key=len, reverse=True)[:15]:
    print("  shared by:", ", ".join(sorted(set(names))[:8]))
