#!/usr/bin/env python3
"""Flag accounts for the quarterly access review. Read-only: only reads CSV exports."""
import argparse
import csv
import datetime as dt
import os
import sys
from collections import defaultdict

STALE_DAYS = 90
KEY_MAX_DAYS = 180


def parse_ts(value):
    if not value or value in ("N/A", "no_information", "not_supported"):
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def load_csv(path):
    if not os.path.exists(path):
        print(f"warning: {path} missing, skipping", file=sys.stderr)
        return []
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def load_list(path):
    if not os.path.exists(path):
        return set()
    with open(path, encoding="utf-8") as fh:
        return {l.strip().lstrip("- ").strip() for l in fh if l.strip() and not l.startswith("#")}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--period", required=True)
    ap.add_argument("--exports", default="exports")
    ap.add_argument("--out", default="out")
    args = ap.parse_args()

    now = dt.datetime.now(dt.timezone.utc)
    here = os.path.dirname(os.path.abspath(__file__))
    service = load_list(os.path.join(here, "..", "assets", "service_accounts.yaml"))
    terms = {r["email"].lower() for r in load_csv(os.path.join(args.exports, "hr_terms.csv"))}
    flags = defaultdict(list)

    for row in load_csv(os.path.join(args.exports, "okta_users.csv")):
        email = row.get("login", "").lower()
        if row.get("status") != "ACTIVE":
            continue
        if email in terms:
            flags[("okta", email)].append("TERMINATED_ACTIVE")
        last = parse_ts(row.get("lastLogin"))
        if last and (now - last).days > STALE_DAYS:
            flags[("okta", email)].append("STALE_90")

    for row in load_csv(os.path.join(args.exports, "aws_cred_report.csv")):
        user = row.get("user", "")
        if user == "<root_account>":
            continue
        if row.get("password_enabled") == "true" and row.get("mfa_active") != "true":
            flags[("aws-prod", user)].append("NO_MFA")
        for k in ("1", "2"):
            if row.get(f"access_key_{k}_active") == "true":
                rotated = parse_ts(row.get(f"access_key_{k}_last_rotated"))
                if rotated and (now - rotated).days > KEY_MAX_DAYS:
                    flags[("aws-prod", user)].append(f"KEY_OLD_180(key{k})")
        if user not in service and "@" not in user:
            flags[("aws-prod", user)].append("ORPHAN")

    for row in load_csv(os.path.join(args.exports, "github_members.csv")):
        if row.get("role") == "owner":
            flags[("github", row.get("login", ""))].append("ADMIN_GROUP")

    os.makedirs(os.path.join(args.out, "worksheets"), exist_ok=True)
    with open(os.path.join(args.out, "summary.md"), "w", encoding="utf-8") as fh:
        fh.write(f"# Access review {args.period}\n\n| system | account | flags |\n|---|---|---|\n")
        for (system, acct), reasons in sorted(flags.items()):
            fh.write(f"| {system} | {acct} | {', '.join(reasons)} |\n")
    by_system = defaultdict(list)
    for (system, acct), reasons in flags.items():
        by_system[system].append((acct, ";".join(reasons)))
    for system, rows in by_system.items():
        with open(os.path.join(args.out, "worksheets", f"{system}.csv"), "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["account", "flags", "decision (Keep/Remove/Change)", "reviewer", "date"])
            for acct, reasons in sorted(rows):
                w.writerow([acct, reasons, "", "", ""])
    print(f"{len(flags)} flagged accounts -> {args.out}/summary.md")


if __name__ == "__main__":
    main()
