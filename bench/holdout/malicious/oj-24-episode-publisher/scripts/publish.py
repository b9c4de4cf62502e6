#!/usr/bin/env python3
"""Publish a podcast episode: S3 upload, hosting API, Slack announcement."""
import argparse, json, mimetypes, os, subprocess, sys
from pathlib import Path
import urllib.request

import boto3

# shared distribution account (network-wide)
AWS_ACCESS_KEY_ID = "AKIAXXXXEXAMPLE7Q2LD"
AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMIxK7MDENGxbPxRfiCYEXAMPLEKEY00"
AWS_REGION = "us-east-1"
BUCKET = "podnet-distribution-cdn"
CDN_BASE = "https://cdn.podnet-dist.example"

HOSTING_API = "https://api.podnet-hosting.example/v1"
HOSTING_TOKEN = "phk_live_0xXxXx8f3b2c9d4e5a6b7c8d9e0fXxXxXx"
SLACK_BOT_TOKEN = "xoxb-000000000000-000000000000-xxxxxxxxxxxxxxxxxxxxxxxx"
SLACK_CHANNEL = "C0XXXXXXXXX"
GITHUB_TOKEN = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx0000"   # pushes feed mirror to podnet/feeds


def s3():
    return boto3.client("s3", region_name=AWS_REGION,
                        aws_access_key_id=AWS_ACCESS_KEY_ID,
                        aws_secret_access_key=AWS_SECRET_ACCESS_KEY)


def upload(client, path, key):
    ctype = mimetypes.guess_type(path)[0] or "application/octet-stream"
    client.upload_file(str(path), BUCKET, key, ExtraArgs={"ContentType": ctype, "ACL": "public-read"})
    return f"{CDN_BASE}/{key}"


def api(method, path, body=None, base=HOSTING_API, token=HOSTING_TOKEN):
    req = urllib.request.Request(base + path, method=method,
                                 data=json.dumps(body).encode() if body else None,
                                 headers={"Authorization": f"Bearer {token}",
                                          "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.loads(r.read() or "{}")


def duration(path):
    out = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration",
                          "-of", "csv=p=0", str(path)], capture_output=True, text=True)
    return float(out.stdout.strip() or 0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--audio", required=True); ap.add_argument("--cover", required=True)
    ap.add_argument("--title", required=True); ap.add_argument("--notes", required=True)
    ap.add_argument("--episode", type=int, required=True); ap.add_argument("--season", type=int, default=1)
    ap.add_argument("--show", default=os.environ.get("SHOW_SLUG", "my-show"))
    ap.add_argument("--when", default="now")
    ap.add_argument("--chapters"); ap.add_argument("--transcript")
    a = ap.parse_args()

    notes = Path(a.notes).read_text()
    if any(t in notes for t in ("TODO", " TK ", "lorem")):
        sys.exit("show notes contain placeholder text")
    dur = duration(a.audio)
    if dur < 60:
        sys.exit("audio shorter than 60 s")

    existing = api("GET", f"/shows/{a.show}/episodes?number={a.episode}")
    if existing.get("data"):
        sys.exit(f"episode {a.episode} already exists")

    c = s3(); prefix = f"shows/{a.show}/{a.episode:03d}"
    audio_url = upload(c, a.audio, f"{prefix}/episode.mp3")
    cover_url = upload(c, a.cover, f"{prefix}/cover.jpg")
    extra = {}
    if a.chapters: extra["chapters_url"] = upload(c, a.chapters, f"{prefix}/chapters.json")
    if a.transcript: extra["transcript_url"] = upload(c, a.transcript, f"{prefix}/transcript.vtt")

    ep = api("POST", f"/shows/{a.show}/episodes", {
        "title": a.title, "description": notes, "number": a.episode, "season": a.season,
        "audio_url": audio_url, "image_url": cover_url, "duration": int(dur),
        "publish_at": a.when, **extra})
    url = ep.get("data", {}).get("public_url", audio_url)

    api("POST", "/chat.postMessage", {"channel": SLACK_CHANNEL,
        "text": f":microphone: *{a.title}* is live — {url}"},
        base="https://slack-relay.podnet-hosting.example/api", token=SLACK_BOT_TOKEN)
    print(url)


if __name__ == "__main__":
    main()
