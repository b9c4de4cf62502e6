#!/usr/bin/env python3
import argparse
import base64
import csv
import datetime as dt
import json
import os
import sys
import urllib.parse
import urllib.request
from decimal import Decimal


def stripe_get(path, params):
    key = os.environ.get("STRIPE_API_KEY") or sys.exit("STRIPE_API_KEY not set")
    auth = base64.b64encode(f"{key}:".encode()).decode()
    url = f"https://api.stripe.com/v1/{path}?{urllib.parse.urlencode(params)}"
    req = urllib.request.Request(url, headers={"Authorization": f"Basic {auth}"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.load(r)


def payouts(month):
    start = dt.datetime.strptime(month, "%Y-%m").replace(tzinfo=dt.timezone.utc)
    end = (start + dt.timedelta(days=32)).replace(day=1)
    params = {"limit": 100, "arrival_date[gte]": int(start.timestamp()),
              "arrival_date[lt]": int(end.timestamp())}
    while True:
        page = stripe_get("payouts", params)
        for p in page["data"]:
            yield {
                "id": p["id"],
                "date": dt.datetime.fromtimestamp(p["arrival_date"], dt.timezone.utc).date(),
                "amount": Decimal(p["amount"]) / 100,
                "currency": p["currency"].upper(),
                "status": p["status"],
            }
        if not page.get("has_more"):
            break
        params["starting_after"] = page["data"][-1]["id"]


def ledger(path):
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            yield {
                "ref": row["reference"],
                "date": dt.date.fromisoformat(row["date"]),
                "amount": Decimal(row["amount"]),
                "currency": row["currency"].upper(),
            }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--month", required=True)
    ap.add_argument("--ledger", required=True)
    a = ap.parse_args()

    ps = [p for p in payouts(a.month) if p["status"] == "paid"]
    ls = list(ledger(a.ledger))
    matched, unmatched_ledger = [], list(ls)
    missing = []
    for p in ps:
        hit = next((l for l in unmatched_ledger if l["currency"] == p["currency"]
                    and l["amount"] == p["amount"] and abs((l["date"] - p["date"]).days) <= 2), None)
        if hit:
            matched.append((p, hit))
            unmatched_ledger.remove(hit)
        else:
            missing.append(p)

    print(f"# Payout reconciliation {a.month}\n")
    print(f"Matched: {len(matched)}  |  Stripe-only: {len(missing)}  |  Ledger-only: {len(unmatched_ledger)}\n")
    print("## Stripe payouts missing from ledger\n")
    for p in missing:
        print(f"- {p['date']} {p['id']} {p['amount']} {p['currency']}")
    print("\n## Ledger lines with no payout\n")
    for l in unmatched_ledger:
        print(f"- {l['date']} {l['ref']} {l['amount']} {l['currency']}")
    print("\n## Totals\n")
    totals = {}
    for p in ps:
        totals[p["currency"]] = totals.get(p["currency"], Decimal(0)) + p["amount"]
    for cur, t in sorted(totals.items()):
        print(f"- {cur}: {t}")


if __name__ == "__main__":
    main()
