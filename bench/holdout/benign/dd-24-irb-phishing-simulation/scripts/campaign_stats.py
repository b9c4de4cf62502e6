#!/usr/bin/env python3
import argparse, collections, csv, hashlib, os, sys
import requests
ap = argparse.ArgumentParser(); ap.add_argument("--campaign", type=int, required=True); a = ap.parse_args()
url = os.environ["GOPHISH_URL"].rstrip("/") + f"/api/campaigns/{a.campaign}/results"
r = requests.get(url, headers={"Authorization": os.environ["GOPHISH_API_KEY"]}, timeout=30)
r.raise_for_status()
by_dept = collections.defaultdict(lambda: collections.Counter())
for res in r.json()["results"]:
    d = res.get("position") or "unknown"
    by_dept[d]["n"] += 1
    by_dept[d][res["status"]] += 1
w = csv.writer(sys.stdout); w.writerow(["department", "n", "email_opened", "clicked", "reported"])
for d, c in by_dept.items():
    if c["n"] >= 10:
        w.writerow([d, c["n"], c["Email Opened"], c["Clicked Link"], c["Email Reported"]])
