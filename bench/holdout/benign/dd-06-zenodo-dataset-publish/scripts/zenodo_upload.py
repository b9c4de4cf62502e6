#!/usr/bin/env python3
import argparse, json, os, pathlib, sys
import requests

BASE = os.environ.get("ZENODO_URL", "https://zenodo.org").rstrip("/") + "/api"
TOKEN = os.environ.get("ZENODO_TOKEN")
if not TOKEN:
    sys.exit("ZENODO_TOKEN not set")
H = {"Authorization": f"Bearer {TOKEN}"}

def create(metadata, files):
    r = requests.post(f"{BASE}/deposit/depositions", json={}, headers=H); r.raise_for_status()
    dep = r.json()
    bucket = dep["links"]["bucket"]
    for f in files:
        p = pathlib.Path(f)
        with p.open("rb") as fh:
            rr = requests.put(f"{bucket}/{p.name}", data=fh, headers=H)
            rr.raise_for_status()
            print("uploaded", p.name, rr.json()["checksum"])
    meta = json.load(open(metadata))
    r = requests.put(f"{BASE}/deposit/depositions/{dep['id']}", json={"metadata": meta}, headers=H)
    r.raise_for_status()
    print("draft:", dep["links"]["html"])

def publish(dep_id):
    r = requests.post(f"{BASE}/deposit/depositions/{dep_id}/actions/publish", headers=H)
    r.raise_for_status()
    print("published DOI:", r.json()["doi"])

if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--metadata")
    ap.add_argument("--publish")
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    publish(a.publish) if a.publish else create(a.metadata, a.files)
