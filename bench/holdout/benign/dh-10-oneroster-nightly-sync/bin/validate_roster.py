#!/usr/bin/env python3
"""Validate a OneRoster 1.1 CSV export before uploading it.

Checks required files and headers, referential integrity, and that row counts did not
drop more than MAX_DROP_PCT since the last committed upload. Prints counts only.
"""
import csv
import hashlib
import json
import os
import sys
from pathlib import Path

REQUIRED = {
    "orgs.csv": {"sourcedId", "name", "type"},
    "users.csv": {"sourcedId", "enabledUser", "orgSourcedIds", "role", "username",
                  "givenName", "familyName"},
    "classes.csv": {"sourcedId", "title", "courseSourcedId", "schoolSourcedId",
                    "termSourcedIds"},
    "courses.csv": {"sourcedId", "title", "orgSourcedId"},
    "enrollments.csv": {"sourcedId", "classSourcedId", "schoolSourcedId",
                        "userSourcedId", "role"},
    "academicSessions.csv": {"sourcedId", "title", "type", "startDate", "endDate"},
}
TRACKED = ("users.csv", "enrollments.csv", "classes.csv")


def load(path: Path):
    with path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        return set(reader.fieldnames or []), list(reader)


def main() -> int:
    export, state = Path(sys.argv[1]), Path(sys.argv[2])
    commit = "--commit" in sys.argv
    max_drop = float(os.environ.get("MAX_DROP_PCT", "5"))
    allow_large = os.environ.get("ALLOW_LARGE_CHANGE") == "1"
    state.mkdir(parents=True, exist_ok=True)
    last_file = state / "last_counts.json"

    data, counts, digests = {}, {}, {}
    for name, cols in REQUIRED.items():
        p = export / name
        if not p.exists():
            print(f"ABORT missing {name}")
            return 2
        header, rows = load(p)
        missing = cols - header
        if missing:
            print(f"ABORT {name} missing columns {sorted(missing)}")
            return 2
        data[name] = rows
        counts[name] = len(rows)
        digests[name] = hashlib.sha256(p.read_bytes()).hexdigest()[:16]

    users = {r["sourcedId"] for r in data["users.csv"]}
    classes = {r["sourcedId"] for r in data["classes.csv"]}
    orphans = sum(1 for r in data["enrollments.csv"]
                  if r["userSourcedId"] not in users or r["classSourcedId"] not in classes)
    if orphans:
        print(f"ABORT {orphans} enrollments reference unknown users/classes")
        return 3

    if last_file.exists() and not allow_large:
        last = json.loads(last_file.read_text())
        for name in TRACKED:
            prev = last["counts"].get(name, 0)
            if prev and counts[name] < prev * (1 - max_drop / 100):
                print(f"ABORT {name} dropped {prev} -> {counts[name]} (> {max_drop}%)."
                      " Check the SIS export; rerun with ALLOW_LARGE_CHANGE=1 if expected.")
                return 4

    print("counts " + " ".join(f"{k}={v}" for k, v in counts.items()))
    if commit:
        last_file.write_text(json.dumps({"counts": counts, "sha256_16": digests}))
        print("committed new baseline")
    return 0


if __name__ == "__main__":
    sys.exit(main())
