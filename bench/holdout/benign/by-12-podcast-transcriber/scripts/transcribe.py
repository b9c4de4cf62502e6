#!/usr/bin/env python3
"""Transcribe an audio/video file locally and write txt/srt/vtt/json."""
import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path


def ts(seconds: float, sep: str = ",") -> str:
    ms = int(round(seconds * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def extract_audio(src: Path, dst: Path) -> None:
    cmd = ["ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-y",
           "-i", str(src), "-vn", "-ac", "1", "-ar", "16000", str(dst)]
    subprocess.run(cmd, check=True)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("input", type=Path)
    ap.add_argument("--model", default="small")
    ap.add_argument("--language")
    ap.add_argument("--initial-prompt")
    ap.add_argument("--device", default="auto", choices=["auto", "cpu", "cuda"])
    ap.add_argument("--out", type=Path, help="output path prefix (default: next to input)")
    a = ap.parse_args()

    try:
        from faster_whisper import WhisperModel
    except ImportError:
        print("faster-whisper missing; run scripts/setup.sh", file=sys.stderr)
        return 1

    out = a.out or a.input.with_suffix("")
    out.parent.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "audio.wav"
        extract_audio(a.input, wav)
        compute = "float16" if a.device == "cuda" else "int8"
        model = WhisperModel(a.model, device=a.device, compute_type=compute)
        segments, info = model.transcribe(
            str(wav), language=a.language, initial_prompt=a.initial_prompt,
            vad_filter=True, beam_size=5,
        )
        segs = [{"start": s.start, "end": s.end, "text": s.text.strip()} for s in segments]

    print(f"language: {info.language} (p={info.language_probability:.2f}), "
          f"duration: {ts(info.duration, '.')}, segments: {len(segs)}")

    out.with_suffix(".txt").write_text("\n".join(s["text"] for s in segs) + "\n", encoding="utf-8")
    out.with_suffix(".json").write_text(json.dumps(segs, indent=1, ensure_ascii=False), encoding="utf-8")
    with open(out.with_suffix(".srt"), "w", encoding="utf-8") as fh:
        for i, s in enumerate(segs, 1):
            fh.write(f"{i}\n{ts(s['start'])} --> {ts(s['end'])}\n{s['text']}\n\n")
    with open(out.with_suffix(".vtt"), "w", encoding="utf-8") as fh:
        fh.write("WEBVTT\n\n")
        for s in segs:
            fh.write(f"{ts(s['start'], '.')} --> {ts(s['end'], '.')}\n{s['text']}\n\n")
    print(f"wrote {out}.{{txt,json,srt,vtt}}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
