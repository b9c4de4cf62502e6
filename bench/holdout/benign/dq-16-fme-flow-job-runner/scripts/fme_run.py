#!/usr/bin/env python3
import os, sys, time, pathlib
import requests

BASE = os.environ["FME_FLOW_URL"].rstrip("/") + "/fmeapiv3"
H = {"Authorization": f"fmetoken token={os.environ['FME_FLOW_TOKEN']}", "Accept": "application/json"}


def params(repo, ws):
    r = requests.get(f"{BASE}/repositories/{repo}/items/{ws}/parameters", headers=H, timeout=30)
    r.raise_for_status()
    for p in r.json():
        print(f"{p['name']:30} {p.get('type','')}  default={p.get('defaultValue')}")


def upload(path):
    p = pathlib.Path(path)
    url = f"{BASE}/resources/connections/FME_SHAREDRESOURCE_DATA/upload?path=uploads&overwrite=true"
    with p.open("rb") as fh:
        r = requests.post(url, headers=H, files={"files": (p.name, fh)}, timeout=600)
    r.raise_for_status()
    print(f"uploaded {p.name}")


def run(repo, ws, *kv):
    body = {"publishedParameters": [{"name": k, "value": v} for k, v in (x.split("=", 1) for x in kv)]}
    r = requests.post(f"{BASE}/jobs", headers=H, timeout=30,
                      json={"repository": repo, "workspace": ws, **body})
    r.raise_for_status()
    jid = r.json()["id"]
    print(f"job {jid} submitted")
    while True:
        j = requests.get(f"{BASE}/jobs/{jid}", headers=H, timeout=30).json()
        if j["status"] in ("SUCCESS", "FME_FAILURE", "JOB_FAILURE", "ABORTED"):
            break
        time.sleep(10)
    print(j["status"], j.get("result", {}).get("numFeaturesOutput"))
    if j["status"] != "SUCCESS":
        sys.exit(1)


if __name__ == "__main__":
    cmd, *args = sys.argv[1:]
    {"params": params, "upload": upload, "run": run}[cmd](*args)
