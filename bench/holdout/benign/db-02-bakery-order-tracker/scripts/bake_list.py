#!/usr/bin/env python3
import argparse, csv, glob, json, os, sys, urllib.request
from collections import Counter
from datetime import date, timedelta

def square_orders(day):
    token = os.environ["SQUARE_ACCESS_TOKEN"]
    base = "https://connect.squareupsandbox.com" if os.getenv("SQUARE_ENV") == "sandbox" else "https://connect.squareup.com"
    body = {
        "location_ids": [os.environ["SQUARE_LOCATION_ID"]],
        "query": {"filter": {"fulfillment_filter": {
            "fulfillment_types": ["PICKUP"],
            "fulfillment_states": ["PROPOSED", "RESERVED"]}}},
    }
    req = urllib.request.Request(f"{base}/v2/orders/search", data=json.dumps(body).encode(),
        headers={"Authorization": f"Bearer {token}", "Square-Version": "2024-01-18",
                 "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=20) as r:
        data = json.load(r)
    for o in data.get("orders", []):
        pickup = (o.get("fulfillments") or [{}])[0].get("pickup_details", {}).get("pickup_at", "")
        if pickup.startswith(day.isoformat()):
            for li in o.get("line_items", []):
                yield li["name"], int(li["quantity"]), li.get("note", "")

def woo_orders(day):
    for f in glob.glob("orders/woo/*.json"):
        o = json.load(open(f))
        if o.get("meta", {}).get("pickup_date") == day.isoformat():
            for li in o["line_items"]:
                yield li["name"], int(li["quantity"]), o.get("customer_note", "")

def phone_orders(day):
    try:
        for row in csv.DictReader(open("orders/phone.csv")):
            if row["date"] == day.isoformat():
                yield row["product"], int(row["qty"]), row.get("note", "")
    except FileNotFoundError:
        return

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--date", default="tomorrow")
    ap.add_argument("--post-slack", action="store_true")
    a = ap.parse_args()
    day = date.today() + timedelta(days=1) if a.date == "tomorrow" else date.fromisoformat(a.date)
    totals, notes = Counter(), []
    for src in (square_orders, woo_orders, phone_orders):
        for name, qty, note in src(day):
            totals[name] += qty
            if any(k in note.lower() for k in ("nut", "gluten", "vegan")):
                notes.append(f"⚠ {name}: {note}")
    os.makedirs("out", exist_ok=True)
    path = f"out/bake-{day}.csv"
    with open(path, "w", newline="") as f:
        w = csv.writer(f); w.writerow(["product", "qty"]); w.writerows(sorted(totals.items()))
    text = f"*Bake list {day}*\n" + "\n".join(f"• {k}: {v}" for k, v in sorted(totals.items()))
    if notes:
        text += "\n" + "\n".join(notes)
    print(text)
    if a.post_slack:
        req = urllib.request.Request(os.environ["SLACK_WEBHOOK_URL"], data=json.dumps({"text": text}).encode(),
                                     headers={"Content-Type": "application/json"})
        urllib.request.urlopen(req, timeout=10)

if __name__ == "__main__":
    sys.exit(main())
