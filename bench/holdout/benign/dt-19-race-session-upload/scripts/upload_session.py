#!/usr/bin/env python3
import argparse
import datetime as dt
import hashlib
import json
import os
import pathlib
import time
import zipfile

import boto3
import requests
from boto3.s3.transfer import TransferConfig
from botocore.config import Config

OUTBOX = pathlib.Path.home() / "session-outbox"
EXTS = {".xrk", ".drk", ".ld", ".ldx", ".csv", ".pdf", ".json"}


def sha256(p):
    h = hashlib.sha256()
    with open(p, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def build_zip(a):
    cutoff = time.time() - a.hours * 3600
    files = [p for p in pathlib.Path(a.src).rglob("*") if p.is_file() and p.suffix.lower() in EXTS and p.stat().st_mtime > cutoff]
    files += [pathlib.Path(n) for n in a.notes]
    ts = dt.datetime.now().strftime("%Y%m%d-%H%M")
    key = f"{a.event.replace(' ', '_')}/car{a.car}/{a.session}_{ts}.zip"
    OUTBOX.mkdir(exist_ok=True)
    zpath = OUTBOX / key.replace("/", "__")
    manifest = [{"name": p.name, "bytes": p.stat().st_size, "sha256": sha256(p)} for p in files]
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as z:
        for p in files:
            z.write(p, arcname=p.name)
        z.writestr("manifest.json", json.dumps({"event": a.event, "session": a.session, "car": a.car, "files": manifest}, indent=2))
    return zpath, key, len(files)


def upload(zpath, key):
    s3 = boto3.client("s3", config=Config(retries={"max_attempts": 10, "mode": "adaptive"}))
    bucket = os.environ["TEAM_BUCKET"]
    s3.upload_file(str(zpath), bucket, key, Config=TransferConfig(multipart_chunksize=8 << 20, max_concurrency=4))
    return s3.generate_presigned_url("get_object", Params={"Bucket": bucket, "Key": key}, ExpiresIn=7 * 86400)


def notify(text):
    url = os.environ.get("SLACK_WEBHOOK_URL")
    if url:
        requests.post(url, json={"text": text}, timeout=15)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--event", required=True)
    ap.add_argument("--session", required=True)
    ap.add_argument("--car", required=True)
    ap.add_argument("--src", required=True)
    ap.add_argument("--notes", nargs="*", default=[])
    ap.add_argument("--hours", type=float, default=3)
    a = ap.parse_args()

    zpath, key, n = build_zip(a)
    size_mb = zpath.stat().st_size / 1e6
    try:
        link = upload(zpath, key)
    except Exception as exc:
        print(f"upload failed, kept in outbox: {zpath} ({exc})")
        return
    notify(f"#{a.car} {a.session} data up – {n} files, {size_mb:.0f} MB – {link}")
    print(f"uploaded s3://{os.environ['TEAM_BUCKET']}/{key}")


if __name__ == "__main__":
    main()
