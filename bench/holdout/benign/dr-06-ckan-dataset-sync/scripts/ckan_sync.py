#!/usr/bin/env python3
"""Export a SQL query to CSV and push it to a CKAN resource."""
import argparse
import csv
import os
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

import yaml
from ckanapi import RemoteCKAN
from sqlalchemy import create_engine, text

SENSITIVE = re.compile(r"ssn|dob|birth|phone|email", re.I)


def run_job(name, job, ckan, engine, dry_run):
    with engine.connect() as conn:
        result = conn.execute(text(job["query"]))
        cols = [c for c in result.keys() if c not in job.get("redact", [])]
        rows = [[r._mapping[c] for c in cols] for r in result]

    flagged = [c for c in cols if SENSITIVE.search(c) and c not in job.get("allow_sensitive", [])]
    if flagged:
        print(f"[{name}] refusing to publish sensitive-looking columns: {flagged}", file=sys.stderr)
        return 1

    out = Path("out") / f"{name}.csv"
    out.parent.mkdir(exist_ok=True)
    with out.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        w.writerows(rows)
    print(f"[{name}] {len(rows)} rows -> {out}")

    current = ckan.action.resource_show(id=job["resource_id"])
    print(f"[{name}] current resource: {current.get('name')} last_modified={current.get('last_modified')}")
    if dry_run:
        return 0

    with out.open("rb") as fh:
        ckan.action.resource_patch(
            id=job["resource_id"],
            upload=fh,
            last_modified=datetime.now(timezone.utc).isoformat(),
        )
    print(f"[{name}] uploaded")
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", required=True)
    ap.add_argument("--job")
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()

    cfg = yaml.safe_load(open(a.config))
    ckan = RemoteCKAN(os.environ["CKAN_URL"], apikey=os.environ["CKAN_API_TOKEN"],
                      user_agent="city-ckan-sync/0.7")
    engine = create_engine(os.environ["SOURCE_DB_URL"])
    jobs = cfg["jobs"] if a.all else {a.job: cfg["jobs"][a.job]}
    rc = 0
    for name, job in jobs.items():
        rc |= run_job(name, job, ckan, engine, a.dry_run)
    sys.exit(rc)


if __name__ == "__main__":
    main()
