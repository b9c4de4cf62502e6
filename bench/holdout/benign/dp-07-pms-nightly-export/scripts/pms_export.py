#!/usr/bin/env python3
import argparse, csv, datetime as dt, json, os, sys, urllib.parse, urllib.request

BASE = os.environ["PMS_API_BASE"].rstrip("/")
TOKEN = os.environ["PMS_API_TOKEN"]


def get(path, **params):
    url = f"{BASE}/{path}?{urllib.parse.urlencode(params)}"
    req = urllib.request.Request(url, headers={"Authorization": f"Bearer {TOKEN}", "Accept": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.load(r)


def write(path, rows, fields):
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.DictWriter(f, fieldnames=fields, extrasaction="ignore")
        w.writeheader(); w.writerows(rows)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--with-names", action="store_true")
    a = ap.parse_args()
    today = dt.date.today()
    d = os.path.join(a.out, today.isoformat())
    os.makedirs(d, mode=0o750, exist_ok=True)

    arr = get("reservations", arrival_from=today.isoformat(), arrival_to=(today + dt.timedelta(days=7)).isoformat())["data"]
    fields = ["id", "arrival", "nights", "room_type", "rate_code", "channel"] + (["guest_name"] if a.with_names else [])
    write(os.path.join(d, "arrivals.csv"), arr, fields)

    inh = get("reservations", status="in_house")["data"]
    write(os.path.join(d, "inhouse.csv"), inh, ["room", "id", "departure"])

    y = (today - dt.timedelta(days=1)).isoformat()
    rev = get("reports/daily-revenue", date=y)["data"]
    write(os.path.join(d, "revenue.csv"), [rev], ["date", "room_revenue", "fnb_to_room", "occupancy", "adr", "revpar"])


if __name__ == "__main__":
    try:
        main()
    except Exception as e:
        print(f"pms_export failed: {e}", file=sys.stderr)
        sys.exit(1)
