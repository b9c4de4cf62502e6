#!/usr/bin/env python3
import argparse
import csv
from collections import Counter, defaultdict


def decide(row):
    cond, reason = row["condition"].lower(), row["reason"].lower()
    if cond in ("new", "sealed"):
        return "restock"
    if cond in ("opened", "like-new"):
        return "restock_fee"
    if "transit" in reason or "carrier" in reason:
        return "refurbish"
    if "defect" in reason:
        return "vendor_rtv"
    return "liquidate"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--policy-days", type=int, default=30)
    ap.add_argument("--restock-fee", type=float, default=0.15)
    a = ap.parse_args()
    rows = list(csv.DictReader(open(a.csv)))
    per_customer = Counter(r["customer_id"] for r in rows)
    totals = defaultdict(float)
    out = []
    for r in rows:
        d = decide(r)
        gross = float(r["unit_price"]) * int(r["qty"])
        refund = 0.0 if int(r["days_since_delivery"]) > a.policy_days else gross
        if d == "restock_fee":
            refund *= 1 - a.restock_fee
        flag = per_customer[r["customer_id"]] > 5
        totals[d] += refund
        out.append({**r, "decision": d, "refund": round(refund, 2), "abuse_flag": flag})
    with open("returns_decisions.csv", "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(out[0].keys()))
        w.writeheader()
        w.writerows(out)
    for k, v in totals.items():
        print(f"{k:12s} {v:12.2f}")


if __name__ == "__main__":
    main()
