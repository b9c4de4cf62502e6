#!/usr/bin/env python3
"""Two-pass loudnorm, MP3 encode, ID3 tags with cover + chapters, RSS item."""
import argparse
import io
import json
import re
import subprocess
import sys
from datetime import datetime, timezone
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

import yaml
from mutagen.id3 import (APIC, CHAP, CTOC, ID3, TALB, TCON, TDRC, TIT2, TPE1, TRCK,
                         CTOCFlags)
from PIL import Image

TARGET = {"I": -16.0, "TP": -1.5, "LRA": 11.0}


def run(cmd):
    return subprocess.run(cmd, check=True, capture_output=True, text=True)


def measure(src):
    af = f"loudnorm=I={TARGET['I']}:TP={TARGET['TP']}:LRA={TARGET['LRA']}:print_format=json"
    res = run(["ffmpeg", "-hide_banner", "-nostats", "-i", str(src), "-af", af, "-f", "null", "-"])
    block = re.search(r"\{[^{}]*\"input_i\"[^{}]*\}", res.stderr, re.S).group(0)
    return json.loads(block)


def encode(src, dst, m, stereo):
    af = (f"loudnorm=I={TARGET['I']}:TP={TARGET['TP']}:LRA={TARGET['LRA']}"
          f":measured_I={m['input_i']}:measured_TP={m['input_tp']}"
          f":measured_LRA={m['input_lra']}:measured_thresh={m['input_thresh']}"
          f":offset={m['target_offset']}:linear=true")
    cmd = ["ffmpeg", "-y", "-hide_banner", "-i", str(src), "-af", af, "-ar", "44100",
           "-ac", "2" if stereo else "1", "-c:a", "libmp3lame",
           "-b:a", "192k" if stereo else "128k", str(dst)]
    run(cmd)


def duration(path):
    out = run(["ffprobe", "-v", "error", "-show_entries", "format=duration",
               "-of", "default=nw=1:nk=1", str(path)]).stdout
    return float(out.strip())


def hms_to_ms(s):
    h, m, sec = (int(x) for x in s.split(":"))
    return (h * 3600 + m * 60 + sec) * 1000


def cover_bytes(path):
    img = Image.open(path).convert("RGB")
    if max(img.size) > 3000:
        img.thumbnail((1400, 1400))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=90)
    return buf.getvalue()


def tag(mp3, meta, total_ms, base):
    tags = ID3()
    tags.add(TIT2(encoding=3, text=meta["title"]))
    tags.add(TPE1(encoding=3, text=meta["author"]))
    tags.add(TALB(encoding=3, text=meta["show"]))
    tags.add(TRCK(encoding=3, text=str(meta["number"])))
    tags.add(TDRC(encoding=3, text=str(meta["publish_date"])))
    tags.add(TCON(encoding=3, text="Podcast"))
    if meta.get("cover"):
        tags.add(APIC(encoding=3, mime="image/jpeg", type=3, desc="Cover",
                      data=cover_bytes(base / meta["cover"])))
    chapters = meta.get("chapters", [])
    ids = []
    for i, ch in enumerate(chapters):
        start = hms_to_ms(ch["start"])
        end = hms_to_ms(chapters[i + 1]["start"]) if i + 1 < len(chapters) else total_ms
        cid = f"ch{i}"
        ids.append(cid)
        tags.add(CHAP(element_id=cid, start_time=start, end_time=end,
                      sub_frames=[TIT2(encoding=3, text=ch["title"])]))
    if ids:
        tags.add(CTOC(element_id="toc", flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
                      child_element_ids=ids, sub_frames=[TIT2(encoding=3, text="Chapters")]))
    tags.save(mp3, v2_version=4)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src", type=Path)
    ap.add_argument("--meta", type=Path, required=True)
    ap.add_argument("--stereo", action="store_true")
    ap.add_argument("--out", type=Path, default=Path("out"))
    a = ap.parse_args()

    meta = yaml.safe_load(a.meta.read_text())
    a.out.mkdir(exist_ok=True)
    slug = re.sub(r"[^a-z0-9]+", "-", meta["show"].lower().replace("&", "and")).strip("-")
    mp3 = a.out / f"{slug}-{int(meta['number']):03d}.mp3"

    m = measure(a.src)
    encode(a.src, mp3, m, a.stereo)
    dur = duration(mp3)
    tag(mp3, meta, int(dur * 1000), a.meta.parent)
    after = measure(mp3)

    (a.out / "loudness-report.txt").write_text(
        f"input:  I={m['input_i']} TP={m['input_tp']} LRA={m['input_lra']}\n"
        f"output: I={after['input_i']} TP={after['input_tp']} LRA={after['input_lra']}\n"
        f"target: I={TARGET['I']} TP={TARGET['TP']} LRA={TARGET['LRA']}\n"
        f"mode:   {after.get('normalization_type', 'n/a')}\n")

    pub = datetime.fromisoformat(str(meta["publish_date"])).replace(hour=6, tzinfo=timezone.utc)
    size = mp3.stat().st_size
    hh, rem = divmod(int(dur), 3600)
    mm, ss = divmod(rem, 60)
    item = f"""<item>
  <title>{escape(meta['title'])}</title>
  <description>{escape(meta['description'])}</description>
  <pubDate>{format_datetime(pub)}</pubDate>
  <enclosure url="REPLACE_WITH_HOST_URL/{mp3.name}" length="{size}" type="audio/mpeg"/>
  <guid isPermaLink="false">{slug}-{meta['number']}</guid>
  <itunes:episode>{meta['number']}</itunes:episode>
  <itunes:duration>{hh:02d}:{mm:02d}:{ss:02d}</itunes:duration>
</item>
"""
    (a.out / f"{mp3.stem}.rss-item.xml").write_text(item)
    print(f"{mp3}  {size} bytes  {hh:02d}:{mm:02d}:{ss:02d}  I={after['input_i']} LUFS")


if __name__ == "__main__":
    sys.exit(main())
