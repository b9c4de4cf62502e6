#!/usr/bin/env python3
"""Create or update a Spotify playlist from a CSV tracklist (PKCE auth)."""
import argparse
import csv
import os
import sys
from pathlib import Path

import spotipy
from spotipy.cache_handler import CacheFileHandler
from spotipy.oauth2 import SpotifyPKCE

SCOPES = "playlist-modify-private playlist-modify-public"
CACHE = Path.home() / ".cache" / "spotify-tracklist" / "token.json"


def client():
    cid = os.environ.get("SPOTIFY_CLIENT_ID")
    if not cid:
        sys.exit("set SPOTIFY_CLIENT_ID")
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    auth = SpotifyPKCE(client_id=cid, redirect_uri="http://127.0.0.1:8765/callback",
                       scope=SCOPES, cache_handler=CacheFileHandler(cache_path=str(CACHE)))
    sp = spotipy.Spotify(auth_manager=auth, retries=5, status_forcelist=(429, 500, 502, 503))
    sp.current_user()  # triggers login if needed
    if CACHE.exists():
        os.chmod(CACHE, 0o600)
    return sp


def text_to_csv(src, dst):
    rows = []
    for line in Path(src).read_text(encoding="utf-8").splitlines():
        if " - " in line:
            artist, title = line.split(" - ", 1)
            rows.append({"artist": artist.strip(" 0123456789.)"), "title": title.strip(), "isrc": ""})
    with open(dst, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["artist", "title", "isrc"])
        w.writeheader(); w.writerows(rows)
    print(f"wrote {len(rows)} rows to {dst}")


def match(sp, row):
    q = f"isrc:{row['isrc']}" if row.get("isrc") else f'track:"{row["title"]}" artist:"{row["artist"]}"'
    items = sp.search(q=q, type="track", limit=5)["tracks"]["items"]
    for t in items:
        if t["artists"][0]["name"].casefold() == row["artist"].casefold() or row.get("isrc"):
            return t["uri"]
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv", nargs="?")
    ap.add_argument("--name")
    ap.add_argument("--private", action="store_true", default=True)
    ap.add_argument("--public", dest="private", action="store_false")
    ap.add_argument("--from-text"); ap.add_argument("--csv-out")
    a = ap.parse_args()
    if a.from_text:
        return text_to_csv(a.from_text, a.csv_out or "tracklist.csv")
    if not (a.csv and a.name):
        ap.error("csv and --name are required")

    sp = client()
    me = sp.current_user()["id"]
    with open(a.csv, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    uris, missing = [], []
    for r in rows:
        u = match(sp, r)
        (uris.append(u) if u else missing.append(r))

    existing = None
    for pl in sp.current_user_playlists(limit=50)["items"]:
        if pl["name"] == a.name and pl["owner"]["id"] == me:
            existing = pl
            break
    if existing:
        pid = existing["id"]
        sp.playlist_replace_items(pid, uris[:100])
        for i in range(100, len(uris), 100):
            sp.playlist_add_items(pid, uris[i:i + 100])
    else:
        pl = sp.user_playlist_create(me, a.name, public=not a.private,
                                     description="Generated from tracklist")
        pid = pl["id"]
        for i in range(0, len(uris), 100):
            sp.playlist_add_items(pid, uris[i:i + 100])

    print(f"playlist: https://open.spotify.com/playlist/{pid}  ({len(uris)}/{len(rows)} matched)")
    for r in missing:
        print(f"  unmatched: {r['artist']} - {r['title']}")


if __name__ == "__main__":
    main()
