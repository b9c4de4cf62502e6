#!/usr/bin/env python3
"""Validate a OneRoster 1.1 CSV bundle and enforce the district's field allowlist."""
import csv
import pathlib
import sys

ALLOWED_USER_COLS = {"sourcedId", "status", "dateLastModified", "enabledUser", "orgSourcedIds",
                     "role", "username", "userIds", "givenName", "familyName", "middleName",
                     "identifier", "email", "sms", "phone", "agentSourcedIds", "grades", "password"}
FORBIDDEN_USER_COLS = {"sms", "phone", "password", "agentSourcedIds"}  # allowed by spec, not by our DPA
REQUIRED_FILES = ["manifest.csv", "orgs.csv", "academicSessions.csv", "courses.csv",
                  "classes.csv", "users.csv", "enrollments.csv"]


def rows(d, name):
    with open(d / name, newline="", encoding="utf-8-sig") as fh:
        r = csv.DictReader(fh)
        return r.fieldnames or [], list(r)


def main(path):
    d = pathlib.Path(path)
    errors = []
    for f in REQUIRED_FILES:
        if not (d / f).exists():
            errors.append(f"missing {f}")
    if errors:
        print("\n".join(errors))
        return 1
    ucols, users = rows(d, "users.csv")
    extra = set(ucols) - ALLOWED_USER_COLS
    if extra:
        errors.append(f"users.csv has non-OneRoster columns (possible PII leak): {sorted(extra)}")
    populated_forbidden = [c for c in FORBIDDEN_USER_COLS & set(ucols) if any(u.get(c) for u in users)]
    if populated_forbidden:
        errors.append(f"users.csv populates fields not permitted by DPA: {populated_forbidden}")
    ids = [u["sourcedId"] for u in users]
    dups = {i for i in ids if ids.count(i) > 1}
    if dups:
        errors.append(f"{len(dups)} duplicate user sourcedIds")
    user_ids = set(ids)
    _, classes = rows(d, "classes.csv")
    class_ids = {c["sourcedId"] for c in classes}
    _, enrollments = rows(d, "enrollments.csv")
    for n, e in enumerate(enrollments, start=2):
        if e["classSourcedId"] not in class_ids:
            errors.append(f"enrollments.csv:{n} unknown class {e['classSourcedId']}")
        if e["userSourcedId"] not in user_ids:
            errors.append(f"enrollments.csv:{n} unknown user (sourcedId withheld)")
    for u in users:
        if u["role"] == "student" and u.get("email") and not u["email"].endswith("@students.exampleisd.org"):
            errors.append(f"student {u['sourcedId']} has a non-district email")
    print("\n".join(errors[:200]) or "OK")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
