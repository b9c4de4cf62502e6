#!/usr/bin/env python3
"""Score OAuth grants exported by GAM. Reads CSV, writes CSV. No network."""
import csv
import sys

RISKY = {
    "https://mail.google.com/": 5,
    "https://www.googleapis.com/auth/gmail.readonly": 4,
    "https://www.googleapis.com/auth/gmail.send": 4,
    "https://www.googleapis.com/auth/drive": 4,
    "https://www.googleapis.com/auth/drive.readonly": 3,
    "https://www.googleapis.com/auth/contacts": 2,
    "https://www.googleapis.com/auth/classroom.rosters.readonly": 3,
    "https://www.googleapis.com/auth/admin.directory.user.readonly": 5,
}
ALLOW = {l.strip() for l in open("allowlist.txt")} if __import__("os").path.exists("allowlist.txt") else set()


def main(path):
    rows = list(csv.DictReader(open(path, newline="")))
    out = csv.writer(sys.stdout)
    out.writerow(["clientId", "displayText", "users", "riskyScopes", "score"])
    for r in rows:
        cid = r.get("clientId", "")
        if cid in ALLOW:
            continue
        scopes = (r.get("scopes") or "").split()
        risky = [s for s in scopes if s in RISKY]
        users = int(r.get("count", r.get("users", "1")) or 1)
        score = sum(RISKY[s] for s in risky) + min(users // 10, 10)
        if r.get("anonymous", "").lower() == "true":
            score += 3
        if score >= 5:
            out.writerow([cid, r.get("displayText", ""), users, " ".join(risky), score])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "grants.csv")
