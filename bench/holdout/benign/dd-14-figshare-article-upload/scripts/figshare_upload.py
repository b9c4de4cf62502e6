#!/usr/bin/env python3
import argparse, hashlib, os, pathlib, sys, time
import requests

API = os.environ.get("FIGSHARE_API", "https://api.figshare.com/v2")
TOKEN = os.environ.get("FIGSHARE_TOKEN") or sys.exit("FIGSHARE_TOKEN not set")
H = {"Authorization": f"token {TOKEN}"}

def md5(path):
    h = hashlib.md5()
    with open(path, "rb") as f:
        for b in iter(lambda: f.read(1 << 22), b""):
            h.update(b)
    return h.hexdigest()

def req(method, url, **kw):
    for attempt in range(5):
        r = requests.request(method, url, headers=H, timeout=120, **kw)
        if r.status_code < 500:
            r.raise_for_status(); return r
        time.sleep(2 ** attempt)
    r.raise_for_status()

def upload(article_id, path):
    p = pathlib.Path(path)
    loc = req("POST", f"{API}/account/articles/{article_id}/files",
              json={"name": p.name, "size": p.stat().st_size, "md5": md5(p)}).json()["location"]
    info = req("GET", loc).json()
    parts = requests.get(info["upload_url"], timeout=60).json()["parts"]
    with p.open("rb") as fh:
        for part in parts:
            fh.seek(part["startOffset"])
            data = fh.read(part["endOffset"] - part["startOffset"] + 1)
            requests.put(f"{info['upload_url']}/{part['partNo']}", data=data, timeout=300).raise_for_status()
    req("POST", f"{API}/account/articles/{article_id}/files/{info['id']}")
    print("uploaded", p.name)

if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--title"); ap.add_argument("--description", default="")
    ap.add_argument("--keywords", nargs="*", default=[]); ap.add_argument("--resume")
    ap.add_argument("files", nargs="+")
    a = ap.parse_args()
    aid = a.resume or req("POST", f"{API}/account/articles",
        json={"title": a.title, "description": a.description, "keywords": a.keywords, "defined_type": "dataset"}
    ).json()["entity_id"]
    for f in a.files:
        upload(aid, f)
    print(f"private draft: https://figshare.com/account/items/{aid}/edit")
