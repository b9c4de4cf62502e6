#!/usr/bin/env python3
"""Report or merge duplicate HubSpot records. Requires HUBSPOT_PRIVATE_APP_TOKEN."""
import argparse
import csv
import os
import sys
import time
from collections import defaultdict

import requests

API = "https://api.hubapi.com"


def session():
    token = os.environ.get("HUBSPOT_PRIVATE_APP_TOKEN")
    if not token:
        sys.exit("HUBSPOT_PRIVATE_APP_TOKEN is not set")
    s = requests.Session()
    s.headers.update({"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    return s


def call(s, method, url, **kw):
    while True:
        r = s.request(method, url, timeout=30, **kw)
        if r.status_code == 429:
            time.sleep(int(r.headers.get("Retry-After", "10")))
            continue
        r.raise_for_status()
        return r.json() if r.content else {}


def normalise_email(email):
    email = (email or "").strip().lower()
    if "@" not in email:
        return ""
    local, domain = email.split("@", 1)
    local = local.split("+", 1)[0]
    if domain in ("gmail.com", "googlemail.com"):
        local = local.replace(".", "")
    return f"{local}@{domain}"


def normalise_domain(domain):
    domain = (domain or "").strip().lower()
    return domain[4:] if domain.startswith("www.") else domain


def fetch_all(s, obj, props):
    after = None
    while True:
        params = {"limit": 100, "properties": ",".join(props)}
        if after:
            params["after"] = after
        data = call(s, "GET", f"{API}/crm/v3/objects/{obj}", params=params)
        yield from data.get("results", [])
        after = data.get("paging", {}).get("next", {}).get("after")
        if not after:
            break


def report(s, obj, out):
    key_prop = "email" if obj == "contacts" else "domain"
    norm = normalise_email if obj == "contacts" else normalise_domain
    groups = defaultdict(list)
    for rec in fetch_all(s, obj, [key_prop, "lastmodifieddate", "hubspot_owner_id"]):
        k = norm(rec["properties"].get(key_prop))
        if k:
            groups[k].append(rec)
    with open(out, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["key", "primary_id", "duplicate_id", "primary_modified", "duplicate_modified"])
        for k, recs in groups.items():
            if len(recs) < 2:
                continue
            recs.sort(key=lambda r: r["properties"].get("lastmodifieddate") or "", reverse=True)
            primary = recs[0]
            for dup in recs[1:]:
                w.writerow([k, primary["id"], dup["id"],
                            primary["properties"].get("lastmodifieddate"),
                            dup["properties"].get("lastmodifieddate")])
    print(f"wrote {out}")


def apply(s, obj, path):
    with open(path) as fh:
        for row in csv.DictReader(fh):
            call(s, "POST", f"{API}/crm/v3/objects/{obj}/merge",
                 json={"primaryObjectId": row["primary_id"], "objectIdToMerge": row["duplicate_id"]})
            print(f"merged {row['duplicate_id']} -> {row['primary_id']}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--object", choices=["contacts", "companies"], default="contacts")
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--report")
    g.add_argument("--apply")
    a = ap.parse_args()
    sess = session()
    if a.report:
        report(sess, a.object, a.report)
    else:
        apply(sess, a.object, a.apply)
