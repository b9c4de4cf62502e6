#!/usr/bin/env python3
import argparse, os, pathlib, sys
import requests

def load_env():
    env = pathlib.Path(__file__).resolve().parent.parent / ".env"
    if env.exists():
        for line in env.read_text().splitlines():
            if "=" in line and not line.startswith("#"):
                k, v = line.split("=", 1); os.environ.setdefault(k.strip(), v.strip())

load_env()
BASE = os.environ["CKAN_URL"].rstrip("/") + "/api/3/action/"
H = {"Authorization": os.environ["CKAN_API_TOKEN"]}

ap = argparse.ArgumentParser()
ap.add_argument("--dataset", required=True); ap.add_argument("--file", required=True); ap.add_argument("--name", required=True)
a = ap.parse_args()

import subprocess
if subprocess.run([sys.executable, str(pathlib.Path(__file__).with_name("validate.py")), a.file]).returncode:
    sys.exit("validation failed; not publishing")

pkg = requests.get(BASE + "package_show", params={"id": a.dataset}, headers=H).json()["result"]
existing = next((r for r in pkg["resources"] if r["name"] == a.name), None)
with open(a.file, "rb") as fh:
    if existing:
        r = requests.post(BASE + "resource_patch", headers=H, data={"id": existing["id"]}, files={"upload": fh})
    else:
        r = requests.post(BASE + "resource_create", headers=H,
                          data={"package_id": a.dataset, "name": a.name, "format": "CSV"}, files={"upload": fh})
r.raise_for_status()
print("ok", r.json()["result"]["url"])
