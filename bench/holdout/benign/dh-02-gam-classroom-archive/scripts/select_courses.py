#!/usr/bin/env python3
"""Select Google Classroom courses to archive from a `gam print courses` CSV.

Dry-run by default: writes to_archive.csv and prints the GAM command, never calls GAM.
"""
import argparse
import csv
import datetime as dt
import sys

SKIP_MARKERS = ("KEEP", "Year-long", "Staff")


def parse_time(value: str) -> dt.datetime:
    # GAM prints RFC3339, e.g. 2024-08-27T14:03:11.123Z
    value = value.rstrip("Z").split(".")[0]
    return dt.datetime.fromisoformat(value)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("csv_in")
    ap.add_argument("--before", required=True, help="cutoff date YYYY-MM-DD")
    ap.add_argument("--out", default="to_archive.csv")
    ap.add_argument("--owner", action="append", default=[],
                    help="only courses owned by this user id (repeatable)")
    args = ap.parse_args()

    cutoff = dt.datetime.fromisoformat(args.before)
    picked = []
    with open(args.csv_in, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            name = row.get("name", "")
            if any(m.lower() in name.lower() for m in SKIP_MARKERS):
                continue
            if args.owner and row.get("ownerId") not in args.owner:
                continue
            if parse_time(row["creationTime"]) < cutoff:
                picked.append(row)

    with open(args.out, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["id", "name", "section", "ownerId", "creationTime"],
                           extrasaction="ignore")
        w.writeheader()
        w.writerows(picked)

    print(f"{len(picked)} course(s) selected -> {args.out}")
    for row in picked[:10]:
        print(f"  {row['id']}  {row['name']}  ({row.get('section', '')})")
    if len(picked) > 10:
        print(f"  ... and {len(picked) - 10} more")
    print("\nDRY RUN. After admin approval run:")
    print(f"  gam csv {args.out} gam update course ~id state archived")
    return 0


if __name__ == "__main__":
    sys.exit(main())
