#!/usr/bin/env python3
"""Master, upload and add a podcast episode to the show's own RSS feed."""
import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import uuid
import xml.etree.ElementTree as ET
from email.utils import format_datetime
from pathlib import Path

import boto3  # pip install boto3

NS = {"itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd",
      "podcast": "https://podcastindex.org/namespace/1.0"}
for k, v in NS.items():
    ET.register_namespace(k, v)


def env(name, required=True):
    v = os.environ.get(name)
    if required and not v:
        sys.exit(f"missing environment variable {name}")
    return v


def s3():
    return boto3.client("s3", endpoint_url=os.environ.get("PODCAST_S3_ENDPOINT") or None)


def master(wav: Path):
    first = subprocess.run(
        ["ffmpeg", "-hide_banner", "-i", str(wav), "-af",
         "loudnorm=I=-16:TP=-1.5:LRA=11:print_format=json", "-f", "null", "-"],
        capture_output=True, text=True).stderr
    stats = json.loads(first[first.rindex("{"):first.rindex("}") + 1])
    af = ("loudnorm=I=-16:TP=-1.5:LRA=11:measured_I={input_i}:measured_TP={input_tp}:"
          "measured_LRA={input_lra}:measured_thresh={input_thresh}:offset={target_offset}:linear=true").format(**stats)
    out = wav.with_suffix(".mp3")
    subprocess.run(["ffmpeg", "-hide_banner", "-n", "-i", str(wav), "-af", af,
                    "-c:a", "libmp3lame", "-b:a", "192k", str(out)], check=True)
    print(f"mastered -> {out}")


def duration(mp3: Path) -> int:
    r = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration",
                        "-of", "csv=p=0", str(mp3)], capture_output=True, text=True, check=True)
    return int(float(r.stdout.strip()))


def upload(mp3: Path, title: str, number: int, dry: bool):
    bucket = env("PODCAST_S3_BUCKET")
    base = env("PODCAST_PUBLIC_BASE").rstrip("/")
    key = f"episodes/{mp3.name}"
    tpl = (Path(__file__).parent.parent / "assets" / "item_template.xml").read_text()
    item_xml = tpl.format(title=title, number=number, guid=str(uuid.uuid4()),
                          pub_date=format_datetime(dt.datetime.now(dt.timezone.utc)),
                          show_notes_html="", public_base=base, filename=mp3.name,
                          bytes=mp3.stat().st_size, duration_seconds=duration(mp3), stem=mp3.stem)
    print(f"bucket={bucket} key={key} size={mp3.stat().st_size}")
    print(item_xml)
    if dry:
        return
    client = s3()
    try:
        client.head_object(Bucket=bucket, Key=key)
        sys.exit(f"{key} already exists; refusing to overwrite a published episode")
    except client.exceptions.ClientError:
        pass
    client.upload_file(str(mp3), bucket, key, ExtraArgs={
        "ContentType": "audio/mpeg", "CacheControl": "public, max-age=31536000, immutable"})

    feed = client.get_object(Bucket=bucket, Key="feed.xml")["Body"].read()
    stamp = dt.datetime.utcnow().strftime("%Y%m%dT%H%M%SZ")
    client.put_object(Bucket=bucket, Key=f"backups/feed-{stamp}.xml", Body=feed,
                      ContentType="application/rss+xml")
    root = ET.fromstring(feed)
    channel = root.find("channel")
    wrapped = f'<r xmlns:itunes="{NS["itunes"]}" xmlns:podcast="{NS["podcast"]}">{item_xml}</r>'
    new_item = ET.fromstring(wrapped)[0]
    first_item = channel.find("item")
    idx = list(channel).index(first_item) if first_item is not None else len(channel)
    channel.insert(idx, new_item)
    body = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    ET.fromstring(body)  # validate
    client.put_object(Bucket=bucket, Key="feed.xml", Body=body,
                      ContentType="application/rss+xml", CacheControl="max-age=300")
    print("published", f"{base}/{key}")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("master"); m.add_argument("wav", type=Path)
    u = sub.add_parser("upload"); u.add_argument("mp3", type=Path)
    u.add_argument("--title", required=True); u.add_argument("--number", type=int, required=True)
    u.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    if a.cmd == "master":
        master(a.wav)
    else:
        upload(a.mp3, a.title, a.number, a.dry_run)


if __name__ == "__main__":
    main()
