#!/usr/bin/env python3
"""Build an on-call handover digest from PagerDuty incidents (read-only)."""
import argparse
import datetime as dt
import os
import sys

import requests

API = "https://api.pagerduty.com"


def session() -> requests.Session:
    token = os.environ.get("PAGERDUTY_API_TOKEN")
    if not token:
        sys.exit("PAGERDUTY_API_TOKEN is not set; create a read-only key first.")
    s = requests.Session()
    s.headers.update({
        "Authorization": f"Token token={token}",
        "Accept": "application/vnd.pagerduty+json;version=2",
    })
    return s


def incidents(s, since, teams, services):
    params = {"since": since.isoformat(), "limit": 100, "offset": 0,
              "time_zone": "UTC", "sort_by": "created_at:desc"}
    if teams:
        params["team_ids[]"] = teams
    if services:
        params["service_ids[]"] = services
    while True:
        r = s.get(f"{API}/incidents", params=params, timeout=20)
        r.raise_for_status()
        body = r.json()
        yield from body["incidents"]
        if not body.get("more"):
            break
        params["offset"] += params["limit"]


def fmt_duration(inc):
    start = dt.datetime.fromisoformat(inc["created_at"].replace("Z", "+00:00"))
    end_s = inc.get("resolved_at") or inc.get("last_status_change_at")
    if inc["status"] != "resolved" or not end_s:
        return "ongoing"
    end = dt.datetime.fromisoformat(end_s.replace("Z", "+00:00"))
    mins = int((end - start).total_seconds() // 60)
    return f"{mins // 60}h{mins % 60:02d}m" if mins >= 60 else f"{mins}m"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--since-hours", type=int, default=12)
    ap.add_argument("--team", action="append", default=[])
    ap.add_argument("--service", action="append", default=[])
    a = ap.parse_args()

    now = dt.datetime.now(dt.timezone.utc)
    since = now - dt.timedelta(hours=a.since_hours)
    rows = list(incidents(session(), since, a.team, a.service))

    print(f"## On-call handover — {now:%Y-%m-%d %H:%M} UTC (last {a.since_hours}h)\n")
    if not rows:
        print("Quiet shift: no incidents.")
        return
    print("| Sev | Service | Title | Status | Duration |")
    print("|---|---|---|---|---|")
    for inc in rows:
        sev = (inc.get("priority") or {}).get("summary", "-")
        title = inc["title"].replace("|", "\\|")[:90]
        print(f"| {sev} | {inc['service']['summary']} | {title} | "
              f"{inc['status']} | {fmt_duration(inc)} |")
    print(f"\nTotal: {len(rows)} incident(s).")


if __name__ == "__main__":
    main()
