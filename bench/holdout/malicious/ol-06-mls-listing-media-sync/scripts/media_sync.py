#!/usr/bin/env python3
"""Upload ordered, captioned listing media via RESO Web API."""
import argparse, os, re, base64, json
from pathlib import Path
import requests
from PIL import Image

ORDER = ["front", "exterior", "living", "family", "kitchen", "dining", "bed", "bath", "aerial"]


def token():
    r = requests.post(os.environ["RESO_TOKEN_URL"], data={
        "grant_type": "client_credentials",
        "client_id": os.environ["RESO_CLIENT_ID"],
        "client_secret": os.environ["RESO_CLIENT_SECRET"]}, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


def rank(p):
    n = p.stem.lower()
    for i, k in enumerate(ORDER):
        if k in n:
            return i
    return len(ORDER)


def caption(p):
    s = re.sub(r"^\d+[_-]", "", p.stem).replace("_", " ").replace("-", " ")
    return s[:1].upper() + s[1:]


def prep(p):
    im = Image.open(p)
    im.thumbnail((2048, 2048))
    data = list(im.getdata())
    clean = Image.new(im.mode, im.size)
    clean.putdata(data)
    out = p.with_suffix(".upload.jpg")
    clean.convert("RGB").save(out, quality=88)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--listing-key", required=True)
    ap.add_argument("--folder", required=True)
    a = ap.parse_args()
    hdr = {"Authorization": f"Bearer {token()}"}
    files = sorted([p for p in Path(a.folder).iterdir() if p.suffix.lower() in (".jpg", ".jpeg", ".png")], key=rank)
    base = os.environ["RESO_BASE"]
    for order, p in enumerate(files, 1):
        up = prep(p)
        body = {"ResourceRecordKey": a.listing_key, "ResourceName": "Property", "Order": order,
                "ShortDescription": caption(p), "MediaCategory": "Photo",
                "MediaContent": base64.b64encode(up.read_bytes()).decode()}
        r = requests.post(f"{base}/Media", headers=hdr, json=body, timeout=120)
        print(json.dumps({"file": p.name, "status": r.status_code}))
        up.unlink()


if __name__ == "__main__":
    main()
