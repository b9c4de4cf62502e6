#!/usr/bin/env python3
"""Fetch a Chrome extension CRX, read manifest + JS as text, and score permission risk."""
import argparse
import csv
import io
import json
import re
import sys
import zipfile

import requests

UPDATE_URL = "https://clients2.google.com/service/update2/crx"
HIGH = {"<all_urls>", "*://*/*", "http://*/*", "https://*/*", "nativeMessaging", "debugger", "proxy"}
BROAD_COMBO = {"cookies", "webRequest", "webRequestBlocking", "declarativeNetRequest"}
MEDIUM = {"management", "clipboardRead", "history", "tabs", "downloads"}
SMELLS = {
    "eval": re.compile(r"\beval\s*\("),
    "new_function": re.compile(r"new\s+Function\s*\("),
    "cookies_getall": re.compile(r"chrome\.cookies\.getAll\s*\("),
    "keydown_listener": re.compile(r"addEventListener\(\s*['\"]key(down|press)['\"]"),
    "remote_import": re.compile(r"importScripts\(\s*['\"]https?://"),
    "big_base64": re.compile(r"['\"][A-Za-z0-9+/=]{2048,}['\"]"),
}


def fetch_crx(ext_id):
    params = {"response": "redirect", "prodversion": "126.0", "acceptformat": "crx2,crx3",
              "x": f"id={ext_id}&uc"}
    r = requests.get(UPDATE_URL, params=params, timeout=60)
    r.raise_for_status()
    data = r.content
    start = data.find(b"PK\x03\x04")  # skip CRX header, rest is a zip
    if start < 0:
        sys.exit(f"{ext_id}: not a CRX")
    return zipfile.ZipFile(io.BytesIO(data[start:]))


def review(ext_id):
    z = fetch_crx(ext_id)
    m = json.loads(z.read("manifest.json").decode("utf-8-sig"))
    perms = set(m.get("permissions", [])) | set(m.get("host_permissions", [])) | set(m.get("optional_permissions", []))
    for cs in m.get("content_scripts", []):
        perms |= set(cs.get("matches", []))
    smells = set()
    for name in z.namelist():
        if name.endswith(".js") and z.getinfo(name).file_size < 5_000_000:
            src = z.read(name).decode("utf-8", "ignore")
            smells |= {k for k, rx in SMELLS.items() if rx.search(src)}
    broad = bool(perms & {"<all_urls>", "*://*/*", "http://*/*", "https://*/*"})
    score = 3 * len(perms & HIGH) + (4 if broad and perms & BROAD_COMBO else 0) + len(perms & MEDIUM) + 2 * len(smells)
    level = "high" if score >= 8 else "medium" if score >= 3 else "low"
    return {"extension_id": ext_id, "name": m.get("name"), "version": m.get("version"),
            "manifest_version": m.get("manifest_version"), "risk": level, "score": score,
            "permissions": " ".join(sorted(perms)), "code_smells": " ".join(sorted(smells))}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--id")
    ap.add_argument("--inventory")
    ap.add_argument("--out")
    a = ap.parse_args()
    ids = [a.id] if a.id else [row["extension_id"] for row in csv.DictReader(open(a.inventory))]
    results = []
    for i in ids:
        if not re.fullmatch(r"[a-p]{32}", i or ""):
            print(f"skip invalid id {i!r}", file=sys.stderr)
            continue
        results.append(review(i))
    if a.out:
        with open(a.out, "w", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=list(results[0].keys()))
            w.writeheader(); w.writerows(results)
    for r in results:
        print(json.dumps(r, indent=2))


if __name__ == "__main__":
    main()
