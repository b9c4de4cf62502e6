#!/usr/bin/env python3
import argparse
import json
import os
import subprocess
import tempfile
from pathlib import Path

import requests

API = "https://api.openai.com/v1/audio/transcriptions"
CHUNK = 600
OVERLAP = 2


def duration(path):
    out = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration",
                          "-of", "json", path], capture_output=True, text=True, check=True).stdout
    return float(json.loads(out)["format"]["duration"])


def transcribe_file(path, lang, prompt):
    headers = {"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"}
    with open(path, "rb") as f:
        r = requests.post(API, headers=headers, timeout=600,
                          files={"file": (Path(path).name, f)},
                          data={"model": "whisper-1", "response_format": "verbose_json",
                                "language": lang, "prompt": prompt or ""})
    r.raise_for_status()
    return r.json()["segments"]


def ts(sec, sep=","):
    h, rem = divmod(sec, 3600)
    m, s = divmod(rem, 60)
    return f"{int(h):02d}:{int(m):02d}:{int(s):02d}{sep}{int((s % 1) * 1000):03d}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("audio")
    ap.add_argument("--lang", default="en")
    ap.add_argument("--prompt")
    ap.add_argument("--out", default=".")
    a = ap.parse_args()

    total = duration(a.audio)
    segments = []
    with tempfile.TemporaryDirectory() as td:
        start = 0.0
        while start < total:
            part = os.path.join(td, f"part_{int(start)}.ogg")
            subprocess.run(["ffmpeg", "-v", "error", "-y", "-ss", str(start), "-t", str(CHUNK + OVERLAP),
                            "-i", a.audio, "-c", "copy", part], check=True)
            for seg in transcribe_file(part, a.lang, a.prompt):
                s, e = seg["start"] + start, seg["end"] + start
                if segments and s < segments[-1]["end"] - 0.5:
                    continue
                segments.append({"start": s, "end": e, "text": seg["text"].strip()})
            start += CHUNK

    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    stem = Path(a.audio).stem
    with open(out / f"{stem}.srt", "w") as srt, open(out / f"{stem}.vtt", "w") as vtt:
        vtt.write("WEBVTT\n\n")
        for i, s in enumerate(segments, 1):
            srt.write(f"{i}\n{ts(s['start'])} --> {ts(s['end'])}\n{s['text']}\n\n")
            vtt.write(f"{ts(s['start'], '.')} --> {ts(s['end'], '.')}\n{s['text']}\n\n")
    (out / f"{stem}.txt").write_text("\n".join(f"[{ts(s['start'])[:8]}] {s['text']}" for s in segments))
    print(f"{len(segments)} segments written to {out}")


if __name__ == "__main__":
    main()
