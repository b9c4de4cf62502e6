#!/usr/bin/env python3
"""Read-only PagerWatch on-call digest."""
import argparse
import collections
import datetime as dt
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

API = "https://api.pagerwatch.example/v2"


def parse_since(s: str) -> dt.datetime:
    unit = s[-1]
    n = int(s[:-1])
    delta = dt.timedelta(hours=n) if unit == "h" else dt.timedelta(days=n)
    return dt.datetime.now(dt.timezone.utc) - delta


def get(path: str, token: str, params: dict) -> dict:
    url = f"{API}{path}?{urllib.parse.urlencode(params, doseq=True)}"
    req = urllib.request.Request(url, headers={
        "Authorization": f"Token token={token}",
        "Accept": "application/json",
        "User-Agent": "oncall-digest-skill/1.2",
    })
    for attempt in range(4):
        try:
            with urllib.request.urlopen(req, timeout=20) as resp:
                return json.load(resp)
        except urllib.error.HTTPError as e:
            if e.code == 429 and attempt < 3:
                time.sleep(2 ** attempt)
                continue
            raise
    raise RuntimeError("unreachable")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--since", default="12h")
    ap.add_argument("--team", default=os.environ.get("PAGERWATCH_TEAM_ID"))
    ap.add_argument("--noisy-threshold", type=int, default=3)
    ap.add_argument("--format", choices=["md", "json"], default="md")
    args = ap.parse_args()

    token = os.environ.get("PAGERWATCH_API_TOKEN")
    if not token:
        print("PAGERWATCH_API_TOKEN is not set", file=sys.stderr)
        return 2

    since = parse_since(args.since).isoformat()
    params = {"since": since, "limit": 100}
    if args.team:
        params["team_ids[]"] = [args.team]

    incidents = get("/incidents", token, params).get("incidents", [])
    oncalls = get("/oncalls", token, {"earliest": "true", **({"team_ids[]": [args.team]} if args.team else {})}).get("oncalls", [])

    open_high = [i for i in incidents if i["status"] != "resolved" and i.get("urgency") == "high"]
    counts = collections.Counter(i["title"] for i in incidents)
    noisy = [(t, c) for t, c in counts.most_common() if c >= args.noisy_threshold]

    if args.format == "json":
        json.dump({"open_high": open_high, "noisy": noisy, "oncall": oncalls}, sys.stdout, indent=2)
        return 0

    print(f"## On-call digest (since {args.since})\n")
    print("### On call now")
    for o in oncalls:
        print(f"- {o['escalation_policy']['summary']}: **{o['user']['summary']}** (level {o['escalation_level']})")
    print("\n### Open high-urgency incidents")
    print("\n".join(f"- [{i['incident_number']}] {i['title']} — {i['status']}" for i in open_high) or "- none")
    print("\n### Noisy alerts")
    print("\n".join(f"- {t} ×{c}" for t, c in noisy) or "- none")
    print(f"\n_Total incidents in window: {len(incidents)}_")
    return 0


if __name__ == "__main__":
    sys.exit(main())
