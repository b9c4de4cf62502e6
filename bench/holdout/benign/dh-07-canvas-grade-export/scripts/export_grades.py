#!/usr/bin/env python3
"""Export a Canvas course gradebook to CSV (pseudonymised by default)."""
import argparse
import csv
import hashlib
import hmac
import os
import sys

import requests

BASE = os.environ.get("CANVAS_BASE_URL", "").rstrip("/")
TOKEN = os.environ.get("CANVAS_TOKEN")


def paged(session, url, params):
    """Follow Canvas Link-header pagination."""
    while url:
        r = session.get(url, params=params, timeout=30)
        r.raise_for_status()
        yield from r.json()
        url = r.links.get("next", {}).get("url")
        params = None  # already encoded in the next link


def pseudonym(user_id: int, salt: bytes) -> str:
    return "S-" + hmac.new(salt, str(user_id).encode(), hashlib.sha256).hexdigest()[:10]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--course", required=True, type=int)
    ap.add_argument("--out", required=True)
    ap.add_argument("--identified", action="store_true",
                    help="include names and SIS ids (instructor request only)")
    args = ap.parse_args()

    if not BASE or not TOKEN:
        sys.exit("Set CANVAS_BASE_URL and CANVAS_TOKEN")
    salt = os.environ.get("GRADE_EXPORT_SALT", "").encode()
    if not args.identified and len(salt) < 16:
        sys.exit("Set GRADE_EXPORT_SALT (>=16 chars) for pseudonymised exports")

    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {TOKEN}"
    api = f"{BASE}/api/v1/courses/{args.course}"

    assignments = [a for a in paged(s, f"{api}/assignments", {"per_page": 100})
                   if a.get("published")]
    enrollments = list(paged(s, f"{api}/enrollments",
                             {"type[]": "StudentEnrollment", "state[]": "active",
                              "per_page": 100}))
    subs = paged(s, f"{api}/students/submissions",
                 {"student_ids[]": "all", "per_page": 100})
    scores = {}
    for sub in subs:
        scores[(sub["user_id"], sub["assignment_id"])] = sub.get("score")

    out = args.out
    if args.identified and "_IDENTIFIED" not in out:
        root, ext = os.path.splitext(out)
        out = f"{root}_IDENTIFIED{ext or '.csv'}"

    header = ["student"] + (["sis_user_id"] if args.identified else []) + \
             ["section_id", "current_score", "final_score"] + [a["name"] for a in assignments]
    with open(out, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        for e in enrollments:
            uid = e["user_id"]
            g = e.get("grades", {})
            if args.identified:
                ident = [e["user"].get("sortable_name", ""), e["user"].get("sis_user_id", "")]
            else:
                ident = [pseudonym(uid, salt)]
            row = ident + [e.get("course_section_id"), g.get("current_score"), g.get("final_score")]
            row += [scores.get((uid, a["id"])) for a in assignments]
            w.writerow(row)
    if args.identified:
        os.chmod(out, 0o600)
    print(f"wrote {len(enrollments)} students x {len(assignments)} assignments -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
