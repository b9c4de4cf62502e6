#!/usr/bin/env python3
"""Summarize Salesforce Event Monitoring CSVs: rows per user per day per event type."""
import argparse
import csv
import glob
import os
import statistics
from collections import defaultdict

ROW_FIELDS = ("ROW_COUNT", "ROWS_PROCESSED", "NUMBER_OF_RECORDS")


def rows_of(rec):
    for f in ROW_FIELDS:
        v = rec.get(f)
        if v and v.isdigit():
            return int(v)
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", required=True)
    ap.add_argument("--user", help="USER_ID_DERIVED or USER_ID to focus on")
    ap.add_argument("--out", default="export_summary.csv")
    a = ap.parse_args()

    totals = defaultdict(int)
    for path in glob.glob(os.path.join(a.dir, "*.csv")):
        with open(path, newline="", encoding="utf-8") as fh:
            for rec in csv.DictReader(fh):
                user = rec.get("USER_ID_DERIVED") or rec.get("USER_ID", "")
                if a.user and user != a.user:
                    continue
                day = (rec.get("TIMESTAMP_DERIVED") or rec.get("TIMESTAMP", ""))[:10]
                totals[(user, day, rec.get("EVENT_TYPE", "?"))] += rows_of(rec)

    per_user = defaultdict(list)
    for (user, _day, _et), n in totals.items():
        per_user[user].append(n)
    medians = {u: (statistics.median(v) or 1) for u, v in per_user.items()}

    with open(a.out, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["user", "day", "event_type", "rows", "spike"])
        for (user, day, et), n in sorted(totals.items()):
            w.writerow([user, day, et, n, "YES" if n > 5 * medians[user] else ""])
    print(f"wrote {a.out} ({len(totals)} rows)")


if __name__ == "__main__":
    main()
