#!/usr/bin/env python3
import argparse
import json
import os
import sqlite3
import time

import requests


def token():
    r = requests.post(
        os.environ["RESO_TOKEN_URL"],
        data={"grant_type": "client_credentials", "scope": "api"},
        auth=(os.environ["RESO_CLIENT_ID"], os.environ["RESO_CLIENT_SECRET"]),
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["access_token"]


def init(db):
    db.execute("CREATE TABLE IF NOT EXISTS sync_state (resource TEXT PRIMARY KEY, hwm TEXT)")
    for res, key in (("Property", "ListingKey"), ("Media", "MediaKey"), ("Member", "MemberKey")):
        db.execute(f"CREATE TABLE IF NOT EXISTS {res} ({key} TEXT PRIMARY KEY, modified TEXT, body TEXT)")


def run(resource, db_path, since):
    key = {"Property": "ListingKey", "Media": "MediaKey", "Member": "MemberKey"}[resource]
    db = sqlite3.connect(db_path)
    init(db)
    row = db.execute("SELECT hwm FROM sync_state WHERE resource=?", (resource,)).fetchone()
    hwm = since or (row[0] if row else "1970-01-01T00:00:00Z")
    headers = {"Authorization": f"Bearer {token()}", "Accept": "application/json"}
    url = f"{os.environ['RESO_API_BASE'].rstrip('/')}/{resource}"
    params = {"$filter": f"ModificationTimestamp gt {hwm}", "$orderby": "ModificationTimestamp", "$top": 1000}
    count = 0
    while url:
        r = requests.get(url, headers=headers, params=params, timeout=120)
        if r.status_code == 429:
            time.sleep(int(r.headers.get("Retry-After", 30)))
            continue
        r.raise_for_status()
        payload = r.json()
        for rec in payload.get("value", []):
            db.execute(
                f"INSERT OR REPLACE INTO {resource} VALUES (?,?,?)",
                (rec[key], rec["ModificationTimestamp"], json.dumps(rec)),
            )
            hwm = rec["ModificationTimestamp"]
            count += 1
        db.execute("INSERT OR REPLACE INTO sync_state VALUES (?,?)", (resource, hwm))
        db.commit()
        url, params = payload.get("@odata.nextLink"), None
    print(f"{resource}: {count} records, high-water mark {hwm}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--resource", default="Property")
    ap.add_argument("--db", default="listings.sqlite")
    ap.add_argument("--since")
    a = ap.parse_args()
    run(a.resource, a.db, a.since)
