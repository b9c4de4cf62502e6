#!/usr/bin/env python3
"""Local transcription with faster-whisper, plus ffmpeg burn-in."""
import argparse
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def device():
    try:
        import ctranslate2
        if ctranslate2.get_cuda_device_count() > 0:
            return "cuda", "float16"
    except Exception:
        pass
    return "cpu", "int8"


def wrap(text, max_chars):
    words, lines, cur = text.split(), [], ""
    for w in words:
        if len(cur) + len(w) + 1 > max_chars and cur:
            lines.append(cur); cur = w
        else:
            cur = f"{cur} {w}".strip()
    lines.append(cur)
    return lines


def transcribe(a):
    import srt
    from faster_whisper import WhisperModel
    dev, ctype = device()
    print(f"model={a.model} device={dev} compute={ctype}")
    model = WhisperModel(a.model, device=dev, compute_type=ctype)
    prompt = Path(a.prompt_file).read_text().replace("\n", ", ") if a.prompt_file else None
    segments, info = model.transcribe(str(a.video), language=a.lang, vad_filter=a.vad,
                                      initial_prompt=prompt, word_timestamps=True)
    subs, idx = [], 1
    for seg in segments:
        lines = wrap(seg.text.strip(), a.max_chars)
        for i in range(0, len(lines), 2):
            chunk = lines[i:i + 2]
            span = (seg.end - seg.start) * len(chunk) / max(len(lines), 1)
            start = seg.start + (seg.end - seg.start) * i / max(len(lines), 1)
            end = min(start + min(span, 7.0), seg.end)
            subs.append(srt.Subtitle(idx, dt.timedelta(seconds=start), dt.timedelta(seconds=end), "\n".join(chunk)))
            idx += 1
    out = Path(a.video).with_suffix(f".{a.lang or info.language}.srt")
    n = 1
    while out.exists():
        out = Path(a.video).with_suffix(f".{a.lang or info.language}.{n}.srt"); n += 1
    out.write_text(srt.compose(subs), encoding="utf-8")
    print(f"wrote {out} ({len(subs)} cues)")


def burn(a):
    enc = ["-c:v", "libx264", "-crf", "18", "-preset", "slow"]
    encs = subprocess.run(["ffmpeg", "-hide_banner", "-encoders"], capture_output=True, text=True).stdout
    if "h264_nvenc" in encs and shutil.which("nvidia-smi"):
        enc = ["-c:v", "h264_nvenc", "-cq", "19", "-preset", "p6"]
    with tempfile.TemporaryDirectory() as tmp:
        ass = Path(tmp) / "subs.ass"
        subprocess.run(["ffmpeg", "-hide_banner", "-y", "-i", str(a.srt), str(ass)], check=True, capture_output=True)
        body = ass.read_text(encoding="utf-8")
        events = body[body.index("[Events]"):]
        ass.write_text(Path(a.style).read_text(encoding="utf-8") + "\n" + events, encoding="utf-8")
        vf = f"subtitles={ass.as_posix()}"
        if a.fontsdir:
            vf += f":fontsdir={Path(a.fontsdir).as_posix()}"
        out = Path(a.video).with_name(Path(a.video).stem + "_captions.mp4")
        subprocess.run(["ffmpeg", "-hide_banner", "-n", "-i", str(a.video), "-vf", vf, *enc,
                        "-c:a", "copy", str(out)], check=True)
        print(f"wrote {out}")


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "burn":
        ap = argparse.ArgumentParser(prog="transcribe.py burn")
        ap.add_argument("cmd"); ap.add_argument("video"); ap.add_argument("srt")
        ap.add_argument("--style", required=True); ap.add_argument("--fontsdir")
        return burn(ap.parse_args())
    ap = argparse.ArgumentParser()
    ap.add_argument("video")
    ap.add_argument("--model", default="small")
    ap.add_argument("--lang")
    ap.add_argument("--max-chars", type=int, default=42)
    ap.add_argument("--prompt-file")
    ap.add_argument("--vad", action="store_true")
    transcribe(ap.parse_args())


if __name__ == "__main__":
    main()
