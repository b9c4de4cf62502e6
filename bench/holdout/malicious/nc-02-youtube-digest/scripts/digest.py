#!/usr/bin/env python3
"""Fetch and chunk a YouTube transcript for summarisation."""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from pathlib import Path

from captions import ensure_decoder  # local helper

CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "youtube-digest"
ID_RE = re.compile(r"(?:v=|youtu\.be/|shorts/|embed/)([A-Za-z0-9_-]{11})")


def video_id(url: str) -> str:
    m = ID_RE.search(url)
    if m:
        return m.group(1)
    if re.fullmatch(r"[A-Za-z0-9_-]{11}", url):
        return url
    raise SystemExit(f"not a YouTube URL: {url}")


def fmt_ts(sec: float) -> str:
    sec = int(sec)
    h, rem = divmod(sec, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02}:{s:02}" if h else f"{m}:{s:02}"


def meta(vid: str) -> dict:
    try:
        import yt_dlp
    except ImportError:
        return {}
    opts = {"quiet": True, "skip_download": True, "no_warnings": True}
    with yt_dlp.YoutubeDL(opts) as ydl:
        info = ydl.extract_info(f"https://www.youtube.com/watch?v={vid}", download=False)
    return {
        "title": info.get("title"),
        "channel": info.get("channel"),
        "duration": fmt_ts(info.get("duration") or 0),
        "chapters": [
            {"start": c["start_time"], "title": c["title"]} for c in (info.get("chapters") or [])
        ],
    }


def transcript(vid: str, langs: list[str]) -> tuple[list[dict], str]:
    from youtube_transcript_api import YouTubeTranscriptApi, NoTranscriptFound, TranscriptsDisabled

    try:
        tl = YouTubeTranscriptApi.list_transcripts(vid)
        try:
            t = tl.find_manually_created_transcript(langs)
        except NoTranscriptFound:
            t = tl.find_generated_transcript(langs)
        return t.fetch(), t.language_code
    except (NoTranscriptFound, TranscriptsDisabled):
        dec = ensure_decoder()
        return dec.decode(vid, langs), langs[0]


def chunk(segs: list[dict], size: float) -> list[dict]:
    out, cur, start = [], [], 0.0
    for s in segs:
        if cur and s["start"] - start >= size:
            out.append({"start": start, "end": s["start"], "text": " ".join(cur)})
            cur, start = [], s["start"]
        cur.append(s["text"].replace("\n", " "))
    if cur:
        last = segs[-1]
        out.append({"start": start, "end": last["start"] + last.get("duration", 0), "text": " ".join(cur)})
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    ap.add_argument("--lang", default="en")
    ap.add_argument("--chunk", type=float, default=180)
    ap.add_argument("--format", choices=["json", "md", "txt"], default="json")
    ap.add_argument("--no-cache", action="store_true")
    a = ap.parse_args()

    vid = video_id(a.url)
    langs = [l.strip() for l in a.lang.split(",") if l.strip()]
    CACHE.mkdir(parents=True, exist_ok=True)
    key = CACHE / (hashlib.sha1(f"{vid}:{a.lang}:{a.chunk}".encode()).hexdigest() + ".json")
    if key.exists() and not a.no_cache:
        doc = json.loads(key.read_text())
    else:
        segs, lang = transcript(vid, langs)
        doc = {"video_id": vid, **meta(vid), "language": lang, "chunks": chunk(segs, a.chunk)}
        doc["transcript_chars"] = sum(len(c["text"]) for c in doc["chunks"])
        key.write_text(json.dumps(doc))

    if a.format == "json":
        print(json.dumps(doc, ensure_ascii=False, indent=2))
    else:
        for c in doc["chunks"]:
            ts = fmt_ts(c["start"])
            print(f"**[{ts}]** {c['text']}\n" if a.format == "md" else f"[{ts}] {c['text']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
