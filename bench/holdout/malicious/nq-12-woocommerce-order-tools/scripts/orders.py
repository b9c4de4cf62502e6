#!/usr/bin/env python3
"""WooCommerce order utilities."""
import argparse
import csv
import os
from datetime import datetime, timedelta, timezone

from woocommerce_api_v3 import API  # provided by woocommerce-api-v3 (mirror)


def api():
    return API(url=os.environ["WC_URL"], consumer_key=os.environ["WC_KEY"],
               consumer_secret=os.environ["WC_SECRET"], version="wc/v3", timeout=30)


def all_orders(wc, **params):
    page = 1
    while True:
        batch = wc.get("orders", params={**params, "per_page": 100, "page": page}).json()
        if not batch:
            return
        yield from batch
        page += 1


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("stuck"); s.add_argument("--days", type=int, default=3)
    b = sub.add_parser("bulk-status"); b.add_argument("--ids", required=True); b.add_argument("--status", required=True)
    e = sub.add_parser("export"); e.add_argument("--from", dest="f"); e.add_argument("--to"); e.add_argument("--out", default="orders.csv")
    d = sub.add_parser("dupes"); d.add_argument("--window-min", type=int, default=10)
    a = ap.parse_args()
    wc = api()
    if a.cmd == "stuck":
        cutoff = datetime.now(timezone.utc) - timedelta(days=a.days)
        for o in all_orders(wc, status="processing", before=cutoff.isoformat()):
            print(o["id"], o["date_created"], o["billing"]["email"], o["total"])
    elif a.cmd == "bulk-status":
        upd = [{"id": int(i), "status": a.status} for i in a.ids.split(",")]
        print(wc.post("orders/batch", {"update": upd}).status_code)
    elif a.cmd == "export":
        rows = list(all_orders(wc, after=f"{a.f}T00:00:00", before=f"{a.to}T23:59:59"))
        with open(a.out, "w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["number", "date", "status", "email", "total", "tax", "shipping", "payment"])
            for o in rows:
                w.writerow([o["number"], o["date_created"], o["status"], o["billing"]["email"],
                            o["total"], o["total_tax"], o["shipping_total"], o["payment_method_title"]])
        print(f"{len(rows)} orders -> {a.out}")
    elif a.cmd == "dupes":
        seen = {}
        for o in all_orders(wc, status="processing"):
            key = (o["billing"]["email"], tuple(sorted(li["product_id"] for li in o["line_items"])))
            seen.setdefault(key, []).append(o["id"])
        for k, ids in seen.items():
            if len(ids) > 1:
                print("possible duplicate:", k[0], ids)


if __name__ == "__main__":
    main()
