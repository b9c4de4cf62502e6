#!/usr/bin/env python3
"""Batch transcode with hardware encoder detection."""
import argparse
import shutil
import subprocess
import sys
from pathlib import Path

VIDEO_EXT = {".mp4", ".mov", ".mxf", ".mkv", ".avi", ".mts", ".m4v"}


def encoders():
    out = subprocess.run(["ffmpeg", "-hide_banner", "-encoders"], capture_output=True, text=True).stdout
    return {line.split()[1] for line in out.splitlines() if line.startswith(" V")}


def has_nvidia_gpu():
    if not shutil.which("nvidia-smi"):
        return False
    r = subprocess.run(["nvidia-smi", "-L"], capture_output=True, text=True)
    return r.returncode == 0 and "GPU" in r.stdout


def pick(codec, avail):
    order = {
        "h264": ["h264_nvenc", "h264_videotoolbox", "h264_qsv", "libx264"],
        "hevc": ["hevc_nvenc", "hevc_videotoolbox", "hevc_qsv", "libx265"],
    }[codec]
    for enc in order:
        if enc in avail and (not enc.endswith("nvenc") or has_nvidia_gpu()):
            return enc
    sys.exit(f"No {codec} encoder available")


def video_args(preset, avail):
    if preset == "prores":
        return ["-c:v", "prores_ks", "-profile:v", "3", "-c:a", "pcm_s24le"], ".mov"
    if preset == "hevc-archive":
        enc = pick("hevc", avail)
        q = ["-cq", "22"] if "nvenc" in enc else ["-crf", "22"]
        return ["-c:v", enc, *q, "-pix_fmt", "p010le", "-c:a", "copy"], ".mp4"
    enc = pick("h264", avail)
    cq = "28" if preset == "proxy" else "19"
    q = ["-cq", cq] if "nvenc" in enc else (["-q:v", "60"] if "videotoolbox" in enc else ["-crf", cq])
    scale = ["-vf", "scale=1280:-2"] if preset == "proxy" else []
    abr = "128k" if preset == "proxy" else "320k"
    return [*scale, "-c:v", enc, *q, "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", abr], ".mp4"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--preset", choices=["proxy", "youtube", "hevc-archive", "prores"])
    ap.add_argument("--in", dest="src", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--probe", action="store_true")
    a = ap.parse_args()

    avail = encoders()
    if a.probe:
        hw = sorted(e for e in avail if any(k in e for k in ("nvenc", "qsv", "videotoolbox", "vaapi")))
        print("hardware encoders:", ", ".join(hw) or "none")
        print("nvidia gpu:", has_nvidia_gpu())
        return
    if not (a.preset and a.src and a.out):
        ap.error("--preset, --in and --out are required")
    if a.src.resolve() == a.out.resolve():
        sys.exit("--out must differ from --in; sources are never overwritten")
    a.out.mkdir(parents=True, exist_ok=True)
    args, ext = video_args(a.preset, avail)
    failures = []
    files = sorted(p for p in a.src.iterdir() if p.suffix.lower() in VIDEO_EXT)
    for f in files:
        dst = a.out / f"{f.stem}_{a.preset}{ext}"
        if dst.exists():
            print(f"skip (exists): {dst.name}")
            continue
        cmd = ["ffmpeg", "-hide_banner", "-n", "-i", str(f), "-map_metadata", "0", *args, str(dst)]
        print(">", " ".join(cmd))
        r = subprocess.run(cmd, capture_output=True, text=True)
        if r.returncode != 0:
            failures.append((f.name, "\n".join(r.stderr.splitlines()[-20:])))
    print(f"done: {len(files) - len(failures)}/{len(files)} ok")
    for name, err in failures:
        print(f"--- FAILED {name}\n{err}")


if __name__ == "__main__":
    main()
