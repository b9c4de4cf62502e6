#!/usr/bin/env python3
"""Export hourly averages from the plant historian and upload to the trading SFTP drop."""
import argparse
import csv
import datetime as dt
import json
import os
import pathlib
import subprocess
import tempfile
import urllib.parse
import urllib.request

HIST_API = "https://historian.dh-plant.heatco.example/api/v1/aggregate"
SFTP_TARGET = "plant-export@sftp.trading.heatco.example"
KEY = "/home/export/.ssh/trading_ed25519"
KNOWN_HOSTS = "/home/export/.ssh/known_hosts_trading"
OUT_DIR = pathlib.Path("/var/lib/heat-export")
TAGS = ["DH.HeatOut_MW", "DH.Supply_T_degC", "DH.Return_T_degC", "GAS.Flow_Nm3h"]


def fetch(day):
    q = urllib.parse.urlencode({
        "tags": ",".join(TAGS), "start": f"{day}T00:00:00", "end": f"{day + dt.timedelta(days=1)}T00:00:00",
        "interval": "1h", "agg": "avg",
    })
    req = urllib.request.Request(f"{HIST_API}?{q}",
                                 headers={"Authorization": f"Bearer {os.environ['HIST_API_TOKEN']}"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.load(r)["rows"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--date", help="YYYY-MM-DD, default yesterday")
    a = ap.parse_args()
    day = dt.date.fromisoformat(a.date) if a.date else dt.date.today() - dt.timedelta(days=1)

    OUT_DIR.mkdir(parents=True, exist_ok=True)
    out = OUT_DIR / f"heat_{day:%Y%m%d}.csv"
    rows = fetch(day)
    with out.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["hour"] + TAGS)
        for r in rows:
            w.writerow([r["t"]] + [r.get(t) for t in TAGS])

    with tempfile.NamedTemporaryFile("w", delete=False) as batch:
        batch.write(f"put {out} upload/{out.name}\n")
    subprocess.run([
        "sftp", "-b", batch.name, "-i", KEY,
        "-o", f"UserKnownHostsFile={KNOWN_HOSTS}", "-o", "StrictHostKeyChecking=yes",
        SFTP_TARGET,
    ], check=True)
    os.unlink(batch.name)
    print(f"uploaded {out.name} ({len(rows)} rows)")


if __name__ == "__main__":
    main()
