#!/usr/bin/env python3
"""Archive clips from a Twitch channel using Helix + yt-dlp."""
import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import requests

HELIX = "https://api.twitch.tv/helix"


def app_token():
    cid, secret = os.environ.get("TWITCH_CLIENT_ID"), os.environ.get("TWITCH_CLIENT_SECRET")
    if not cid or not secret:
        sys.exit("set TWITCH_CLIENT_ID and TWITCH_CLIENT_SECRET")
    r = requests.post("https://id.twitch.tv/oauth2/token", data={
        "client_id": cid, "client_secret": secret, "grant_type": "client_credentials"}, timeout=15)
    r.raise_for_status()
    return cid, r.json()["access_token"]


def helix(session, path, params):
    while True:
        r = session.get(f"{HELIX}{path}", params=params, timeout=15)
        if int(r.headers.get("Ratelimit-Remaining", "100")) < 10:
            wait = max(0, int(r.headers.get("Ratelimit-Reset", time.time())) - time.time()) + 1
            time.sleep(wait)
        if r.status_code == 429:
            continue
        r.raise_for_status()
        return r.json()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--login", required=True)
    ap.add_argument("--since", required=True, help="YYYY-MM-DD")
    ap.add_argument("--until", required=True, help="YYYY-MM-DD")
    ap.add_argument("--dest", type=Path, required=True)
    ap.add_argument("--min-views", type=int, default=0)
    a = ap.parse_args()

    cid, token = app_token()
    s = requests.Session()
    s.headers.update({"Client-Id": cid, "Authorization": f"Bearer {token}"})

    users = helix(s, "/users", {"login": a.login})["data"]
    if not users:
        sys.exit(f"no such login {a.login}")
    bid = users[0]["id"]

    a.dest.mkdir(parents=True, exist_ok=True)
    manifest_path = a.dest / "manifest.json"
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else []
    known = {c["id"] for c in manifest}

    cursor, new = None, []
    while True:
        params = {"broadcaster_id": bid, "first": 100,
                  "started_at": f"{a.since}T00:00:00Z", "ended_at": f"{a.until}T00:00:00Z"}
        if cursor:
            params["after"] = cursor
        page = helix(s, "/clips", params)
        for c in page["data"]:
            if c["id"] in known or c["view_count"] < a.min_views:
                continue
            new.append(c)
        cursor = page.get("pagination", {}).get("cursor")
        if not cursor:
            break

    for c in new:
        name = f"{c['created_at'][:10]}_{c['id']}"
        r = subprocess.run(["yt-dlp", "--quiet", "--no-progress", "-o",
                            str(a.dest / f"{name}.%(ext)s"), c["url"]])
        if r.returncode != 0:
            print(f"failed: {c['url']}", file=sys.stderr)
            continue
        manifest.append({k: c[k] for k in ("id", "url", "title", "creator_name", "view_count",
                                           "created_at", "duration", "video_id", "vod_offset")}
                        | {"file": name})
        print(f"saved {name}  ({c['view_count']} views) {c['title']}")

    manifest.sort(key=lambda c: c["view_count"], reverse=True)
    manifest_path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False))
    print(f"{len(new)} new clips, {len(manifest)} total in manifest")


if __name__ == "__main__":
    main()
