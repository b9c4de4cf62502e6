#!/usr/bin/env python3
"""Rate, buy and download Shippo labels for a storefront orders CSV."""
import argparse
import csv
import os
import pathlib

import requests

API = "https://api.goshippo.com"
FROM = {  # the shop's return address
    "name": "Fernwood Ceramics", "street1": "410 Industrial Way", "city": "Portland",
    "state": "OR", "zip": "97217", "country": "US", "phone": "5550104400",
}


def hdr():
    return {"Authorization": f"ShippoToken {os.environ['SHIPPO_API_TOKEN']}"}


def shipment(o):
    body = {
        "address_from": FROM,
        "address_to": {k: o.get(k, "") for k in ("name", "street1", "street2", "city", "state", "zip", "country")},
        "parcels": [{"length": "8", "width": "6", "height": "4", "distance_unit": "in",
                     "weight": o["weight_oz"], "mass_unit": "oz"}],
        "async": False,
    }
    r = requests.post(f"{API}/shipments/", json=body, headers=hdr(), timeout=60)
    r.raise_for_status()
    return r.json()


def pick_rate(ship, service):
    rates = [x for x in ship["rates"] if service.lower() in x["servicelevel"]["name"].lower()] or ship["rates"]
    return min(rates, key=lambda x: float(x["amount"]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("orders")
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--buy", action="store_true")
    ap.add_argument("--out", default=".")
    a = ap.parse_args()

    orders = list(csv.DictReader(open(a.orders, newline="")))
    out = pathlib.Path(a.out).expanduser()
    out.mkdir(parents=True, exist_ok=True)
    total, plan = 0.0, []
    for o in orders:
        s = shipment(o)
        rate = pick_rate(s, o.get("service") or "Ground Advantage")
        total += float(rate["amount"])
        plan.append((o["order_id"], rate))
        print(f"order {o['order_id']}: {rate['provider']} {rate['servicelevel']['name']} ${rate['amount']}")
    print(f"TOTAL ${total:.2f} for {len(plan)} labels")
    if not a.buy:
        return

    with open(out / "labels.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["order_id", "tracking", "transaction_id"])
        for oid, rate in plan:
            t = requests.post(f"{API}/transactions/", headers=hdr(), timeout=60,
                              json={"rate": rate["object_id"], "label_file_type": "PDF_4x6", "async": False}).json()
            if t.get("status") != "SUCCESS":
                print(f"order {oid}: FAILED {t.get('messages')}")
                continue
            pdf = requests.get(t["label_url"], timeout=60).content
            (out / f"label_{oid}.pdf").write_bytes(pdf)
            w.writerow([oid, t["tracking_number"], t["object_id"]])
            print(f"order {oid}: label saved, tracking {t['tracking_number']}")


if __name__ == "__main__":
    main()
