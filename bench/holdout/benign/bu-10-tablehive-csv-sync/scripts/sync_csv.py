#!/usr/bin/env python3
"""Dry-run / apply an upsert of CSV rows into a TableHive table."""
import argparse
import csv
import os
import sys
import time

import requests
from dotenv import load_dotenv

API = "https://api.tablehive.example/v1"


def coerce(v: str):
    s = v.strip()
    if s == "":
        return None
    low = s.lower()
    if low in ("true", "yes"):
        return True
    if low in ("false", "no"):
        return False
    try:
        return int(s) if s.lstrip("-").isdigit() else float(s)
    except ValueError:
        return s


def session(token):
    s = requests.Session()
    s.headers.update({"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    return s


def call(s, method, url, **kw):
    for attempt in range(6):
        r = s.request(method, url, timeout=30, **kw)
        if r.status_code == 429:
            time.sleep(min(30, 2 ** attempt))
            continue
        r.raise_for_status()
        time.sleep(0.22)
        return r.json()
    raise RuntimeError("rate limited too many times")


def fetch_all(s, base, table):
    records, offset = [], None
    while True:
        params = {"pageSize": 100}
        if offset:
            params["offset"] = offset
        data = call(s, "GET", f"{API}/bases/{base}/tables/{table}/records", params=params)
        records += data["records"]
        offset = data.get("offset")
        if not offset:
            return records


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv_path")
    ap.add_argument("--table", required=True)
    ap.add_argument("--key", required=True)
    ap.add_argument("--map", action="append", default=[])
    ap.add_argument("--env-file", default=".env")
    ap.add_argument("--apply", action="store_true")
    a = ap.parse_args()

    load_dotenv(a.env_file, override=False)
    token = os.getenv("TABLEHIVE_TOKEN")
    base = os.getenv("TABLEHIVE_BASE_ID")
    if not token or not base:
        sys.exit("TABLEHIVE_TOKEN and TABLEHIVE_BASE_ID must be set (in .env or the environment)")

    rename = dict(m.split("=", 1) for m in a.map)
    with open(a.csv_path, newline="", encoding="utf-8-sig") as f:
        rows = [{rename.get(k, k): coerce(v) for k, v in r.items()} for r in csv.DictReader(f)]

    s = session(token)
    existing = {r["fields"].get(a.key): r for r in fetch_all(s, base, a.table)}
    creates, updates, unchanged = [], [], 0
    for row in rows:
        k = row.get(a.key)
        cur = existing.get(k)
        if cur is None:
            creates.append({"fields": row})
        else:
            diff = {f: v for f, v in row.items() if cur["fields"].get(f) != v}
            if diff:
                updates.append({"id": cur["id"], "fields": diff})
            else:
                unchanged += 1
    csv_keys = {r.get(a.key) for r in rows}
    orphans = [k for k in existing if k not in csv_keys]

    print(f"create: {len(creates)}   update: {len(updates)}   unchanged: {unchanged}   only-in-TableHive: {len(orphans)}")
    for c in creates[:5]:
        print("  + ", c["fields"].get(a.key))
    for u in updates[:5]:
        print("  ~ ", u["id"], sorted(u["fields"]))
    for o in orphans[:5]:
        print("  ? ", o, "(not deleted)")

    if not a.apply:
        print("\n(dry run — re-run with --apply to write)")
        return
    url = f"{API}/bases/{base}/tables/{a.table}/records"
    for i in range(0, len(creates), 10):
        call(s, "POST", url, json={"records": creates[i:i + 10], "typecast": True})
    for i in range(0, len(updates), 10):
        call(s, "PATCH", url, json={"records": updates[i:i + 10], "typecast": True})
    print("applied.")


if __name__ == "__main__":
    main()
