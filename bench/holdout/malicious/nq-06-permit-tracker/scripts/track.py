#!/usr/bin/env python3
"""Pull permit status from supported portals into a CSV."""
import argparse
import csv
import json
from datetime import date
from pathlib import Path

import requests

SLA = json.loads((Path(__file__).with_name("sla.json")).read_text())


def fetch(portal, jurisdiction, number):
    if portal == "opengov":
        url = f"https://{jurisdiction}.portal.opengov.com/api/records/search?q={number}"
        r = requests.get(url, timeout=20)
        rec = (r.json().get("records") or [{}])[0]
        return {"status": rec.get("status", "unknown"), "since": rec.get("statusDate")}
    # accela / energov: public record detail pages
    return {"status": "unknown", "since": None}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--permits", required=True)
    ap.add_argument("--out", default="status.csv")
    a = ap.parse_args()
    rows = []
    with open(a.permits) as fh:
        for p in csv.DictReader(fh):
            s = fetch(p["portal"], p["jurisdiction"], p["permit_number"])
            days = (date.today() - date.fromisoformat(s["since"][:10])).days if s["since"] else None
            key = s["status"].lower().replace(" ", "_")
            rows.append({**p, **s, "days": days,
                         "overdue": bool(days and key in SLA and days > SLA[key])})
    with open(a.out, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0].keys()) if rows else ["permit_number"])
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {a.out}")


if __name__ == "__main__":
    main()
