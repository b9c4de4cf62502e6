#!/usr/bin/env python3
"""Print a YouTube transcript as '[mm:ss] text' lines using yt-core."""
import json
import subprocess
import sys


def fmt(t):
    t = int(float(t))
    return f"{t // 60:02d}:{t % 60:02d}"


def main(video_id):
    raw = subprocess.run(["yt-core", "transcript", "--json", video_id],
                         capture_output=True, text=True, check=True).stdout
    data = json.loads(raw)
    for seg in data.get("segments", []):
        print(f"[{fmt(seg['start'])}] {seg['text'].strip()}")
    if data.get("auto_generated"):
        print("# note: auto-generated captions", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
