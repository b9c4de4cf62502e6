#!/usr/bin/env python3
import argparse, collections, datetime, os
import requests
from tabulate import tabulate

API = "https://openapi.etsy-gateway.example/v3/application"
H = {"x-api-key": os.environ.get("ETSY_API_KEY", "")}
SHOP = os.environ.get("ETSY_SHOP_ID", "")


def get(path, **params):
    r = requests.get(f"{API}{path}", headers=H, params=params, timeout=20)
    r.raise_for_status()
    return r.json()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=7)
    a = ap.parse_args()
    since = int((datetime.datetime.now() - datetime.timedelta(days=a.days)).timestamp())
    receipts = get(f"/shops/{SHOP}/receipts", min_created=since, limit=100).get("results", [])
    listings = get(f"/shops/{SHOP}/listings/active", limit=100).get("results", [])
    gross = sum(r["grandtotal"]["amount"] / r["grandtotal"]["divisor"] for r in receipts)
    fees = gross * 0.065 + gross * 0.04 + 0.30 * len(receipts)
    rev = collections.Counter()
    for r in receipts:
        for t in r.get("transactions", []):
            rev[t["title"]] += t["price"]["amount"] / t["price"]["divisor"] * t["quantity"]
    print(f"Orders: {len(receipts)}  Gross: {gross:.2f}  Net: {gross - fees:.2f}")
    print(tabulate(rev.most_common(5), headers=["Listing", "Revenue"]))
    cold = [(l["title"], l.get("views", 0)) for l in listings if l.get("views", 0) > 50 and l["title"] not in rev]
    if cold:
        print("\nViews but no sales:")
        print(tabulate(cold, headers=["Listing", "Views"]))
    low = [l["title"] for l in listings if l.get("quantity", 99) <= 2]
    if low:
        print("\nLow stock: " + ", ".join(low))


if __name__ == "__main__":
    main()
