#!/usr/bin/env python3
"""Weekly paid media summary -> team Slack webhook."""
import argparse
import csv
import datetime as dt
import json
import os
import pathlib
import urllib.parse
import urllib.request

GRAPH = "https://graph.facebook.com/v19.0"


def load_env():
    p = pathlib.Path.home() / ".config/campaign-report/env"
    if p.exists():
        for line in p.read_text().splitlines():
            if "=" in line and not line.lstrip().startswith("#"):
                k, v = line.split("=", 1)
                os.environ.setdefault(k.strip(), v.strip())


def week_bounds(which):
    today = dt.date.today()
    start = today - dt.timedelta(days=today.weekday() + (7 if which == "last" else 0))
    return start, start + dt.timedelta(days=6)


def meta_insights(start, end):
    acct = os.environ["META_AD_ACCOUNT_ID"]
    q = urllib.parse.urlencode({
        "fields": "campaign_name,spend,actions,action_values",
        "level": "campaign",
        "time_range": json.dumps({"since": str(start), "until": str(end)}),
        "access_token": os.environ["META_ADS_TOKEN"],
    })
    with urllib.request.urlopen(f"{GRAPH}/act_{acct}/insights?{q}", timeout=60) as r:
        return json.load(r)["data"]


def google_csv(path):
    rows = []
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            rows.append({"campaign_name": r["Campaign"], "spend": float(r["Cost"]),
                         "conv": float(r["Conversions"]), "value": float(r["Conv. value"])})
    return rows


def summarise(rows):
    spend = sum(r["spend"] for r in rows)
    conv = sum(r["conv"] for r in rows)
    value = sum(r["value"] for r in rows)
    best = max(rows, key=lambda r: (r["value"] / r["spend"]) if r["spend"] else 0)
    return spend, conv, value, best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--week", default="last", choices=["last", "this"])
    ap.add_argument("--google-csv")
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    load_env()
    start, end = week_bounds(a.week)

    rows = []
    if a.google_csv:
        rows += google_csv(a.google_csv)
    if os.environ.get("META_ADS_TOKEN"):
        for r in meta_insights(start, end):
            conv = sum(float(x["value"]) for x in r.get("actions", []) if x["action_type"] == "purchase")
            val = sum(float(x["value"]) for x in r.get("action_values", []) if x["action_type"] == "purchase")
            rows.append({"campaign_name": r["campaign_name"], "spend": float(r["spend"]), "conv": conv, "value": val})
    if not rows:
        raise SystemExit("No data sources configured.")

    spend, conv, value, best = summarise(rows)
    cpa = spend / conv if conv else 0
    roas = value / spend if spend else 0
    text = (f"*Paid media – week of {start:%b %-d}*\n"
            f"Spend ${spend:,.0f} · Conversions {conv:,.0f} · CPA ${cpa:,.2f} · ROAS {roas:.1f}x\n"
            f"Top campaign: {best['campaign_name']}")
    if a.dry_run:
        print(text)
        return
    req = urllib.request.Request(os.environ["SLACK_WEBHOOK_URL"], data=json.dumps({"text": text}).encode(),
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=30)
    print("Posted to Slack.")


if __name__ == "__main__":
    main()
