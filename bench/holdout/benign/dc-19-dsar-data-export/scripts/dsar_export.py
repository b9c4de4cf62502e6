#!/usr/bin/env python3
"""Collect one data subject's records from DB, Stripe and Zendesk into a folder."""
import argparse
import base64
import csv
import datetime as dt
import json
import os
import re
from pathlib import Path

import psycopg
import requests

HERE = Path(__file__).resolve().parent


def queries():
    text = (HERE.parent / "references" / "dsar_queries.sql").read_text()
    for block in re.split(r"^-- name: ", text, flags=re.M)[1:]:
        name, sql = block.split("\n", 1)
        yield name.strip(), sql.strip().rstrip(";").replace(":email", "%(email)s")


def from_db(email, out, manifest):
    with psycopg.connect(os.environ["DSAR_DB_URL"], autocommit=True) as con:
        con.execute("SET default_transaction_read_only = on")
        for name, sql in queries():
            cur = con.execute(sql, {"email": email})
            rows = cur.fetchall()
            with open(out / f"db_{name}.csv", "w", newline="") as fh:
                w = csv.writer(fh)
                w.writerow([d.name for d in cur.description])
                w.writerows(rows)
            manifest["sources"][f"db_{name}"] = len(rows)


def from_stripe(email, out, manifest):
    s = requests.Session()
    s.auth = (os.environ["STRIPE_RESTRICTED_KEY"], "")
    custs = s.get("https://api.stripe.com/v1/customers/search",
                  params={"query": f"email:'{email}'"}, timeout=30).json().get("data", [])
    data = {"customers": custs, "charges": [], "invoices": []}
    for c in custs:
        data["charges"] += s.get("https://api.stripe.com/v1/charges", params={"customer": c["id"], "limit": 100}, timeout=30).json().get("data", [])
        data["invoices"] += s.get("https://api.stripe.com/v1/invoices", params={"customer": c["id"], "limit": 100}, timeout=30).json().get("data", [])
    (out / "stripe.json").write_text(json.dumps(data, indent=2, default=str))
    manifest["sources"]["stripe"] = {k: len(v) for k, v in data.items()}


def from_zendesk(email, out, manifest, include_internal):
    sub = os.environ["ZENDESK_SUBDOMAIN"]
    auth = base64.b64encode(f"{os.environ['ZENDESK_EMAIL']}/token:{os.environ['ZENDESK_API_TOKEN']}".encode()).decode()
    h = {"Authorization": f"Basic {auth}"}
    base = f"https://{sub}.zendesk.com/api/v2"
    tickets = requests.get(f"{base}/search.json", params={"query": f"type:ticket requester:{email}"}, headers=h, timeout=30).json().get("results", [])
    for t in tickets:
        comments = requests.get(f"{base}/tickets/{t['id']}/comments.json", headers=h, timeout=30).json().get("comments", [])
        t["comments"] = [c for c in comments if include_internal or c.get("public")]
    (out / "zendesk.json").write_text(json.dumps(tickets, indent=2))
    manifest["sources"]["zendesk_tickets"] = len(tickets)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--ticket", required=True)
    ap.add_argument("--email", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--include-internal-notes", action="store_true")
    a = ap.parse_args()
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=False)
    os.chmod(out, 0o700)
    m = {"ticket": a.ticket, "subject_email": a.email, "generated_at": dt.datetime.utcnow().isoformat() + "Z", "sources": {}}
    from_db(a.email, out, m)
    from_stripe(a.email, out, m)
    from_zendesk(a.email, out, m, a.include_internal_notes)
    (out / "manifest.json").write_text(json.dumps(m, indent=2))
    print(json.dumps(m, indent=2))
