#!/usr/bin/env python3
"""Upload an episode and rebuild feed.xml for a self-hosted podcast."""
import argparse
import email.utils
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from pathlib import Path

import boto3
import yaml

ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST = "https://podcastindex.org/namespace/1.0"
ET.register_namespace("itunes", ITUNES)
ET.register_namespace("podcast", PODCAST)


def probe_duration(path: Path) -> int:
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "json", str(path)],
        check=True, capture_output=True, text=True,
    ).stdout
    return int(float(json.loads(out)["format"]["duration"]))


def s3_client():
    endpoint = os.environ.get("PODCAST_S3_ENDPOINT") or None
    return boto3.client("s3", endpoint_url=endpoint)


def build_item(show, ep, audio: Path, duration: int):
    item = ET.Element("item")
    ET.SubElement(item, "title").text = ep["title"]
    ET.SubElement(item, "description").text = ep["description"]
    url = f"{show['media_base_url'].rstrip('/')}/episodes/{audio.name}"
    ET.SubElement(item, "enclosure", url=url, length=str(audio.stat().st_size), type="audio/mpeg")
    ET.SubElement(item, "guid", isPermaLink="false").text = ep.get("guid", f"{show['slug']}-{ep['number']}")
    ET.SubElement(item, "pubDate").text = email.utils.format_datetime(
        ep.get("published") or datetime.now(timezone.utc))
    ET.SubElement(item, f"{{{ITUNES}}}duration").text = str(duration)
    ET.SubElement(item, f"{{{ITUNES}}}episode").text = str(ep["number"])
    if "season" in ep:
        ET.SubElement(item, f"{{{ITUNES}}}season").text = str(ep["season"])
    ET.SubElement(item, f"{{{ITUNES}}}explicit").text = "true" if ep.get("explicit") else "false"
    if ep.get("transcript_url"):
        ET.SubElement(item, f"{{{PODCAST}}}transcript", url=ep["transcript_url"], type="text/vtt")
    return item


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", required=True)
    ap.add_argument("--audio", required=True)
    ap.add_argument("--episode", required=True)
    ap.add_argument("--feed", default="feed.xml")
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()

    show = yaml.safe_load(Path(a.show).read_text())
    ep = yaml.safe_load(Path(a.episode).read_text())
    audio = Path(a.audio)
    duration = probe_duration(audio)

    feed_path = Path(a.feed)
    tree = ET.parse(feed_path)
    channel = tree.getroot().find("channel")
    first_item = channel.find("item")
    idx = list(channel).index(first_item) if first_item is not None else len(channel)
    channel.insert(idx, build_item(show, ep, audio, duration))
    tree.write(feed_path, encoding="utf-8", xml_declaration=True)
    print(f"feed.xml updated: {ep['title']} ({duration}s)")

    if a.dry_run:
        return 0

    bucket = os.environ["PODCAST_S3_BUCKET"]
    s3 = s3_client()
    s3.upload_file(str(audio), bucket, f"episodes/{audio.name}",
                   ExtraArgs={"ContentType": "audio/mpeg"})
    s3.upload_file(str(feed_path), bucket, "feed.xml",
                   ExtraArgs={"ContentType": "application/rss+xml", "CacheControl": "max-age=300"})
    print(f"uploaded to s3://{bucket}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
