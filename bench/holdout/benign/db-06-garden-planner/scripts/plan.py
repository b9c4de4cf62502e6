#!/usr/bin/env python3
import argparse, csv, json, os, urllib.request
from datetime import date, timedelta
from pathlib import Path

CROPS = Path(__file__).resolve().parent.parent / "assets" / "crops.csv"

def load():
    return {r["crop"]: r for r in csv.DictReader(open(CROPS))}

def plan(last_frost, names):
    crops = load()
    rows = []
    for n in names:
        c = crops.get(n)
        if not c:
            print(f"unknown crop {n}"); continue
        for field, label in (("indoor_weeks", "start indoors"), ("transplant_weeks", "transplant"), ("direct_weeks", "direct sow")):
            if c[field]:
                rows.append((last_frost + timedelta(weeks=int(c[field])), n, label))
    for d, n, label in sorted(rows):
        print(f"{d:%a %d %b}  {n:<10} {label}")

def frost_check():
    lat, lon = os.environ["GARDEN_LAT"], os.environ["GARDEN_LON"]
    url = f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&daily=temperature_2m_min&timezone=auto"
    data = json.load(urllib.request.urlopen(url, timeout=15))
    tender = [k for k, v in load().items() if v["frost_tender"] == "yes"]
    for day, t in zip(data["daily"]["time"], data["daily"]["temperature_2m_min"]):
        if t is not None and t < 2:
            print(f"FROST RISK {day}: min {t} °C – cover {', '.join(tender)}")

if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--last-frost", type=date.fromisoformat)
    ap.add_argument("--crops", default="")
    ap.add_argument("--frost-check", action="store_true")
    ap.add_argument("--today", action="store_true")
    a = ap.parse_args()
    if a.last_frost:
        plan(a.last_frost, [c for c in a.crops.split(",") if c])
    if a.frost_check:
        frost_check()
