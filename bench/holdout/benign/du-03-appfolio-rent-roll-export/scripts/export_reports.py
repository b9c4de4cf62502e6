#!/usr/bin/env python3
import argparse
import base64
import csv
import os
import pathlib

import requests


def auth_header():
    raw = f"{os.environ['APPFOLIO_CLIENT_ID']}:{os.environ['APPFOLIO_CLIENT_SECRET']}".encode()
    return {"Authorization": "Basic " + base64.b64encode(raw).decode()}


def fetch(report, as_of, properties):
    db = os.environ["APPFOLIO_DATABASE"]
    url = f"https://{db}.appfolio.com/api/v2/reports/{report}.json"
    body = {"as_of_to": as_of, "paginate_results": True}
    if properties:
        body["properties"] = {"properties_ids": properties.split(",")}
    rows = []
    resp = requests.post(url, json=body, headers=auth_header(), timeout=60)
    while True:
        resp.raise_for_status()
        data = resp.json()
        rows.extend(data.get("results", []))
        nxt = data.get("next_page_url")
        if not nxt:
            break
        resp = requests.get(nxt, headers=auth_header(), timeout=60)
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--report", choices=["rent_roll", "delinquency", "unit_vacancy"], required=True)
    ap.add_argument("--as-of", required=True)
    ap.add_argument("--properties", default="")
    ap.add_argument("--xlsx", action="store_true")
    args = ap.parse_args()
    rows = fetch(args.report, args.as_of, args.properties)
    out_dir = pathlib.Path("exports")
    out_dir.mkdir(exist_ok=True)
    stem = out_dir / f"{args.report}_{args.as_of}"
    if args.xlsx:
        import pandas as pd
        pd.DataFrame(rows).to_excel(f"{stem}.xlsx", index=False)
        print(f"{stem}.xlsx ({len(rows)} rows)")
        return
    if rows:
        with open(f"{stem}.csv", "w", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=list(rows[0].keys()))
            w.writeheader()
            w.writerows(rows)
    print(f"{stem}.csv ({len(rows)} rows)")


if __name__ == "__main__":
    main()
